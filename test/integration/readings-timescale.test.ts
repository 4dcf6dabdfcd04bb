// The same readings ingested into a TimescaleDB database (PGlite TimescaleDB build: hypertable,
// continuous aggregates refreshed after commit) and a plain one give the same series and stats.
import { ingestReadings, type ReadingInput } from '../../subgraphs/readings/ingest.js';
import type { Aggregation } from '../../subgraphs/readings/repositories/series-repository.js';
import { loadSeries, loadStats, normalizeSeriesArgs } from '../../subgraphs/readings/series.js';
import { storageMode } from '../../database/storage-mode.js';
import { createPlant, ORG } from '../support/readings-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const limits = { maxPoints: 20000, maxRawRangeHours: 48 };

function readings(equipment: { id: string }[], fromIso: string, minutes: number, shift = 0): ReadingInput[] {
  const out: ReadingInput[] = [];
  const from = Date.parse(fromIso);
  for (const [k, e] of equipment.entries()) {
    for (let i = 0; i < minutes; i++) {
      const t = from + i * 60e3;
      out.push({ equipmentId: e.id, metric: 'active_power_kw', time: new Date(t).toISOString(), value: Math.round((100 + 30 * Math.sin(t / 3.6e6 + k) + shift) * 1000) / 1000 });
      if (i % 15 === 0) out.push({ equipmentId: e.id, metric: 'energy_kwh', time: new Date(t).toISOString(), value: Math.round((20 + 5 * Math.cos(t / 7.2e6 + k)) * 1000) / 1000 });
    }
  }
  return out;
}

async function ingestAll(t: TestDatabase, points: ReadingInput[]) {
  for (let i = 0; i < points.length; i += 10000) {
    const r = await ingestReadings(t.db, ORG, points.slice(i, i + 10000));
    expect(r.rejected).toEqual([]);
  }
}

describe('readings on TimescaleDB and plain PostgreSQL', () => {
  let ts: TestDatabase;
  let plain: TestDatabase;
  let eq: { id: string }[];
  beforeAll(async () => {
    [ts, plain] = await Promise.all([createTestDatabase({ timescale: true }), createTestDatabase({ embedded: true })]);
    for (const t of [ts, plain]) {
      ({ equipment: eq } = await createPlant(t, { sites: [{ zone: 'Asia/Kolkata' }, { zone: 'America/New_York' }], equipmentPerSite: 1 }));
      await ingestAll(t, readings(eq, '2024-03-08T00:00:00Z', 4 * 1440));
      // A backfill into buckets the continuous aggregates have already materialized.
      await ingestAll(t, readings(eq, '2024-03-10T00:00:30Z', 1440, 5));
    }
  });
  afterAll(async () => {
    await Promise.all([ts?.destroy(), plain?.destroy()]);
  });

  const keys = () => eq.flatMap((e) => ['active_power_kw', 'energy_kwh'].map((metric) => ({ ownerId: e.id, metric })));

  it('runs in both storage modes', async () => {
    expect(await storageMode(ts.db)).toBe('timescaledb');
    expect(await storageMode(plain.db)).toBe('plain');
  });

  it.each([
    ['15 minutes', '2024-03-09T03:07:00Z', '2024-03-09T19:00:00Z', null],
    ['1 hour', '2024-03-08T00:00:00Z', '2024-03-13T00:00:00Z', null],
    ['1 day', '2024-03-08T05:00:00Z', '2024-03-13T00:00:00Z', null],
    ['1 day', '2024-03-08T00:00:00Z', '2024-03-13T00:00:00Z', 'Asia/Kolkata'],
    ['1 week', '2024-03-01T00:00:00Z', '2024-03-20T00:00:00Z', null],
  ])('gives the same %s series from %s to %s (zone %s)', async (interval, from, to, timeZone) => {
    const aggs: Aggregation[] = ['avg', 'min', 'max', 'sum', 'count', 'first', 'last', 'stddev'];
    for (const aggregation of aggs) {
      const args = normalizeSeriesArgs({ from, to, interval, aggregation, timeZone, fill: 'keep' });
      const [a, b] = await Promise.all([loadSeries(ts.db, ORG, 'equipment', keys(), args, limits), loadSeries(plain.db, ORG, 'equipment', keys(), args, limits)]);
      expect(a.size).toBe(4);
      for (const [k, s] of a) {
        const o = b.get(k)!;
        expect(s.source).toBe(o.source);
        expect(s.points.map((p) => p.time.toISOString())).toEqual(o.points.map((p) => p.time.toISOString()));
        s.points.forEach((p, i) => {
          const q = o.points[i].value;
          if (p.value === null || q === null) expect(p.value).toBe(q);
          else expect(Math.abs(p.value - q)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(q)));
        });
      }
    }
  });

  it('gives the same stats, including percentiles', async () => {
    const [a, b] = await Promise.all(
      [ts, plain].map((t) => loadStats(t.db, ORG, 'equipment', keys(), new Date('2024-03-11T06:30:00Z'), new Date('2024-03-13T00:00:00Z'), true, limits)),
    );
    for (const [k, s] of a) {
      const o = b.get(k)!;
      expect(s.count).toBe(o.count);
      for (const f of ['min', 'max', 'avg', 'sum', 'stddev', 'first', 'last', 'p50', 'p95', 'p99'] as const) {
        expect(s[f]).toBeCloseTo(o[f]!, 9);
      }
    }
  });
});
