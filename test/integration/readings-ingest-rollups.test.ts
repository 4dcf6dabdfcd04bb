// Ingest refreshes only the rollup buckets it wrote into (readings.refresh_rollup_buckets): after
// batches into ranges already rolled up — late and out-of-order points, points on bucket and
// local-day edges, a half-hour zone (Asia/Kolkata), a 45-minute one (Asia/Kathmandu) and a
// 25-hour DST day (Europe/Berlin) — the 15-minute, hourly and daily rows equal a full rebuild.
import { sql } from 'kysely';
import { Rng } from '../../common/random.js';
import { rebuildRollupTables } from '../../database/rollup-refresh.js';
import type { RollupRow } from '../../database/tables/readings.table.js';
import { ingestReadings } from '../../subgraphs/readings/ingest.js';
import { createPlant, ORG } from '../support/readings-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TABLES = ['rollup_15m', 'rollup_1h', 'rollup_1d'] as const;

async function rollups(t: TestDatabase): Promise<Record<string, RollupRow[]>> {
  const out: Record<string, RollupRow[]> = {};
  for (const name of TABLES) {
    const { rows } = await sql<RollupRow>`select * from ${sql.table(`readings.${name}`)} order by series_id, bucket`.execute(t.db);
    out[name] = rows;
  }
  return out;
}

function expectSameRollups(got: Record<string, RollupRow[]>, want: Record<string, RollupRow[]>): void {
  for (const name of TABLES) {
    expect(got[name].map((r) => `${r.series_id} ${r.bucket.toISOString()}`)).toEqual(want[name].map((r) => `${r.series_id} ${r.bucket.toISOString()}`));
    got[name].forEach((g, i) => {
      const w = want[name][i];
      const at = `${name} series ${g.series_id} ${g.bucket.toISOString()}`;
      // Counts, extremes, first and last are exact; sums may differ in the last bits with the
      // order they were added in.
      expect({ at, n: g.value_count, min: g.value_min, max: g.value_max, first: g.value_first, last: g.value_last }).toEqual({
        at,
        n: w.value_count,
        min: w.value_min,
        max: w.value_max,
        first: w.value_first,
        last: w.value_last,
      });
      expect(Math.abs(g.value_sum - w.value_sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(w.value_sum)));
      expect(Math.abs(g.value_sum_sq - w.value_sum_sq)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(w.value_sum_sq)));
    });
  }
}

describe('ingestReadings rollup refresh', () => {
  let t: TestDatabase;
  let eq: { id: string; code: string; siteId: string; zone: string }[];
  beforeAll(async () => {
    t = await createTestDatabase();
    ({ equipment: eq } = await createPlant(t, {
      sites: [{ zone: 'Asia/Kolkata' }, { zone: 'Europe/Berlin' }, { zone: 'Asia/Kathmandu' }],
      equipmentPerSite: 1,
      metrics: [{ name: 'active_power_kw', unit: 'kW', kind: 'gauge' }],
    }));
  });
  afterAll(() => t?.destroy());

  it('leaves the 15-minute, hourly and daily rows equal to a full rebuild after late and out-of-order points', async () => {
    const rng = new Rng(20261124);
    const rand = () => rng.next();
    const point = (e: (typeof eq)[number], ms: number) => ({ equipmentId: e.id, metric: 'active_power_kw', time: new Date(ms).toISOString(), value: Math.round((rand() * 200 - 50) * 1000) / 1000 });
    const from = Date.parse('2024-10-25T12:00:00Z');
    const to = Date.parse('2024-10-28T12:00:00Z');
    const minute = 60e3;

    // 1. A regular stream: every series every 5 minutes, in batches of 6 hours, in time order.
    for (let start = from; start < to; start += 6 * 3600e3) {
      const batch = eq.flatMap((e) => Array.from({ length: 72 }, (_, i) => point(e, start + i * 5 * minute)));
      expect((await ingestReadings(t.db, ORG, batch)).accepted).toBe(batch.length);
    }
    // 2. Late points into those rolled-up days, out of order, at odd seconds, on 15-minute and
    // local-day edges (Kolkata's midnight is 18:30 UTC, Kathmandu's 18:15, Berlin's 22:00 or
    // 23:00 UTC; the Berlin day of 27 October has 25 hours), and some already stored.
    const edges = ['2024-10-26T18:30:00Z', '2024-10-26T18:29:59.999Z', '2024-10-26T18:15:00Z', '2024-10-26T18:14:59.999Z', '2024-10-26T22:00:00Z', '2024-10-27T22:00:00Z', '2024-10-27T22:59:59.999Z', '2024-10-27T23:00:00Z', '2024-10-27T00:59:30Z'];
    for (let round = 0; round < 4; round++) {
      const batch = eq.flatMap((e) => [
        ...Array.from({ length: 40 }, () => point(e, from + Math.floor(rand() * (to - from) / 1000) * 1000 + 1000)),
        ...edges.map((iso) => point(e, Date.parse(iso) + round)),
        point(e, from + 5 * minute * Math.floor(rand() * 800)),
      ]);
      batch.sort(() => rand() - 0.5);
      const r = await ingestReadings(t.db, ORG, batch);
      expect(r.rejected).toEqual([]);
      expect(r.accepted + r.duplicates).toBe(batch.length);
    }
    // 3. A batch far from the rest (a backfill a month earlier) together with new points.
    const far = eq.flatMap((e) => [point(e, Date.parse('2024-09-20T18:40:00Z')), point(e, to + 7 * minute)]);
    expect((await ingestReadings(t.db, ORG, far)).accepted).toBe(far.length);

    const incremental = await rollups(t);
    const { rows: series } = await sql<{ id: number; time_zone: string }>`select id, time_zone from readings.series order by id`.execute(t.db);
    expect(series).toHaveLength(3);
    await rebuildRollupTables(t.db, series.map((s) => s.id), new Date('2024-09-01T00:00:00Z'), new Date('2024-11-01T00:00:00Z'));
    const rebuilt = await rollups(t);

    expect(incremental.rollup_1d.length).toBeGreaterThanOrEqual(3 * 5);
    // Every point is counted once at each level.
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from readings.points`.execute(t.db);
    for (const name of TABLES) expect(incremental[name].reduce((n, r) => n + r.value_count, 0)).toBe(rows[0].n);
    expectSameRollups(incremental, rebuilt);
    // The Kolkata days start at 18:30 UTC, the Kathmandu ones at 18:15, and Berlin's 27 October has 25 hours.
    const days = (zone: string) => {
      const id = series.find((s) => s.time_zone === zone)!.id;
      return incremental.rollup_1d.filter((r) => r.series_id === id).map((r) => r.bucket.toISOString());
    };
    expect(days('Asia/Kolkata')).toContain('2024-10-26T18:30:00.000Z');
    expect(days('Asia/Kathmandu')).toContain('2024-10-26T18:15:00.000Z');
    expect(days('Europe/Berlin')).toEqual(expect.arrayContaining(['2024-10-26T22:00:00.000Z', '2024-10-27T23:00:00.000Z']));
  });

  it('a full rebuild ending on a 25-hour DST day keeps that day whole and the next day untouched', async () => {
    const { rows } = await sql<{ id: number }>`select id from readings.series where time_zone = 'Europe/Berlin'`.execute(t.db);
    const before = await rollups(t);
    await rebuildRollupTables(t.db, [rows[0].id], new Date('2024-10-27T10:00:00Z'), new Date('2024-10-27T12:00:00Z'));
    expectSameRollups(await rollups(t), before);
  });
});
