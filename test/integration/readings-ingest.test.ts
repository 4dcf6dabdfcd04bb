// ingestReadings: per-point rejections, idempotency, all-or-nothing transactions, rollups of the
// touched buckets, series creation for new metrics, and alert rules evaluated on ingest.
import { sql } from 'kysely';
import type { AlertSeverity } from '../../database/tables/readings.table.js';
import { ingestReadings, MAX_INGEST_BATCH } from '../../subgraphs/readings/ingest.js';
import { insertAlertRule, listAlerts } from '../../subgraphs/readings/repositories/alert-repository.js';
import { thresholdReadings } from '../../subgraphs/readings/repositories/anomaly-repository.js';
import { insertMetric } from '../../subgraphs/readings/repositories/metric-repository.js';
import { loadSeries, normalizeSeriesArgs, seriesKey } from '../../subgraphs/readings/series.js';
import { createPlant, ORG, siteId } from '../support/readings-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const limits = { maxPoints: 20000, maxRawRangeHours: 48 };
const minute = (base: string, i: number) => new Date(Date.parse(base) + i * 60e3).toISOString();

async function counts(t: TestDatabase) {
  const { rows } = await sql<{ points: number; series: number; r15: number; r1h: number; r1d: number; alerts: number }>`
    select (select count(*) from readings.points)::int as points, (select count(*) from readings.series)::int as series,
           (select count(*) from readings.rollup_15m)::int as r15, (select count(*) from readings.rollup_1h)::int as r1h,
           (select count(*) from readings.rollup_1d)::int as r1d, (select count(*) from readings.alerts)::int as alerts`.execute(t.db);
  return rows[0];
}

describe('ingestReadings', () => {
  let t: TestDatabase;
  let eq: { id: string; code: string; siteId: string; zone: string }[];
  beforeAll(async () => {
    t = await createTestDatabase();
    ({ equipment: eq } = await createPlant(t, { sites: [{ zone: 'Asia/Kolkata' }], equipmentPerSite: 2, metrics: [
      { name: 'active_power_kw', unit: 'kW', kind: 'gauge' },
      { name: 'energy_kwh', unit: 'kWh', kind: 'counter' },
      { name: 'outdoor_temp_c', unit: '°C', kind: 'gauge' },
    ] }));
  });
  afterAll(() => t?.destroy());

  /** An enabled rule on one equipment's active power: above `threshold` for `durationSeconds`. */
  async function powerRule(r: { name: string; equipmentId: string; threshold: number; durationSeconds: number; severity: AlertSeverity }) {
    const { rows } = await sql<{ id: number }>`select id from readings.metrics where name = 'active_power_kw'`.execute(t.db);
    await insertAlertRule(t.db, ORG, { ...r, metricId: rows[0].id, equipmentTypeId: null, operator: '>', enabled: true });
  }

  const batch = () =>
    Array.from({ length: 120 }, (_, i) => ({
      equipmentId: eq[i % 2].id,
      metric: 'active_power_kw',
      time: minute('2024-06-15T00:00:00Z', Math.floor(i / 2)),
      value: 50 + (i % 7),
    }));

  it('stores a batch, creates the series, refreshes rollups and is idempotent', async () => {
    const first = await ingestReadings(t.db, ORG, batch());
    expect(first).toMatchObject({ accepted: 120, duplicates: 0, rejected: [], seriesCreated: 2 });
    const after = await counts(t);
    expect(after).toMatchObject({ points: 120, series: 2, r15: 8, r1h: 2, r1d: 2 });
    const again = await ingestReadings(t.db, ORG, batch());
    expect(again).toMatchObject({ accepted: 0, duplicates: 120, rejected: [], seriesCreated: 0 });
    expect(await counts(t)).toEqual(after);
    // Rollups answer for the new points.
    const s = await loadSeries(t.db, ORG, 'equipment', [{ ownerId: eq[0].id, metric: 'active_power_kw' }], normalizeSeriesArgs({ from: '2024-06-15T00:00:00Z', to: '2024-06-15T01:00:00Z', interval: '1 hour', aggregation: 'count' }), limits);
    expect(s.get(seriesKey({ ownerId: eq[0].id, metric: 'active_power_kw' }))!.points).toEqual([{ time: new Date('2024-06-15T00:00:00Z'), value: 60 }]);
  });

  it('rejects just the bad points, each with its reason', async () => {
    const before = await counts(t);
    const now = new Date('2024-06-16T12:00:00Z');
    const points = [
      { equipmentCode: eq[0].code.toUpperCase(), metric: 'active_power_kw', time: '2024-06-16T00:00:00Z', value: 1 },
      { equipmentId: '00000000-0000-4000-8000-00000000dead', metric: 'active_power_kw', time: '2024-06-16T00:00:00Z', value: 1 },
      { equipmentId: eq[0].id, metric: 'no_such_metric', time: '2024-06-16T00:00:00Z', value: 1 },
      { equipmentId: eq[0].id, metric: 'active_power_kw', time: '2024-06-16T00:01:00Z', value: 'NaN' },
      { equipmentId: eq[0].id, metric: 'active_power_kw', time: '2024-06-16T00:02:00Z', value: 'Infinity' },
      { equipmentId: eq[0].id, metric: 'active_power_kw', time: '2024-06-16T12:10:00Z', value: 1 },
      { equipmentId: eq[0].id, metric: 'active_power_kw', time: 'yesterday', value: 1 },
      { equipmentId: eq[0].id, metric: 'active_power_kw', time: '2024-06-16T00:03:00Z', value: '12.5' },
      { equipmentId: eq[0].id, metric: 'active_power_kw', time: '2024-06-16T00:04:00Z', value: { v: 1 } },
      { metric: 'active_power_kw', time: '2024-06-16T00:05:00Z', value: 1 },
      { equipmentId: 'chiller-1', metric: 'active_power_kw', time: '2024-06-16T00:06:00Z', value: 1 },
      { siteId: siteId(1), metric: 'outdoor_temp_c', time: '2024-06-16T00:00:00+05:30', value: 31.5, source: 'backfill' as const },
    ];
    const r = await ingestReadings(t.db, ORG, points, now);
    expect(r.accepted).toBe(2);
    expect(r.seriesCreated).toBe(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const reason = (i: number) => r.rejected.find((x) => x.index === i)!.reason;
    expect(reason(1)).toMatch(/No equipment with id/);
    expect(reason(2)).toMatch(/Unknown metric 'no_such_metric'/);
    expect(reason(3)).toMatch(/value 'NaN' is not a finite number/);
    expect(reason(4)).toMatch(/'Infinity' is not a finite number/);
    expect(reason(5)).toMatch(/more than 5 minutes in the future/);
    expect(reason(6)).toMatch(/not an ISO 8601/);
    expect(reason(7)).toMatch(/'12.5' is not a finite number/);
    expect(reason(8)).toMatch(/not a finite number/);
    expect(reason(9)).toMatch(/exactly one of equipmentId, equipmentCode or siteId/);
    expect(reason(10)).toMatch(/not a valid id/);
    const after = await counts(t);
    expect(after.points).toBe(before.points + 2);
    const { rows } = await sql<{ source: number }>`select p.source from readings.points p join readings.series s on s.id = p.series_id where s.site_id is not null`.execute(t.db);
    expect(rows).toEqual([{ source: 1 }]);
  });

  it('writes nothing when the batch fails midway', async () => {
    await sql`create function readings.fail_on_666() returns trigger language plpgsql as $$
      begin if new.value = 666 then raise exception 'simulated failure'; end if; return new; end $$`.execute(t.db);
    await sql`create trigger fail_on_666 before insert on readings.points for each row execute function readings.fail_on_666()`.execute(t.db);
    try {
      const before = await counts(t);
      const points = [
        { equipmentId: eq[0].id, metric: 'energy_kwh', time: '2024-06-17T00:00:00Z', value: 1 },
        { equipmentId: eq[1].id, metric: 'energy_kwh', time: '2024-06-17T00:00:00Z', value: 666 },
        { equipmentId: eq[1].id, metric: 'energy_kwh', time: '2024-06-17T00:01:00Z', value: 2 },
      ];
      await expect(ingestReadings(t.db, ORG, points)).rejects.toThrow(/simulated failure/);
      expect(await counts(t)).toEqual(before);
    } finally {
      await sql`drop trigger fail_on_666 on readings.points`.execute(t.db);
    }
  });

  it('lets concurrent ingests into the same buckets all succeed, with rollups matching the points', async () => {
    const batches = [0, 1, 2, 3].map((k) =>
      Array.from({ length: 90 }, (_, i) => ({ equipmentId: eq[1].id, metric: 'active_power_kw', time: minute('2024-06-21T00:00:00Z', i * 4 + k), value: k * 1000 + i })),
    );
    const results = await Promise.all(batches.map((b) => ingestReadings(t.db, ORG, b)));
    expect(results.map((r) => r.accepted)).toEqual([90, 90, 90, 90]);
    const { rows } = await sql<{ points: number; rolled: number }>`
      select (select count(*) from readings.points p join readings.series s on s.id = p.series_id
              where s.equipment_id = ${eq[1].id} and p.time >= '2024-06-21' and p.time < '2024-06-22')::int as points,
             (select sum(value_count) from readings.rollup_15m r join readings.series s on s.id = r.series_id
              where s.equipment_id = ${eq[1].id} and r.bucket >= '2024-06-21' and r.bucket < '2024-06-22')::int as rolled`.execute(t.db);
    expect(rows[0]).toEqual({ points: 360, rolled: 360 });
  });

  it(`refuses batches over ${MAX_INGEST_BATCH} points`, async () => {
    const points = Array.from({ length: MAX_INGEST_BATCH + 1 }, (_, i) => ({ equipmentId: eq[0].id, metric: 'active_power_kw', time: minute('2024-01-01T00:00:00Z', i), value: 1 }));
    await expect(ingestReadings(t.db, ORG, points)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringMatching(/at most 10000 points/) });
  });

  it('accepts readings of a metric created at run time, with no code change', async () => {
    await insertMetric(t.db, { name: 'steam_flow_kg_h', unit: 'kg/h', description: 'Steam flow', kind: 'gauge' });
    const r = await ingestReadings(t.db, ORG, [{ equipmentId: eq[1].id, metric: 'steam_flow_kg_h', time: '2024-06-18T00:00:00Z', value: 812 }]);
    expect(r).toMatchObject({ accepted: 1, seriesCreated: 1 });
  });

  it('keeps millisecond times exactly: the scan and the raw series give back what was written, and rules see the batch’s last point', async () => {
    // Times travel as epoch milliseconds both ways; a float off by a hair would truncate to the
    // millisecond before, and the alert window (up to the batch's last time) would miss its point.
    await powerRule({ name: 'Spike', equipmentId: eq[1].id, threshold: 1000, durationSeconds: 0, severity: 'info' });
    const times = ['2024-07-01T00:00:00.001Z', '2024-07-01T00:00:00.123Z', '2024-07-01T00:14:59.999Z', '2024-07-01T00:15:00.500Z', '2024-07-01T23:59:59.999Z'];
    const values = [10, 20, 30, 40, 5000];
    const r = await ingestReadings(t.db, ORG, times.map((time, i) => ({ equipmentId: eq[1].id, metric: 'active_power_kw', time, value: values[i] })));
    expect(r).toMatchObject({ accepted: 5, alertsRaised: 1 });
    const found = await thresholdReadings(t.db, 'equipment', ORG, [{ ownerId: eq[1].id, metric: 'active_power_kw' }], '>', 0, new Date('2024-07-01T00:00:00Z'), new Date('2024-07-02T00:00:00Z'), 100);
    expect(found.map((p) => [p.time.toISOString(), p.value])).toEqual(times.map((time, i) => [time, values[i]]));
    const key = { ownerId: eq[1].id, metric: 'active_power_kw' };
    const raw = await loadSeries(t.db, ORG, 'equipment', [key], normalizeSeriesArgs({ from: '2024-07-01T00:00:00Z', to: '2024-07-02T00:00:00Z' }), limits);
    expect(raw.get(seriesKey(key))!.points.map((p) => [p.time.toISOString(), p.value])).toEqual(times.map((time, i) => [time, values[i]]));
    const alerts = await listAlerts(t.db, ORG, { equipmentIds: [eq[1].id] }, 10);
    expect(alerts.map((a) => a.raised_at.toISOString())).toEqual(['2024-07-01T23:59:59.999Z']);
  });

  it('raises an alert when a rule’s condition holds for its duration, once, and clears it', async () => {
    await powerRule({ name: 'Overload', equipmentId: eq[0].id, threshold: 90, durationSeconds: 120, severity: 'high' });
    const values = [80, 95, 96, 97, 98, 85, 99];
    const points = values.map((value, i) => ({ equipmentId: eq[0].id, metric: 'active_power_kw', time: minute('2024-06-20T00:00:00Z', i), value }));
    const r = await ingestReadings(t.db, ORG, points);
    expect(r.alertsRaised).toBe(1);
    const again = await ingestReadings(t.db, ORG, points);
    expect(again.alertsRaised).toBe(0);
    const alerts = await listAlerts(t.db, ORG, { equipmentIds: [eq[0].id] }, 10);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ severity: 'high', value: 97, metric: 'active_power_kw' });
    expect(alerts[0].raised_at.toISOString()).toBe('2024-06-20T00:01:00.000Z');
    expect(alerts[0].cleared_at?.toISOString()).toBe('2024-06-20T00:05:00.000Z');
    expect(alerts[0].message).toMatch(/Overload: active_power_kw > 90 kW for 120 s/);
  });
});
