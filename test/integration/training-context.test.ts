// Dataset statistics against direct SQL counts, and the RAG texts checked against the database
// values they state, within their maxChars budgets.
import { sql } from 'kysely';
import { datasetStatistics } from '../../subgraphs/training/repositories/statistics-repository.js';
import { equipmentSummaries, metricWindows, recordedAnomalies, windowOutliers } from '../../subgraphs/training/repositories/context-repository.js';
import { alertsText, anomalyText, comparisonText, fitLines, summaryText, trendText } from '../../subgraphs/training/rag.js';
import { createTrainingPlant, ORG, type TrainingPlant } from '../support/training-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const BUDGETS = [40, 80, 150, 300, 600, 5000];

describe('training: statistics and RAG context', () => {
  let t: TestDatabase;
  let plant: TrainingPlant;

  beforeAll(async () => {
    t = await createTestDatabase();
    plant = await createTrainingPlant(t);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('computes dataset statistics equal to direct SQL counts', async () => {
    const s = await datasetStatistics(t.db, ORG);
    const { rows } = await sql<any>`
      select (select count(distinct equipment_id)::int from readings.series where equipment_id is not null) as equipment,
             (select count(distinct e.type_id)::int from assets.equipment e where exists (select 1 from readings.series s where s.equipment_id = e.id)) as types,
             (select count(*)::int from readings.series) as series,
             (select count(*)::int from readings.points) as points,
             (select max(n)::int from (select count(*) as n from readings.points group by series_id) x) as max_points,
             (select avg(n)::float8 from (select max(c) as n from (select s.equipment_id, count(*) as c from readings.points p join readings.series s on s.id = p.series_id
                                          where s.equipment_id is not null group by s.id, s.equipment_id) y group by equipment_id) z) as per_equipment,
             (select min(time) from readings.points) as first, (select max(time) from readings.points) as last`.execute(t.db);
    const d = rows[0];
    expect(s).toMatchObject({
      total_equipment: d.equipment,
      equipment_types: d.types,
      total_series: d.series,
      total_points: d.points,
      max_points_per_series: d.max_points,
      typical_interval_seconds: 60,
    });
    expect(s.timepoints_per_equipment).toBeCloseTo(d.per_equipment, 9);
    expect(new Date(s.first_time!).toISOString()).toBe(new Date(d.first).toISOString());
    expect(new Date(s.last_time!).toISOString()).toBe(new Date(d.last).toISOString());
    expect(s.type_breakdown).toEqual([{ type: 'chiller', count: 4 }, { type: 'pump', count: 3 }, { type: 'ahu', count: 2 }]);
    expect(s.database_size_bytes).toBeGreaterThan(0);
  });

  it('states the latest reading of every metric with its unit, as the database holds it', async () => {
    const e = plant.byCode.get('chiller_001')!;
    const [row] = await equipmentSummaries(t.db, ORG, [e.id]);
    const text = summaryText(row, 5000);
    expect(text).toMatch(/^Equipment: chiller_001\nName: Chiller 1\nLocation: chiller room, Plant B\nType: chiller\nStatus: running\n\nLatest reading \(2024-06-15 17:29:00\+05:30\):\n/);
    const { rows } = await sql<{ metric: string; unit: string; value: number }>`
      select s.metric, s.unit, p.value from readings.pub_series s
      cross join lateral (select value from readings.pub_points where series_id = s.id order by time desc limit 1) p
      where s.equipment_id = ${e.id}`.execute(t.db);
    for (const r of rows) expect(text).toContain(`  ${r.metric}: ${r.value.toFixed(2)}${r.unit ? ` ${r.unit}` : ''}\n`.trimEnd());
    for (const max of BUDGETS) {
      const short = summaryText(row, max);
      expect(short.length).toBeLessThanOrEqual(max);
      expect(short.startsWith('Equipment: chiller_001')).toBe(true);
    }
    // Least important lines go first: the power reading outlives the power factor.
    const mid = summaryText(row, 230);
    expect(mid).toContain('active_power_kw');
    expect(mid).not.toContain('voltage_v');
  });

  it('states trend statistics that match the raw readings of the window', async () => {
    const e = plant.byCode.get('pump_002')!;
    const [w] = await metricWindows(t.db, ORG, [e.id], 'active_power_kw', 6, 60);
    const text = trendText(w, e.code, 'active_power_kw', 6, 60, 5000);
    const { rows } = await sql<{ avg: number; min: number; max: number; n: number }>`
      select avg(p.value) as avg, min(p.value) as min, max(p.value) as max, count(*)::int as n
      from readings.pub_series s join readings.pub_points p on p.series_id = s.id
      where s.equipment_id = ${e.id} and s.metric = 'active_power_kw' and p.time >= '2024-06-15T06:00:00Z' and p.time < '2024-06-15T12:00:00Z'`.execute(t.db);
    const r = rows[0];
    expect(text).toContain(`Average ${r.avg.toFixed(2)} kW; minimum ${r.min.toFixed(2)} kW; maximum ${r.max.toFixed(2)} kW;`);
    expect(text).toContain(`; ${r.n} readings.`);
    expect(text).toContain('2024-06-15 11:30:00+05:30 to 2024-06-15 17:30:00+05:30');
    expect(text.split('\n').filter((l) => /^  2024-06-15 \d\d:\d\d:00\+05:30 [\d.]+ kW$/.test(l))).toHaveLength(6);
    for (const max of BUDGETS) expect(trendText(w, e.code, 'active_power_kw', 6, 60, max).length).toBeLessThanOrEqual(max);
    // Short budgets drop the oldest buckets before the statistics.
    const short = trendText(w, e.code, 'active_power_kw', 6, 60, 420);
    expect(short).toContain('Average');
    expect(short).not.toContain('\n  2024-06-15 11:30:00+05:30 ');
    expect(short).toContain('\n  2024-06-15 16:30:00+05:30 ');
  });

  it('lists readings beyond k·σ of the window and the recorded anomalies', async () => {
    const e = plant.byCode.get('chiller_001')!;
    const [w] = await metricWindows(t.db, ORG, [e.id], 'active_power_kw', 12, 60);
    const span = { equipmentId: e.id, from: new Date(w.from), to: new Date(w.to), mean: w.mean!, stddev: w.stddev! };
    const outliers = await windowOutliers(t.db, ORG, [span], 'active_power_kw', 2, 50);
    const recorded = await recordedAnomalies(t.db, ORG, [span], 'active_power_kw');
    const text = anomalyText(w, e.code, 'active_power_kw', 12, 2, outliers, null, recorded, 5000);
    const { rows } = await sql<{ mean: number; sd: number }>`
      select avg(p.value) as mean, stddev_samp(p.value) as sd from readings.pub_series s join readings.pub_points p on p.series_id = s.id
      where s.equipment_id = ${e.id} and s.metric = 'active_power_kw'`.execute(t.db);
    expect(text).toContain(`Baseline: mean ${rows[0].mean.toFixed(2)} kW, standard deviation ${rows[0].sd.toFixed(2)} kW; threshold 2.00 σ`);
    expect(text).toContain('Recorded injected spike anomaly from 2024-06-15 08:40:00+05:30 to 2024-06-15 08:42:00+05:30');
    const listed = [...text.matchAll(/^  2024-06-15 (\S+) ([\d.]+) kW \(z = (-?[\d.]+)\)$/gm)];
    expect(listed.length).toBeGreaterThanOrEqual(3);
    for (const [, , value] of listed) expect(Math.abs(Number(value) - rows[0].mean)).toBeGreaterThan(2 * rows[0].sd - 0.01);
    expect(listed.slice(0, 3).map((m) => m[1])).toEqual(expect.arrayContaining(['08:40:00+05:30', '08:41:00+05:30', '08:42:00+05:30']));
    for (const max of BUDGETS) expect(anomalyText(w, e.code, 'active_power_kw', 12, 2, outliers, null, recorded, max).length).toBeLessThanOrEqual(max);
  });

  it('compares equipment by averages that match the raw readings', async () => {
    const ids = ['chiller_001', 'chiller_002', 'chiller_003'].map((c) => plant.byCode.get(c)!.id);
    const rows = await metricWindows(t.db, ORG, ids, 'active_power_kw', 4, 60, true);
    const text = comparisonText(rows, [], 'active_power_kw', 4, 5000);
    const { rows: direct } = await sql<{ code: string; avg: number; min: number; max: number }>`
      select e.code, avg(p.value) as avg, min(p.value) as min, max(p.value) as max
      from assets.equipment e join readings.pub_series s on s.equipment_id = e.id and s.metric = 'active_power_kw'
      join readings.pub_points p on p.series_id = s.id
      where e.id = any(${ids}::uuid[]) and p.time >= '2024-06-15T08:00:00Z' and p.time < '2024-06-15T12:00:00Z'
      group by e.code order by avg desc`.execute(t.db);
    for (const d of direct) expect(text).toContain(`${d.code} (`);
    for (const d of direct) expect(text).toContain(`average ${d.avg.toFixed(2)} kW, minimum ${d.min.toFixed(2)} kW, maximum ${d.max.toFixed(2)} kW`);
    expect(text).toContain(`Highest average: ${direct[0].code} ${direct[0].avg.toFixed(2)} kW; lowest: ${direct[2].code} ${direct[2].avg.toFixed(2)} kW`);
    for (const max of BUDGETS) expect(comparisonText(rows, [], 'active_power_kw', 4, max).length).toBeLessThanOrEqual(max);
  });

  it('renders alerts most severe first within the window and the budget', () => {
    const alerts = [
      { severity: 'WARNING', message: 'Power above 200 kW', raisedAt: '2024-06-15T10:00:00Z', value: 201.5, metric: { name: 'active_power_kw', unit: 'kW' } },
      { severity: 'CRITICAL', message: 'Chilled water too warm', raisedAt: '2024-06-15T09:00:00Z', clearedAt: '2024-06-15T09:30:00Z', value: 12.25, metric: { name: 'chw_supply_temp_c', unit: '°C' } },
      { severity: 'HIGH', message: 'Old alert', raisedAt: '2024-06-13T09:00:00Z' },
    ];
    const text = alertsText('chiller_001', 'Asia/Kolkata', new Date('2024-06-15T11:59:00Z'), alerts, 24, 'INFO', 5000);
    expect(text.split('\n')).toEqual([
      'Alerts of chiller_001 (info or worse) over the last 24 hours of data, 2024-06-14 17:29:00+05:30 to 2024-06-15 17:29:00+05:30: 2.',
      '  [CRITICAL] 2024-06-15 14:30:00+05:30 Chilled water too warm (chw_supply_temp_c 12.25 °C), cleared 2024-06-15 15:00:00+05:30.',
      '  [WARNING] 2024-06-15 15:30:00+05:30 Power above 200 kW (active_power_kw 201.50 kW), still active.',
    ]);
    expect(alertsText('chiller_001', 'Asia/Kolkata', new Date('2024-06-15T11:59:00Z'), alerts, 24, 'HIGH', 5000)).toContain(': 1.');
    expect(alertsText('chiller_001', 'Asia/Kolkata', new Date('2024-06-15T11:59:00Z'), alerts, 24, 'INFO', 160)).not.toContain('[WARNING]');
  });

  it('fits lines by dropping the least important first', () => {
    const lines = [
      { text: 'head', importance: 100 },
      { text: 'low one', importance: 1 },
      { text: 'middle', importance: 50 },
      { text: 'low two', importance: 1 },
    ];
    expect(fitLines(lines, 100)).toBe('head\nlow one\nmiddle\nlow two');
    expect(fitLines(lines, 19)).toBe('head\nlow one\nmiddle');
    expect(fitLines(lines, 11)).toBe('head\nmiddle');
    expect(fitLines([{ text: 'x'.repeat(50), importance: 1 }], 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
