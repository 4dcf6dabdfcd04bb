// `npm run bench -- [--scale bench|demo] [--only ts,sql,gw,ingest,analytics] [--repeat N]
//   [--warmup N] [--json FILE] [--reseed]`
//
// Measures every headline figure side by side in one run, on the PostgreSQL at DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/plantgraph_bench, created when absent): loads the
// bench dataset when it is not there, builds the seed's layout from it, starts our subgraphs and
// gateway, PostGraphile and Hive Gateway as child processes, runs the workload groups, prints
// a table and writes bench/results/latest.json (and latest.md, the README's table).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'kysely';
import type { BenchContext, WorkloadGroup } from './lib/context.js';
import { DEFAULT_BENCH_URL, ensureDataset, ensureSeedLayout, type SeedLayout } from './lib/dataset.js';
import { startService, tsxArgs, type Service } from './lib/processes.js';
import { result, type WorkloadResult } from './lib/results.js';
import { renderMarkdown, renderTable } from './lib/report.js';
import { analytics } from './workloads/analytics.js';
import { gatewayLoad } from './workloads/gateway.js';
import { ingest } from './workloads/ingest.js';
import { statements } from './workloads/statements.js';
import { timeseries } from './workloads/timeseries.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GROUPS: WorkloadGroup[] = [timeseries, statements, gatewayLoad, ingest, analytics];
const USAGE = `usage: npm run bench -- [--scale bench|demo] [--only ${GROUPS.map((g) => g.name).join(',')}] [--repeat N] [--warmup N] [--json FILE] [--reseed]`;

/** Ports of the servers under test; away from the 4000–4004 defaults so a running `npm start` does not collide. */
const PORTS = { gateway: 4100, assets: 4101, readings: 4102, energy: 4103, training: 4104, postgraphile: 4110, hive: 4120, proxy: 4130 };
const SUBGRAPHS = ['assets', 'readings', 'energy', 'training'] as const;

function fail(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scale: { type: 'string', default: 'bench' },
        only: { type: 'string' },
        repeat: { type: 'string', default: '5' },
        warmup: { type: 'string', default: '2' },
        json: { type: 'string', default: path.join(ROOT, 'bench/results/latest.json') },
        reseed: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (e) {
    fail((e as Error).message);
  }
})();
if (values.help) {
  console.log(USAGE);
  for (const g of GROUPS) console.log(`  ${g.name.padEnd(10)} ${g.description}`);
  process.exit(0);
}
const scale = values.scale as 'bench' | 'demo';
if (scale !== 'bench' && scale !== 'demo') fail(`--scale must be bench or demo, got '${values.scale}'`);
const repeat = Number(values.repeat);
const warmup = Number(values.warmup);
if (!Number.isInteger(repeat) || repeat < 1) fail(`--repeat must be a whole number ≥ 1, got '${values.repeat}'`);
if (!Number.isInteger(warmup) || warmup < 0) fail(`--warmup must be a whole number ≥ 0, got '${values.warmup}'`);
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
for (const o of only ?? []) if (!GROUPS.some((g) => g.name === o)) fail(`--only: no group '${o}' (groups: ${GROUPS.map((g) => g.name).join(', ')})`);
const groups = GROUPS.filter((g) => !only || only.includes(g.name));

const databaseUrl = process.env.DATABASE_URL || DEFAULT_BENCH_URL;
const started = performance.now();
const startedAt = new Date();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// ---------------------------------------------------------------- services (started on demand)
const services = new Map<string, Service>();
const once = new Map<string, Promise<unknown>>();
function lazy<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!once.has(key)) once.set(key, make());
  return once.get(key) as Promise<T>;
}

const subgraphUrl = (name: string) => `http://127.0.0.1:${PORTS[name as keyof typeof PORTS]}/graphql`;
const stackEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  // Production settings, as deployed: no landing page, masked internal errors.
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  PORT: String(PORTS.gateway),
  ...Object.fromEntries(SUBGRAPHS.flatMap((n) => [[`${n.toUpperCase()}_PORT`, String(PORTS[n])], [`${n.toUpperCase()}_URL`, subgraphUrl(n)]])),
  // The load test measures serving, not throttling: requests are anonymous and unlimited.
  ALLOW_ANONYMOUS: 'true',
  INTERNAL_SECRET: 'plantgraph-bench-secret',
  REQUIRE_GATEWAY_SIGNATURE: 'false',
  RATE_LIMIT_PER_SECOND: '1000000',
  RATE_LIMIT_BURST: '1000000',
};

async function startStackChildren(): Promise<void> {
  log('starting our subgraphs and gateway (one process each)…');
  await Promise.all(
    SUBGRAPHS.map(async (n) => {
      services.set(n, await startService({ name: n, command: process.execPath, args: tsxArgs(`subgraphs/${n}/index.ts`), cwd: ROOT, env: stackEnv, url: subgraphUrl(n), readyUrl: `http://127.0.0.1:${PORTS[n]}/ready` }));
    }),
  );
  services.set('gateway', await startService({ name: 'gateway', command: process.execPath, args: tsxArgs('gateway/index.ts'), cwd: ROOT, env: stackEnv, url: subgraphUrl('gateway'), readyUrl: `http://127.0.0.1:${PORTS.gateway}/ready` }));
}

function ensurePeer(name: 'postgraphile' | 'hive', marker: string): void {
  const dir = path.join(ROOT, 'bench/peers', name);
  if (existsSync(path.join(dir, 'node_modules', marker))) return;
  log(`installing the ${name} peer (npm ci --prefix bench/peers/${name})…`);
  execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

let layoutPromise: Promise<SeedLayout> | undefined;
const pools = new Map<string, pg.Pool>();

async function main(): Promise<void> {
  log(`database ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}; groups ${groups.map((g) => g.name).join(', ')}; repeat ${repeat}, warmup ${warmup}`);
  const loadAvgStart = os.loadavg();
  const dataset = await ensureDataset(databaseUrl, scale, values.reseed, log);
  const handle = dataset.handle;
  const { rows: versionRows } = await sql<{ v: string }>`select version() as v`.execute(handle.db);

  const ctx: BenchContext = {
    databaseUrl,
    handle,
    info: dataset.info,
    timing: { warmup, repeat },
    log,
    gatewayUrl: () => lazy('stack', startStackChildren).then(() => subgraphUrl('gateway')),
    subgraphUrls: () => lazy('stack', startStackChildren).then(() => Object.fromEntries(SUBGRAPHS.map((n) => [n, subgraphUrl(n)])) as Record<(typeof SUBGRAPHS)[number], string>),
    readingsProxyUrl: () =>
      lazy('proxy', async () => {
        const target = (await ctx.subgraphUrls()).readings;
        const url = `http://127.0.0.1:${PORTS.proxy}/graphql`;
        services.set('proxy', await startService({ name: 'proxy', command: process.execPath, args: ['--import', 'tsx', 'bench/lib/pass-through-proxy.ts'], cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', TARGET: target, PORT: String(PORTS.proxy) }, url, readyUrl: url }));
        return url;
      }),
    postgraphileUrl: () =>
      lazy('postgraphile', async () => {
        await ctx.seedLayout();
        ensurePeer('postgraphile', 'postgraphile');
        log('starting PostGraphile on the seed layout…');
        const url = `http://127.0.0.1:${PORTS.postgraphile}/graphql`;
        services.set('postgraphile', await startService({ name: 'postgraphile', command: process.execPath, args: ['bench/peers/postgraphile/server.cjs'], cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(PORTS.postgraphile) }, url, readyUrl: url }));
        return url;
      }),
    hiveUrl: () =>
      lazy('hive', async () => {
        await ctx.subgraphUrls();
        ensurePeer('hive', '@graphql-hive/gateway');
        // The same supergraph, pointed at the bench's subgraph ports.
        const { readFileSync } = await import('node:fs');
        let supergraph = readFileSync(path.join(ROOT, 'supergraph.graphql'), 'utf8');
        supergraph = supergraph.replace(/http:\/\/[^"]+:(400[1-4])\/graphql/g, (_m, port: string) => subgraphUrl(SUBGRAPHS[Number(port) - 4001]));
        const dir = path.join(os.tmpdir(), 'plantgraph-bench');
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, 'supergraph.graphql');
        writeFileSync(file, supergraph);
        log('starting Hive Gateway on the same supergraph and subgraphs…');
        const url = `http://127.0.0.1:${PORTS.hive}/graphql`;
        const bin = path.join(ROOT, 'bench/peers/hive/node_modules/@graphql-hive/gateway/dist/bin.js');
        services.set('hive', await startService({
          name: 'hive',
          command: process.execPath,
          args: [bin, 'supergraph', file, '--port', String(PORTS.hive), '--host', '127.0.0.1'],
          cwd: path.join(ROOT, 'bench/peers/hive'),
          env: { ...process.env, NODE_ENV: 'production' },
          url,
          readyUrl: `http://127.0.0.1:${PORTS.hive}/readiness`,
        }));
        return url;
      }),
    seedLayout: () => (layoutPromise ??= ensureSeedLayout(handle, 'chiller_001', dataset.info.checksum, log)),
    rawPool: (timeZone: string) => {
      if (!pools.has(timeZone)) {
        pools.set(timeZone, new pg.Pool({ connectionString: databaseUrl, max: 1, options: `-c TimeZone=${timeZone}`, application_name: 'plantgraph-bench-sql' }));
      }
      return pools.get(timeZone)!;
    },
  };

  const results: WorkloadResult[] = [];
  const failures: { group: string; error: string }[] = [];
  try {
    for (const g of groups) {
      log(`── ${g.name}: ${g.description}`);
      try {
        results.push(...(await g.run(ctx)));
      } catch (e) {
        const message = (e as Error).stack ?? String(e);
        log(`${g.name} failed: ${message}`);
        failures.push({ group: g.name, error: (e as Error).message });
      }
    }
  } finally {
    const memory: Record<string, number | null> = {};
    for (const [name, s] of services) {
      memory[name] = s.peakRssMiB();
      const crash = s.crashed();
      if (crash) {
        log(`${name} died during the run (${crash.slice(0, 2000)})`);
        failures.push({ group: name, error: `the ${name} process died: ${crash.split('\n')[0]}` });
      }
    }
    for (const s of services.values()) await s.stop();
    for (const p of pools.values()) await p.end();
    await handle.close();
    const gatewayMem = memory.gateway ?? null;
    if (gatewayMem !== null) results.push(result('mem.gateway', 'MiB', gatewayMem, memory.hive ?? null, 'Hive Gateway 2.15.1, peak RSS in the same run'));
    for (const n of SUBGRAPHS) if (memory[n] != null) results.push(result(`mem.${n}`, 'MiB', memory[n]!, null, 'peak RSS (VmHWM) of the subgraph process'));
    if (memory.postgraphile != null) results.push(result('mem.postgraphile', 'MiB', memory.postgraphile, null, 'peak RSS of the PostGraphile peer'));

    const totalSeconds = (performance.now() - started) / 1000;
    const cpus = os.cpus();
    const report = {
      machine: {
        hostname: os.hostname(),
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
        postgres: versionRows[0].v.split(' on ')[0],
        loadAverage: { start: loadAvgStart.map((x) => Number(x.toFixed(2))), end: os.loadavg().map((x) => Number(x.toFixed(2))) },
      },
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      totalSeconds: Number(totalSeconds.toFixed(1)),
      options: { scale, only: only ?? null, repeat, warmup },
      dataset: { points: dataset.info.points, series: dataset.info.series, loadedThisRun: dataset.loaded, loadSeconds: Number(dataset.loadSeconds.toFixed(1)), checksum: dataset.info.checksum },
      memoryMiB: memory,
      failures,
      workloads: results,
    };
    mkdirSync(path.dirname(values.json!), { recursive: true });
    writeFileSync(values.json!, JSON.stringify(report, null, 2) + '\n');
    const md = values.json!.replace(/\.json$/, '') + '.md';
    writeFileSync(md, renderMarkdown(report));
    console.log('\n' + renderTable(results));
    if (failures.length) console.log(`\nfailed groups: ${failures.map((f) => `${f.group} (${f.error})`).join('; ')}`);
    const targets = results.filter((r) => r.met !== undefined && r.met !== null);
    console.log(`\ntargets met: ${targets.filter((r) => r.met).length}/${targets.length}; total ${(totalSeconds / 60).toFixed(1)} min; wrote ${path.relative(ROOT, values.json!)} and ${path.relative(ROOT, md)}`);
  }
}

main().then(
  () => process.exit(0),
  async (e) => {
    console.error(`bench: ${(e as Error).stack ?? e}`);
    for (const s of services.values()) await s.stop().catch(() => undefined);
    process.exit(1);
  },
);

