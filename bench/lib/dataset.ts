// The bench dataset: the simulator's bench plant on a PostgreSQL server (loaded when absent),
// and the command-center seed's own layout built from the same readings for the comparisons.
import pg from 'pg';
import { sql } from 'kysely';
import { createDatabase, type DatabaseHandle } from '../../database/create-database.js';
import { migrateToLatest } from '../../database/migrate.js';
import { DEMO_ORG, seedInfo, seedPlant, type SeedInfo, type SeedOptions } from '../../database/simulator/index.js';

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/plantgraph_bench';
export const LAYOUT_SCHEMA = 'seed_layout';

/**
 * What the bench loads: the bench scale (chiller_001 at 1 minute for three years, the whole
 * command center for a week) with three years of EnMS history, so baselines train on three
 * years of daily data.
 */
export function benchSeedOptions(scale: 'bench' | 'demo'): SeedOptions {
  return scale === 'bench' ? { scale, enms: { from: '2023-01-01', to: '2026-01-01' } } : { scale };
}

function seedMatches(info: SeedInfo, scale: 'bench' | 'demo'): boolean {
  const want = benchSeedOptions(scale);
  if (info.scale !== scale) return false;
  if (want.enms && (!info.enms || info.enms.from > want.enms.from || info.enms.to < want.enms.to)) return false;
  return true;
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!name) return false;
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Tables the ingest workload writes into and deletes from again, run after run. */
const CHURNED = ['readings.points', 'readings.rollup_15m', 'readings.rollup_1h', 'readings.rollup_1d', 'readings.alerts', 'platform.audit_log'];

/**
 * Vacuums the tables the ingest workload churns when they hold more than `minDead` dead rows.
 * Each full run writes and deletes about five million points; on a server with autovacuum off
 * (this machine's CI configuration) every deleted row stays: after a dozen runs readings.points
 * held 61 M dead rows next to 40 M live ones, and each run's ingest, re-inserting the same
 * minutes, checked its keys against the dead ones (ingest.graphql fell from 51k to 39k points/s
 * over four runs, ingest.copy from 449k to 277k).
 */
export async function vacuumChurned(db: DatabaseHandle['db'], log: (s: string) => void, minDead = 0): Promise<void> {
  const { rows } = await sql<{ dead: string }>`
    select coalesce(sum(n_dead_tup), 0) as dead from pg_stat_user_tables
    where schemaname || '.' || relname = any(${CHURNED}::text[])`.execute(db);
  const dead = Number(rows[0].dead);
  if (dead <= minDead) return;
  const t0 = performance.now();
  await sql.raw(`vacuum (analyze) ${CHURNED.join(', ')}`).execute(db);
  log(`vacuumed ${dead.toLocaleString('en')} dead rows of the ingest tables in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

export interface Dataset {
  handle: DatabaseHandle;
  info: SeedInfo;
  loadSeconds: number;
  loaded: boolean;
}

/** Opens the database, migrates it and loads the bench plant unless it is already there. */
export async function ensureDataset(url: string, scale: 'bench' | 'demo', reseed: boolean, log: (s: string) => void): Promise<Dataset> {
  if (await ensureDatabaseExists(url)) log(`created database ${new URL(url).pathname.slice(1)}`);
  const handle = await createDatabase({ url, applicationName: 'plantgraph-bench', poolSize: 4 });
  await migrateToLatest(handle.db);
  const existing = await seedInfo(handle.db);
  if (existing && seedMatches(existing, scale) && !reseed) {
    log(`dataset present: ${existing.points.toLocaleString('en')} points (scale ${existing.scale}, EnMS ${existing.enms?.from ?? '-'}…${existing.enms?.to ?? '-'})`);
    // Left by an earlier run that stopped before its own vacuum, or by a server without autovacuum.
    await vacuumChurned(handle.db, log, 100_000);
    return { handle, info: existing, loadSeconds: 0, loaded: false };
  }
  if (existing && !reseed) {
    await handle.close();
    throw new Error(
      `${new URL(url).pathname.slice(1)} holds another seed (scale ${existing.scale}, EnMS ${existing.enms?.from ?? '-'}…${existing.enms?.to ?? '-'}); ` +
        'point DATABASE_URL at another database (the bench creates it) or pass --reseed to replace it',
    );
  }
  log(`loading the ${scale} dataset (first run only; several minutes)…`);
  const t0 = performance.now();
  let phase = '';
  let lastPrint = 0;
  const report = await seedPlant(handle, { ...benchSeedOptions(scale), force: reseed, progress: process.stdout.isTTY }, (p, done, total) => {
    if (process.stdout.isTTY) return;
    const now = Date.now();
    if (p !== phase || now - lastPrint > 10_000 || done === total) {
      phase = p;
      lastPrint = now;
      log(`  ${p} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
    }
  });
  const loadSeconds = (performance.now() - t0) / 1000;
  log(`loaded ${report.points.toLocaleString('en')} points in ${loadSeconds.toFixed(0)} s (COPY ${Math.round(report.pointsPerSecond).toLocaleString('en')} points/s)`);
  return { handle, info: (await seedInfo(handle.db))!, loadSeconds, loaded: true };
}

export interface SeedLayout {
  table: string;
  equipmentId: string;
  /** Metric names, which are also the table's column names. */
  columns: string[];
  rows: number;
  builtSeconds: number;
}

/**
 * The command-center seed's layout for one piece of equipment: one wide table (ts, id, one
 * double precision column per metric), pivoted from readings.points, with an index on ts. Built
 * once per seed (the table's comment names the seed's checksum).
 */
export async function ensureSeedLayout(handle: DatabaseHandle, code: string, checksum: string, log: (s: string) => void): Promise<SeedLayout> {
  const db = handle.db;
  const { rows: series } = await sql<{ id: number; metric: string; equipment_id: string }>`
    select s.id, m.name as metric, s.equipment_id
    from readings.series s join readings.metrics m on m.id = s.metric_id join assets.equipment e on e.id = s.equipment_id
    where e.code = ${code} and e.organization_id = ${DEMO_ORG.id}
    order by m.name`.execute(db);
  if (!series.length) throw new Error(`no series for ${code} in the dataset`);
  const columns = series.map((s) => s.metric);
  for (const c of columns) if (!/^[a-z][a-z0-9_]*$/.test(c)) throw new Error(`metric name ${c} is not a plain column name`);
  const table = `${LAYOUT_SCHEMA}.${code}`;
  // The table's comment holds the checksum of the seed it was built from.
  const { rows: present } = await sql<{ comment: string | null; n: number }>`
    select obj_description(c.oid, 'pg_class') as comment, c.reltuples::bigint as n
    from pg_class c join pg_namespace ns on ns.oid = c.relnamespace where ns.nspname = ${LAYOUT_SCHEMA} and c.relname = ${code}`.execute(db);
  if (present[0]?.comment === checksum) {
    log(`seed layout ${table} present (${present[0].n.toLocaleString('en')} rows × ${columns.length} metrics)`);
    return { table, equipmentId: series[0].equipment_id, columns, rows: present[0].n, builtSeconds: 0 };
  }
  const { rows: counts } = await sql<{ n: number }>`select count(*)::int as n from readings.points where series_id = ${series[0].id}`.execute(db);
  const expected = counts[0].n;
  log(`building the seed layout ${table} (${expected.toLocaleString('en')} rows × ${columns.length} metrics)…`);
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: (handle.engine as { url: string }).url, application_name: 'plantgraph-bench-layout' });
  await client.connect();
  try {
    await client.query('set work_mem = \'512MB\'');
    await client.query('begin');
    await client.query(`create schema if not exists ${LAYOUT_SCHEMA}`);
    await client.query(`drop table if exists ${table}`);
    await client.query(`create table ${table} (ts timestamptz not null, id bigserial primary key, ${columns.map((c) => `${c} double precision`).join(', ')})`);
    await client.query(
      `insert into ${table} (ts, ${columns.join(', ')})
       select p.time, ${series.map((s) => `max(p.value) filter (where p.series_id = ${Number(s.id)})`).join(', ')}
       from readings.points p where p.series_id = any($1::int[])
       group by p.time order by p.time`,
      [series.map((s) => s.id)],
    );
    await client.query(`create index on ${table} (ts)`);
    await client.query(`comment on table ${table} is '${checksum.replace(/'/g, "''")}'`);
    await client.query('commit');
    await client.query(`vacuum analyze ${table}`);
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
  const builtSeconds = (performance.now() - t0) / 1000;
  const rows = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0].n);
  log(`seed layout built in ${builtSeconds.toFixed(0)} s (${rows.toLocaleString('en')} rows; ${expected.toLocaleString('en')} readings per metric)`);
  return { table, equipmentId: series[0].equipment_id, columns, rows, builtSeconds };
}
