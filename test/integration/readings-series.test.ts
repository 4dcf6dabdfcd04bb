// Series and stats: rollup answers equal raw answers for random ranges, intervals, zones and
// every aggregation (property test), plus fill, maxPoints, downsampling and the one-statement rule.
import { sql } from 'kysely';
import { Rng } from '../../common/random.js';
import { loadConfig } from '../../common/config.js';
import { loadSeries, loadStats, normalizeSeriesArgs, seriesKey } from '../../subgraphs/readings/series.js';
import type { Aggregation } from '../../subgraphs/readings/repositories/series-repository.js';
import { createPlant, createSeries, ORG, writeWave } from '../support/readings-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

const limits = { maxPoints: 20000, maxRawRangeHours: 24 * 14 };
const AGGS: Aggregation[] = ['avg', 'min', 'max', 'sum', 'count', 'first', 'last', 'stddev'];
const INTERVALS = ['15 minutes', '30 minutes', '1 hour', '3 hours', '12 hours', '1 day', '1 week', '1 month'];
const ZONES = [null, null, 'UTC', 'Asia/Kolkata', 'America/New_York', 'Europe/Berlin'];

/** Deterministic uniform numbers in [0, 1) (mulberry32, as the simulator draws them) so a failure reproduces. */
function prng(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('readings series', () => {
  let t: TestDatabase;
  let eq: { id: string; code: string; siteId: string; zone: string }[];
  const START = Date.parse('2024-03-27T00:00:00Z');
  const END = Date.parse('2024-04-04T00:00:00Z');

  beforeAll(async () => {
    t = await createTestDatabase();
    ({ equipment: eq } = await createPlant(t, { sites: [{ zone: 'Asia/Kolkata' }, { zone: 'Europe/Berlin' }], equipmentPerSite: 1 }));
    for (const e of eq) {
      const p = await createSeries(t, e, 'active_power_kw');
      // A hole of a few hours, to exercise empty buckets and fill.
      await writeWave(t, p, '2024-03-27T00:00:00Z', '2024-04-04T00:00:00Z', { holeFrom: '2024-03-29T10:07:00Z', holeTo: '2024-03-29T16:41:00Z' });
      const c = await createSeries(t, e, 'energy_kwh');
      await writeWave(t, c, '2024-03-27T00:00:00Z', '2024-04-04T00:00:00Z', { stepSeconds: 300 });
    }
  });
  afterAll(() => t?.destroy());

  const keys = () => eq.flatMap((e) => ['active_power_kw', 'energy_kwh'].map((metric) => ({ ownerId: e.id, metric })));

  it('rollup answers equal raw answers for random ranges, intervals, zones and all aggregations', async () => {
    const rand = prng(42);
    let compared = 0;
    const rollupSources = new Set<string>();
    for (let i = 0; i < 24; i++) {
      // Ranges at minute resolution (plus odd seconds) so edges are ragged for every grain.
      const a = START + Math.floor(rand() * (END - START - 3600e3));
      const b = Math.min(END + 3600e3, a + 60e3 + Math.floor(rand() ** 2 * (END - a)));
      const from = new Date(a - (a % 1000) + 17000);
      const to = new Date(b);
      const interval = INTERVALS[Math.floor(rand() * INTERVALS.length)];
      const timeZone = ZONES[Math.floor(rand() * ZONES.length)];
      for (const aggregation of AGGS) {
        const args = normalizeSeriesArgs({ from, to, interval, aggregation, timeZone, fill: 'keep' });
        const viaRollups = await loadSeries(t.db, ORG, 'equipment', keys(), args, limits);
        const viaRaw = await loadSeries(t.db, ORG, 'equipment', keys(), args, limits, { forceGrain: 'raw' });
        expect([...viaRollups.keys()].sort()).toEqual([...viaRaw.keys()].sort());
        for (const [k, s] of viaRollups) {
          rollupSources.add(s.source);
          const r = viaRaw.get(k)!;
          expect(r.source).toBe('raw');
          expect(s.points.map((p) => p.time.getTime())).toEqual(r.points.map((p) => p.time.getTime()));
          s.points.forEach((p, j) => {
            if (!close(p.value, r.points[j].value)) {
              throw new Error(`${k} ${aggregation} ${interval} ${timeZone} [${from.toISOString()}, ${to.toISOString()}) bucket ${p.time.toISOString()}: rollup ${p.value} ≠ raw ${r.points[j].value}`);
            }
          });
          compared += s.points.length;
        }
      }
    }
    console.log(`rollup parity: ${compared} buckets compared, sources used: ${[...rollupSources].sort().join(', ')}`);
    expect(rollupSources).toEqual(new Set(['15m', '1h', '1d']));
  });

  it('stats from rollups equal stats from raw points for random ranges', async () => {
    const rand = prng(7);
    for (let i = 0; i < 12; i++) {
      const a = START + Math.floor(rand() * (END - START));
      const from = new Date(a - (a % 1000) + 3000);
      const to = new Date(Math.min(END, a + 60e3 + Math.floor(rand() * (END - a))));
      const fast = await loadStats(t.db, ORG, 'equipment', keys(), from, to, false, limits);
      const raw = await loadStats(t.db, ORG, 'equipment', keys(), from, to, false, limits, { forceGrain: 'raw' });
      for (const [k, s] of fast) {
        const r = raw.get(k)!;
        expect(s.count).toBe(r.count);
        for (const f of ['min', 'max', 'avg', 'sum', 'stddev', 'first', 'last'] as const) {
          if (!close(s[f], r[f])) throw new Error(`${k} ${f} [${from.toISOString()}, ${to.toISOString()}): ${s[f]} ≠ ${r[f]}`);
        }
      }
    }
  });

  it('day buckets follow the site zone (23-hour DST day in Berlin) and the timeZone argument', async () => {
    const args = normalizeSeriesArgs({ from: '2024-03-30T00:00:00+01:00', to: '2024-04-01T00:00:00+02:00', interval: '1 day', aggregation: 'count' });
    const berlin = (await loadSeries(t.db, ORG, 'equipment', [{ ownerId: eq[1].id, metric: 'active_power_kw' }], args, limits)).get(seriesKey({ ownerId: eq[1].id, metric: 'active_power_kw' }))!;
    expect(berlin.source).toBe('1d');
    expect(berlin.timeZone).toBe('Europe/Berlin');
    expect(berlin.points.map((p) => [p.time.toISOString(), p.value])).toEqual([
      ['2024-03-29T23:00:00.000Z', 1440],
      ['2024-03-30T23:00:00.000Z', 1380],
    ]);
    const utc = (await loadSeries(t.db, ORG, 'equipment', [{ ownerId: eq[1].id, metric: 'active_power_kw' }], { ...args, timeZone: 'UTC' }, limits)).get(seriesKey({ ownerId: eq[1].id, metric: 'active_power_kw' }))!;
    expect(utc.source).toBe('1h');
    expect(utc.points.map((p) => p.time.toISOString())).toEqual(['2024-03-29T00:00:00.000Z', '2024-03-30T00:00:00.000Z', '2024-03-31T00:00:00.000Z']);
    const kolkata = (await loadSeries(t.db, ORG, 'equipment', [{ ownerId: eq[1].id, metric: 'active_power_kw' }], { ...args, timeZone: 'Asia/Kolkata' }, limits)).get(seriesKey({ ownerId: eq[1].id, metric: 'active_power_kw' }))!;
    expect(kolkata.source).toBe('15m');
    expect(kolkata.points[0].time.toISOString()).toBe('2024-03-29T18:30:00.000Z');
  });

  it('fills empty buckets with null, the previous value or a linear interpolation', async () => {
    const base = { from: '2024-03-29T09:00:00Z', to: '2024-03-29T18:00:00Z', interval: '1 hour', aggregation: 'avg' as const };
    const k = { ownerId: eq[0].id, metric: 'active_power_kw' };
    const get = async (fill: 'none' | 'keep' | 'previous' | 'linear') =>
      (await loadSeries(t.db, ORG, 'equipment', [k], normalizeSeriesArgs({ ...base, fill }), limits)).get(seriesKey(k))!.points;
    const none = await get('none');
    const nul = await get('keep');
    const prev = await get('previous');
    const lin = await get('linear');
    expect(nul).toHaveLength(9);
    expect(none).toHaveLength(9 - 5); // 11:00–15:59 are empty
    expect(nul.filter((p) => p.value === null)).toHaveLength(5);
    expect(prev[3].value).toBe(nul[1].value);
    const [v0, v1] = [nul[1].value!, nul[7].value!];
    expect(lin[4].value).toBeCloseTo(v0 + ((v1 - v0) * 3) / 6, 9);
  });

  it('starts fill PREVIOUS from the last reading before the range, for reading-valued aggregations only', async () => {
    const k = { ownerId: eq[0].id, metric: 'active_power_kw' };
    // 11:00–15:59 hold no readings: a range starting at 11:00 begins with five empty hours.
    const get = async (aggregation: 'avg' | 'max' | 'sum' | 'count', from = '2024-03-29T11:00:00Z') =>
      (await loadSeries(t.db, ORG, 'equipment', [k], normalizeSeriesArgs({ from, to: '2024-03-29T18:00:00Z', interval: '1 hour', aggregation, fill: 'previous' }), limits)).get(seriesKey(k))!.points;
    const { rows } = await sql<{ value: number }>`
      select p.value from readings.points p join readings.series s on s.id = p.series_id join readings.metrics m on m.id = s.metric_id
      where s.equipment_id = ${k.ownerId} and m.name = ${k.metric} and p.time < '2024-03-29T11:00:00Z' order by p.time desc limit 1`.execute(t.db);
    expect(rows).toHaveLength(1);
    for (const aggregation of ['avg', 'max'] as const) {
      const points = await get(aggregation);
      expect(points.slice(0, 5).map((p) => p.value)).toEqual([rows[0].value, rows[0].value, rows[0].value, rows[0].value, rows[0].value]);
      expect(points[5].value).not.toBeNull();
    }
    for (const aggregation of ['sum', 'count'] as const) expect((await get(aggregation)).slice(0, 5).every((p) => p.value === null)).toBe(true);
    // Before the series' first reading there is nothing to carry in.
    const early = await get('avg', '2024-03-26T20:00:00Z');
    expect(early[0].value).toBeNull();
  });

  it('picks the interval for maxPoints and downsamples with LTTB and plot values', async () => {
    const k = { ownerId: eq[0].id, metric: 'active_power_kw' };
    const from = '2024-03-27T00:00:00Z';
    const to = '2024-04-03T00:00:00Z';
    const fit = (await loadSeries(t.db, ORG, 'equipment', [k], normalizeSeriesArgs({ from, to, maxPoints: 200 }), limits)).get(seriesKey(k))!;
    expect(fit.interval).toBe('1 hour');
    expect(fit.points.length).toBeLessThanOrEqual(200);
    const l = (await loadSeries(t.db, ORG, 'equipment', [k], normalizeSeriesArgs({ from, to, maxPoints: 300, downsample: 'lttb' }), limits)).get(seriesKey(k))!;
    expect(l.points).toHaveLength(300);
    const p = (await loadSeries(t.db, ORG, 'equipment', [k], normalizeSeriesArgs({ from, to, maxPoints: 400, downsample: 'plot' }), limits)).get(seriesKey(k))!;
    expect(p.points.length).toBeLessThanOrEqual(400);
    const stats = (await loadStats(t.db, ORG, 'equipment', [k], from, to, true, limits)).get(seriesKey(k))!;
    expect(Math.max(...p.points.map((x) => x.value!))).toBe(stats.max);
    expect(Math.min(...p.points.map((x) => x.value!))).toBe(stats.min);
    expect(stats.p50).not.toBeNull();
  });

  it('computes a time-weighted average where each reading holds until the next', async () => {
    const e = { id: eq[0].id, zone: eq[0].zone };
    const id = await createSeries(t, e, 'power_factor');
    // 0.5 for 10 minutes, 0.9 for 50 minutes; the plain mean (0.7) would be wrong.
    await sql`insert into readings.points (series_id, time, value) values (${id}, '2024-03-30 00:00+00', 0.5), (${id}, '2024-03-30 00:10+00', 0.9)`.execute(t.db);
    const k = { ownerId: eq[0].id, metric: 'power_factor' };
    const s = (await loadSeries(t.db, ORG, 'equipment', [k], normalizeSeriesArgs({ from: '2024-03-30T00:00:00Z', to: '2024-03-30T01:00:00Z', interval: '1 hour', aggregation: 'twa' }), limits)).get(seriesKey(k))!;
    expect(s.source).toBe('raw');
    expect(s.points[0].value).toBeCloseTo((0.5 * 10 + 0.9 * 50) / 60, 12);
  });

  it('reads several metrics of several equipment in one statement', async () => {
    const args = normalizeSeriesArgs({ from: '2024-03-27T05:03:00Z', to: '2024-04-02T00:00:00Z', interval: '1 day', fill: 'linear' });
    const { result, count } = await countStatements(t, () => loadSeries(t.db, ORG, 'equipment', keys(), args, limits));
    expect(count).toBe(1);
    expect(result.size).toBe(4);
    const s = await countStatements(t, () => loadStats(t.db, ORG, 'equipment', keys(), args.from, args.to, true, limits));
    expect(s.count).toBe(1);
  });

  it('uses the default config limits', () => {
    const c = loadConfig({});
    expect(c.maxPoints).toBeGreaterThan(0);
  });
});
