// `npm run export -- --kind states|trajectories|pairs|batch --count N --seed S --out file.jsonl`
// Streams a training dataset as JSON lines, one page at a time through the same paging as the
// GraphQL field exportDataset: memory stays constant whatever N, and the file for a given
// (kind, count, seed, options, page size) is byte-identical on every run.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Kysely } from 'kysely';
import { loadConfig } from '../common/config.js';
import { DomainError } from '../common/errors.js';
import { isMainModule } from '../common/subgraph.js';
import { DEMO_ORGANIZATION_ID } from '../common/tenancy.js';
import { createDatabase } from '../database/create-database.js';
import type { Database } from '../database/database.js';
import { type ExportArgs, type ExportKind, exportPage } from '../subgraphs/training/dataset.js';

const KINDS: ExportKind[] = ['states', 'trajectories', 'pairs', 'batch'];

export const USAGE = `usage: npm run export -- --kind states|trajectories|pairs|batch --count N [--seed S] --out file.jsonl
  --type T              equipment type (states, trajectories, pairs; default chiller)
  --types T1,T2         equipment types (batch; default chiller,ahu,pump)
  --duration-hours H    trajectory / pair window (default 1)
  --interval-minutes M  minutes between states (default 15)
  --metric NAME         pair metric (default active_power_kw)
  --higher-is-better    pairs prefer higher values of the metric
  --min-margin R        smallest relative pair margin (default 0.02)
  --batch-size B        examples per batch (default 32); for batch, --count counts batches
  --anomaly-ratio R     share of anomalies per batch (default 0.2)
  --k K                 anomaly threshold in standard deviations (default 2)
  --page-size P         records per page (default 200)
  --organization ID     organization (default the demo organization)`;

export interface ExportOptions {
  args: ExportArgs;
  pageSize: number;
  organizationId: string;
}

export function parseExportArgs(argv: string[]): ExportOptions & { out: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      kind: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
      type: { type: 'string', default: 'chiller' },
      types: { type: 'string', default: 'chiller,ahu,pump' },
      'duration-hours': { type: 'string', default: '1' },
      'interval-minutes': { type: 'string', default: '15' },
      metric: { type: 'string', default: 'active_power_kw' },
      'higher-is-better': { type: 'boolean', default: false },
      'min-margin': { type: 'string', default: '0.02' },
      'batch-size': { type: 'string', default: '32' },
      'anomaly-ratio': { type: 'string', default: '0.2' },
      k: { type: 'string', default: '2' },
      'page-size': { type: 'string', default: '200' },
      organization: { type: 'string', default: DEMO_ORGANIZATION_ID },
    },
  });
  if (!values.kind || !KINDS.includes(values.kind as ExportKind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}\n${USAGE}`);
  if (!values.count) throw new Error(`--count is required\n${USAGE}`);
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const num = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got '${v}'`);
    return n;
  };
  return {
    out: values.out,
    pageSize: num('page-size', values['page-size']),
    organizationId: values.organization,
    args: {
      kind: values.kind as ExportKind,
      count: num('count', values.count),
      seed: num('seed', values.seed),
      equipmentType: values.type,
      equipmentTypes: values.types.split(',').map((s) => s.trim()).filter(Boolean),
      durationHours: num('duration-hours', values['duration-hours']),
      intervalMinutes: num('interval-minutes', values['interval-minutes']),
      metric: values.metric,
      direction: values['higher-is-better'] ? 'higher' : 'lower',
      minMargin: num('min-margin', values['min-margin']),
      batchSize: num('batch-size', values['batch-size']),
      anomalyRatio: num('anomaly-ratio', values['anomaly-ratio']),
      k: num('k', values.k),
    },
  };
}

/** Writes every record as one JSON line, page after page; resolves with the number written. */
export async function writeExport(db: Kysely<Database>, options: ExportOptions, out: Writable, onProgress?: (done: number, total: number) => void): Promise<number> {
  let after: string | null = null;
  let written = 0;
  for (;;) {
    const page = await exportPage(db, options.organizationId, options.args, options.pageSize, after);
    for (const item of page.items) {
      // Respect backpressure: at most one page is ever held in memory.
      if (!out.write(`${JSON.stringify(item.record)}\n`)) await once(out, 'drain');
      written++;
    }
    onProgress?.(written, page.totalCount);
    if (!page.hasNextPage) return written;
    after = page.endCursor;
  }
}

if (isMainModule(import.meta.url)) {
  let options: ReturnType<typeof parseExportArgs>;
  try {
    options = parseExportArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const config = loadConfig();
  const handle = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir, applicationName: 'plantgraph-export' });
  const file = createWriteStream(options.out);
  const total = options.args.kind === 'batch' ? options.args.count * options.args.batchSize : options.args.count;
  const bar = new cliProgress.SingleBar({ format: `${options.args.kind} [{bar}] {percentage}% | {value}/{total} records | ETA {eta}s`, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  const started = Date.now();
  try {
    const written = await writeExport(handle.db, options, file, (done) => bar.update(done));
    bar.update(written);
    bar.stop();
    file.end();
    await once(file, 'finish');
    console.log(`wrote ${written} ${options.args.kind} records (seed ${options.args.seed}) to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    bar.stop();
    console.error(e instanceof DomainError ? `${e.code}: ${e.message}` : e);
    process.exitCode = 1;
  } finally {
    file.end();
    await handle.close();
  }
}
