// The readings queries on the simulated plant: the k-sigma detector against the anomalies the
// simulator injected (precision and recall printed), rollup parity on bulk-loaded data, and the
// whole-plant latest values in one statement.
import { sql } from 'kysely';
import { seedPlant } from '../../database/simulator/index.js';
import { flatlineEpisodes, statisticalAnomalies } from '../../subgraphs/readings/repositories/anomaly-repository.js';
import { latestByOwners } from '../../subgraphs/readings/repositories/latest-repository.js';
import { loadSeries, normalizeSeriesArgs } from '../../subgraphs/readings/series.js';
import type { Aggregation } from '../../subgraphs/readings/repositories/series-repository.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

const limits = { maxPoints: 20000, maxRawRangeHours: 48 };
const END = '2026-01-15T00:00:00Z';

interface Truth {
  series_id: number;
  organization_id: string;
  equipment_id: string;
  metric: string;
  starts_at: Date;
  ends_at: Date;
  kind: string;
}

describe('readings on the simulated plant', () => {
  let t: TestDatabase;
  let truth: Truth[];
  let from: Date;
  let to: Date;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', hours: 24, end: END, equipment: ['chiller*', 'ahu*', 'pump*', 'compressor*', 'trf*', 'motor*'], enms: false });
    ({ rows: truth } = await sql<Truth>`
      select a.series_id, s.organization_id, s.equipment_id, m.name as metric, a.starts_at, a.ends_at, a.kind
      from readings.anomalies a join readings.series s on s.id = a.series_id join readings.metrics m on m.id = s.metric_id
      where a.origin = 'injected' and s.equipment_id is not null`.execute(t.db));
    const { rows } = await sql<{ lo: Date; hi: Date }>`select min(time) as lo, max(time) as hi from readings.points`.execute(t.db);
    // The first hour only fills the baseline window.
    from = new Date(rows[0].lo.getTime() + 3600e3);
    to = new Date(rows[0].hi.getTime() + 1);
  });
  afterAll(() => t?.destroy());

  it('finds the injected anomalies with a rolling k-sigma baseline (precision and recall reported)', async () => {
    const inRange = truth.filter((a) => a.ends_at >= from);
    expect(inRange.length).toBeGreaterThan(0);
    const { rows: keys } = await sql<{ organization_id: string; equipment_id: string; metric: string }>`
      select distinct s.organization_id, s.equipment_id, m.name as metric from readings.series s join readings.metrics m on m.id = s.metric_id
      where s.equipment_id is not null and m.name = any(${[...new Set(truth.map((a) => a.metric))]}::text[])`.execute(t.db);
    const report: Record<string, unknown> = {};
    const recallOf: Record<number, Record<string, number>> = {};
    for (const k of [2, 3, 4]) {
      let detected = 0;
      let truePositives = 0;
      const hit = new Set<Truth>();
      for (const org of new Set(keys.map((x) => x.organization_id))) {
        const ks = keys.filter((x) => x.organization_id === org).map((x) => ({ ownerId: x.equipment_id, metric: x.metric }));
        const found = await statisticalAnomalies(t.db, 'equipment', org, ks, from, to, k, 3600, 1_000_000);
        detected += found.length;
        for (const f of found) {
          const match = inRange.filter((a) => a.equipment_id === f.owner_id && a.metric === f.metric && f.time >= a.starts_at && f.time <= a.ends_at);
          if (match.length) truePositives++;
          for (const a of match) hit.add(a);
        }
      }
      const byKind: Record<string, string> = {};
      recallOf[k] = {};
      for (const kind of [...new Set(inRange.map((a) => a.kind))].sort()) {
        const all = inRange.filter((a) => a.kind === kind);
        const found = all.filter((a) => hit.has(a)).length;
        byKind[kind] = `${found}/${all.length}`;
        recallOf[k][kind] = found / all.length;
      }
      report[`k=${k}`] = { detected, precision: +(truePositives / Math.max(1, detected)).toFixed(3), recall: +(hit.size / inRange.length).toFixed(3), byKind };
    }
    console.log(`statistical anomalies on the simulated plant (24 h, ${keys.length} series, ${inRange.length} injected): ${JSON.stringify(report)}`);
    // Spikes are what a k-sigma detector is for; stuck sensors need a flat-line detector instead.
    if (recallOf[2].spike !== undefined) expect(recallOf[2].spike).toBe(1);
  });

  it('finds the injected stuck sensors as flat lines (precision and recall reported)', async () => {
    const inRange = truth.filter((a) => a.ends_at >= from);
    const stuck = inRange.filter((a) => a.kind === 'stuck');
    expect(stuck.length).toBeGreaterThan(0);
    const { rows: keys } = await sql<{ organization_id: string; equipment_id: string; metric: string }>`
      select distinct s.organization_id, s.equipment_id, m.name as metric from readings.series s join readings.metrics m on m.id = s.metric_id
      where s.equipment_id is not null`.execute(t.db);
    let detected = 0;
    let overlapsStuck = 0;
    let zeroRuns = 0;
    const hit = new Set<Truth>();
    for (const org of new Set(keys.map((x) => x.organization_id))) {
      const ks = keys.filter((x) => x.organization_id === org).map((x) => ({ ownerId: x.equipment_id, metric: x.metric }));
      const found = await flatlineEpisodes(t.db, 'equipment', org, ks, from, to, 0, 900, 1000);
      for (const f of found) {
        detected++;
        if (f.value === 0) zeroRuns++;
        const match = stuck.filter((a) => a.equipment_id === f.owner_id && a.metric === f.metric && f.start <= a.ends_at && f.end >= a.starts_at);
        if (match.length) overlapsStuck++;
        for (const a of match) hit.add(a);
      }
    }
    const nonZero = detected - zeroRuns;
    console.log(
      `flat lines on the simulated plant (24 h, ${keys.length} series, ${stuck.length} stuck sensors injected): ${detected} runs of ≥ 15 min (${zeroRuns} at 0, a machine that is off); ` +
        `stuck recall ${hit.size}/${stuck.length}; precision ${(overlapsStuck / Math.max(1, detected)).toFixed(3)} (${(overlapsStuck / Math.max(1, nonZero)).toFixed(3)} leaving out runs at 0)`,
    );
    expect(hit.size).toBe(stuck.length);
  });

  it('answers from rollups exactly as from raw points on bulk-loaded data', async () => {
    const { rows } = await sql<{ organization_id: string; equipment_id: string; metric: string }>`
      select s.organization_id, s.equipment_id, m.name as metric from readings.series s join readings.metrics m on m.id = s.metric_id
      where s.equipment_id is not null and exists (select 1 from readings.points p where p.series_id = s.id) order by s.id limit 12`.execute(t.db);
    const org = rows[0].organization_id;
    const keys = rows.filter((r) => r.organization_id === org).map((r) => ({ ownerId: r.equipment_id, metric: r.metric }));
    const aggs: Aggregation[] = ['avg', 'min', 'max', 'sum', 'count', 'first', 'last', 'stddev'];
    for (const [interval, timeZone] of [['15 minutes', null], ['1 hour', null], ['1 day', null], ['1 day', 'UTC']] as const) {
      for (const aggregation of aggs) {
        const args = normalizeSeriesArgs({ from: new Date(from.getTime() - 3600e3 + 7 * 60e3), to: new Date(to.getTime() - 13 * 60e3), interval, aggregation, timeZone });
        const [a, b] = await Promise.all([loadSeries(t.db, org, 'equipment', keys, args, limits), loadSeries(t.db, org, 'equipment', keys, args, limits, { forceGrain: 'raw' })]);
        for (const [k, s] of a) {
          const r = b.get(k)!;
          expect(s.points.map((p) => p.time.getTime())).toEqual(r.points.map((p) => p.time.getTime()));
          s.points.forEach((p, i) => expect(Math.abs(p.value! - r.points[i].value!)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(r.points[i].value!))));
        }
      }
    }
  });

  it('reads the latest values of every piece of equipment of an organization in one statement', async () => {
    const { rows } = await sql<{ organization_id: string; ids: string[] }>`
      select organization_id, array_agg(distinct equipment_id) as ids from readings.series where equipment_id is not null group by 1 order by count(*) desc limit 1`.execute(t.db);
    const { result, count } = await countStatements(t, () => latestByOwners(t.db, rows[0].organization_id, 'equipment', rows[0].ids, ['active_power_kw', 'energy_kwh']));
    expect(count).toBe(1);
    expect(result.length).toBeGreaterThan(0);
  });
});
