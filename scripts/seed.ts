// `npm run seed -- [--scale demo|bench] [--seed N] [--days D | --hours H] [--end ISO]
//   [--equipment code1,prefix*] [--enms FROM..TO|none] [--streams N] [--force]`
// Loads the simulated plants into DATABASE_URL (or the embedded database in
// PLANTGRAPH_DATA_DIR), after bringing the schema up to date.
import { parseArgs } from 'node:util';
import { loadConfig } from '../common/config.js';
import { createDatabase } from '../database/create-database.js';
import { migrateToLatest } from '../database/migrate.js';
import { seedInfo, seedPlant, type SeedOptions } from '../database/simulator/index.js';

const USAGE = `usage: npm run seed -- [--scale demo|bench] [--seed N] [--days D | --hours H] [--end ISO]
                       [--equipment code1,code2,prefix*] [--enms 2024-01-01..2026-01-01|none]
                       [--streams N] [--force]`;

function fail(message: string): never {
  console.error(`seed: ${message}\n${USAGE}`);
  process.exit(2);
}

function number(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) fail(`--${name} must be a number, got '${raw}'`);
  return n;
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scale: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        hours: { type: 'string' },
        end: { type: 'string' },
        equipment: { type: 'string' },
        enms: { type: 'string' },
        streams: { type: 'string' },
        force: { type: 'boolean' },
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
  process.exit(0);
}

const scale = (values.scale ?? 'demo') as SeedOptions['scale'];
if (scale !== 'demo' && scale !== 'bench') fail(`--scale must be demo or bench, got '${values.scale}'`);
let enms: SeedOptions['enms'];
if (values.enms === 'none') enms = false;
else if (values.enms) {
  const [from, to] = values.enms.split('..');
  if (!from || !to) fail(`--enms must look like 2024-01-01..2026-01-01 or none, got '${values.enms}'`);
  enms = { from, to };
}
const options: SeedOptions = {
  scale,
  seed: number('seed', values.seed),
  days: number('days', values.days),
  hours: number('hours', values.hours),
  end: values.end,
  equipment: values.equipment?.split(',').map((s) => s.trim()).filter(Boolean),
  enms,
  copyStreams: number('streams', values.streams),
  force: values.force,
  progress: process.stdout.isTTY,
};

const config = loadConfig();
if (scale === 'bench' && !config.databaseUrl) {
  console.error('seed: the bench scale needs a PostgreSQL server (tens of millions of points): set DATABASE_URL, or use --scale demo for the embedded database');
  process.exit(1);
}
const where = config.databaseUrl ? `${new URL(config.databaseUrl).host}${new URL(config.databaseUrl).pathname}` : `embedded PGlite in ${config.dataDir}`;
const started = performance.now();
const handle = await createDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir, applicationName: 'plantgraph-seed' });
try {
  await migrateToLatest(handle.db);
  const existing = await seedInfo(handle.db);
  if (existing && !options.force) {
    console.log(`seed: ${where} already holds a seed (scale ${existing.scale}, seed ${existing.seed}, end ${existing.end}):`);
    console.log(`      ${existing.points.toLocaleString('en')} points in ${existing.series.toLocaleString('en')} series, ${existing.anomalies} injected anomalies, ${existing.alerts} alerts`);
    console.log(`      checksum ${existing.checksum}`);
    console.log('seed: nothing to do (pass --force to replace it)');
  } else {
    console.log(`seed: loading the ${scale} plant into ${where}${options.force && existing ? ' (replacing the existing seed)' : ''}`);
    const report = await seedPlant(handle, options);
    const total = (performance.now() - started) / 1000;
    console.log(`seed: ${report.points.toLocaleString('en')} points in ${report.series.toLocaleString('en')} series (${report.windowHours} h of 1-minute command-center data ending ${report.end})`);
    console.log(`      generate ${report.generateSeconds.toFixed(1)} s · COPY ${report.copySeconds.toFixed(1)} s = ${Math.round(report.pointsPerSecond).toLocaleString('en')} points/s · rollups ${report.rollupSeconds.toFixed(1)} s`);
    console.log(`      ${report.anomalies} injected anomalies, ${report.alerts} alerts; total ${total.toFixed(1)} s including start-up and migrations`);
    console.log(`      checksum ${report.checksum}`);
  }
} catch (e) {
  console.error(`seed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
