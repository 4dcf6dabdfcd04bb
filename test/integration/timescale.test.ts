// TimescaleDB is not installable on this machine; its migrations run on the PGlite build that
// bundles TimescaleDB 2.23 (a pinned devDependency), and the same points must give the same
// rollups as the plain-PostgreSQL layout.
import { sql } from 'kysely';
import { storageMode } from '../../database/storage-mode.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const ORG = '00000000-0000-4000-8000-0000000000aa';

async function loadPoints(t: TestDatabase): Promise<void> {
  await sql`insert into platform.organizations (id, slug, name) values (${ORG}, 'parity', 'Parity')`.execute(t.db);
  await sql`insert into readings.metrics (name, unit, kind) values ('active_power_kw', 'kW', 'gauge')`.execute(t.db);
  // Two series in different zones, one with a half-hour offset, across a DST change in Berlin.
  await sql`insert into readings.series (organization_id, site_id, metric_id, time_zone, data_interval_seconds)
            values (${ORG}, gen_random_uuid(), 1, 'Asia/Kolkata', 60), (${ORG}, gen_random_uuid(), 1, 'Europe/Berlin', 60)`.execute(t.db);
  await sql`insert into readings.points (series_id, time, value)
            select s, t, round((sin(extract(epoch from t) / 3600.0 + s) * 50 + 100)::numeric, 3)
            from generate_series(1, 2) s,
                 generate_series(timestamptz '2024-03-29 00:00+00', timestamptz '2024-04-02 00:00+00', interval '1 minute') t`.execute(t.db);
  if ((await storageMode(t.db)) === 'timescaledb') {
    // Outside any transaction, as TimescaleDB requires.
    await sql`call refresh_continuous_aggregate('readings.rollup_15m', null, null)`.execute(t.db);
    await sql`call refresh_continuous_aggregate('readings.rollup_1h', null, null)`.execute(t.db);
  }
  await sql`select readings.refresh_rollups(array[1, 2], timestamptz '2024-03-29 00:00+00', timestamptz '2024-04-02 00:00+00')`.execute(t.db);
}

async function rollups(t: TestDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const name of ['rollup_15m', 'rollup_1h', 'rollup_1d']) {
    const { rows } = await sql`
      select series_id, bucket, value_count::int as n, round(value_sum::numeric, 6) as sum, value_min as min, value_max as max,
             value_first as first, value_last as last, round(value_sum_sq::numeric, 3) as sum_sq
      from ${sql.table(`readings.${name}`)} order by series_id, bucket`.execute(t.db);
    out[name] = rows;
  }
  return out;
}

describe('TimescaleDB storage mode', () => {
  let ts: TestDatabase;
  let plain: TestDatabase;
  beforeAll(async () => {
    [ts, plain] = await Promise.all([createTestDatabase({ timescale: true }), createTestDatabase({ embedded: true })]);
    await Promise.all([loadPoints(ts), loadPoints(plain)]);
  });
  afterAll(async () => {
    await Promise.all([ts?.destroy(), plain?.destroy()]);
  });

  it('migrates into a hypertable with hierarchical continuous aggregates and policies', async () => {
    expect(await storageMode(ts.db)).toBe('timescaledb');
    const hypertables = await sql<{ name: string }>`select hypertable_schema || '.' || hypertable_name as name from timescaledb_information.hypertables`.execute(ts.db);
    expect(hypertables.rows.map((r) => r.name)).toContain('readings.points');
    const caggs = await sql<{ view_name: string; materialized_only: boolean }>`
      select view_name, materialized_only from timescaledb_information.continuous_aggregates order by view_name`.execute(ts.db);
    expect(caggs.rows).toEqual([
      { view_name: 'rollup_15m', materialized_only: false },
      { view_name: 'rollup_1h', materialized_only: false },
    ]);
    const jobs = await sql<{ proc_name: string }>`select proc_name from timescaledb_information.jobs where hypertable_schema is not null order by 1`.execute(ts.db);
    expect(jobs.rows.map((r) => r.proc_name)).toEqual(expect.arrayContaining(['policy_compression', 'policy_refresh_continuous_aggregate']));
  });

  it('gives the same rollups as plain PostgreSQL for the same points', async () => {
    const [a, b] = await Promise.all([rollups(ts), rollups(plain)]);
    expect(a.rollup_15m.length).toBe(2 * 4 * 96 + 2);
    expect(a.rollup_1d.length).toBeGreaterThan(8);
    expect(a).toEqual(b);
  });

  it('builds daily buckets on each series’ local midnight, including a 23-hour DST day', async () => {
    const { rows } = await sql<{ series_id: number; bucket: Date; n: number }>`
      select series_id, bucket, value_count::int as n from readings.rollup_1d order by series_id, bucket`.execute(plain.db);
    const kolkata = rows.filter((r) => r.series_id === 1);
    expect(kolkata[1].bucket.toISOString()).toBe('2024-03-29T18:30:00.000Z');
    const berlinDst = rows.find((r) => r.series_id === 2 && r.bucket.toISOString() === '2024-03-30T23:00:00.000Z');
    expect(berlinDst?.n).toBe(23 * 60);
  });
});
