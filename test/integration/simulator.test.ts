import { sql } from 'kysely';
import { COMMAND_CENTER_COUNTS } from '../../database/simulator/command-center.js';
import { ENMS_MACHINES } from '../../database/simulator/enms-machines.js';
import { ENERGY_TRUTH, expectedDailyConsumption } from '../../database/simulator/energy-truth.js';
import { DEMO_ORG, NORTHWIND_ORG } from '../../database/simulator/organizations.js';
import { isSeeded, seedInfo, seedPlant, type SeedReport } from '../../database/simulator/seed-plant.js';
import type { SeedOptions } from '../../database/simulator/seed-options.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Small on purpose: a few hours of 1-minute data for a slice of the command center and eight
// days of EnMS history straddling the 2025 efficiency change.
const OPTIONS: SeedOptions = {
  seed: 7,
  end: '2025-01-08T09:00:00Z',
  hours: 3,
  equipment: ['chiller*', 'trf_001', 'lt_pcc_001', 'ahu_00*', 'motor_00*', 'pump_001', 'Compressor-1', 'HVAC-Main', 'HVAC-EU-North', 'Injection-Molding-1'],
  enms: { from: '2024-12-28', to: '2025-01-05' },
};
const END = Date.parse('2025-01-08T09:00:00Z');
const WINDOW_START = END - 3 * 3600_000;

describe('plant simulator seeding', () => {
  let t: TestDatabase;
  let report: SeedReport;
  beforeAll(async () => {
    t = await createTestDatabase();
    report = await seedPlant(t, OPTIONS);
  });
  afterAll(() => t.destroy());

  const q = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(t.db)).rows;

  it('reports what it loaded and records it as the seed setting', async () => {
    expect(report.skipped).toBe(false);
    expect(report.points).toBeGreaterThan(10_000);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from readings.points`.execute(t.db);
    expect(rows[0].n).toBe(report.points);
    const info = await seedInfo(t.db);
    expect(info).toMatchObject({ scale: 'demo', seed: 7, end: '2025-01-08T09:00:00.000Z', checksum: report.checksum, points: report.points, windowHours: 3 });
    expect(await isSeeded(t.db)).toBe(true);
  });

  it('creates the 357 command-center equipment with the seed’s per-type counts, whatever the filter', async () => {
    const rows = await q(sql<{ type_id: string; n: number }>`
      select e.type_id, count(*)::int as n from assets.equipment e join assets.sites s on s.id = e.site_id
      where e.organization_id = ${DEMO_ORG.id} and (s.code = 'command-center' or s.parent_id is not null)
      group by 1`);
    expect(Object.fromEntries(rows.map((r) => [r.type_id, r.n]))).toEqual(COMMAND_CENTER_COUNTS);
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(357);
    const chillers = await q(sql<{ code: string; name: string; location: string }>`
      select code, name, location from assets.equipment where organization_id = ${DEMO_ORG.id} and code like 'chiller%' order by code`);
    expect(chillers.map((c) => c.code)).toEqual(['chiller_001', 'chiller_002', 'chiller_003', 'chiller_004', 'chiller_005', 'chiller_006']);
    expect(chillers[0]).toEqual({ code: 'chiller_001', name: 'Chiller 1', location: 'Chiller Room' });
  });

  it('creates the EnMS machines with their exact ids, names, intervals and topics, in their factories', async () => {
    const rows = await q(sql<{ id: string; name: string; data_interval_seconds: number; mqtt_topic: string; site: string; time_zone: string }>`
      select e.id, e.name, e.data_interval_seconds, e.mqtt_topic, s.name as site, s.time_zone
      from assets.equipment e join assets.sites s on s.id = e.site_id where e.id::text like 'c0000000-%' order by e.id`);
    expect(rows.map((r) => [r.id, r.name, r.data_interval_seconds, r.mqtt_topic])).toEqual(
      ENMS_MACHINES.map((m) => [m.id, m.code, m.dataIntervalSeconds, m.mqttTopic]),
    );
    expect(rows.map((r) => [r.name, r.data_interval_seconds])).toEqual([
      ['Compressor-1', 1], ['HVAC-Main', 10], ['Conveyor-A', 10], ['Hydraulic-Pump-1', 30], ['Injection-Molding-1', 30], ['Compressor-EU-1', 1], ['HVAC-EU-North', 10],
    ]);
    expect(rows.slice(0, 5).every((r) => r.site === 'Demo Manufacturing Plant' && r.time_zone === 'America/Los_Angeles')).toBe(true);
    expect(rows.slice(5).every((r) => r.site === 'European Production Facility' && r.time_zone === 'Europe/Berlin')).toBe(true);
  });

  it('creates both tenants, and Northwind’s chiller_001 is a different equipment', async () => {
    const orgs = await q(sql<{ id: string; slug: string; name: string }>`select id, slug, name from platform.organizations order by id`);
    expect(orgs).toEqual([
      { id: DEMO_ORG.id, slug: 'demo', name: 'Demo Industries' },
      { id: NORTHWIND_ORG.id, slug: 'northwind', name: 'Northwind Foods' },
    ]);
    const both = await q(sql<{ organization_id: string; id: string }>`select organization_id, id from assets.equipment where code = 'chiller_001'`);
    expect(both).toHaveLength(2);
    expect(both[0].id).not.toBe(both[1].id);
    const climates = await q(sql<{ code: string; climate: string; time_zone: string }>`
      select code, climate, time_zone from assets.sites where parent_id is null order by code`);
    expect(climates).toEqual([
      { code: 'command-center', climate: 'tropical-hot-humid', time_zone: 'Asia/Kolkata' },
      { code: 'demo-manufacturing-plant', climate: 'mediterranean-mild', time_zone: 'America/Los_Angeles' },
      { code: 'european-production-facility', climate: 'temperate-continental', time_zone: 'Europe/Berlin' },
      { code: 'riverside', climate: 'temperate-maritime', time_zone: 'Europe/London' },
    ]);
  });

  it('creates the four energy sources of the EnMS seed, and SEUs for every metered source', async () => {
    const sources = await q(sql<{ id: string; name: string; unit: string; cost_per_unit: number; carbon_intensity: number; consumption_metric: string; unit_spoken: string }>`
      select id, name, unit, cost_per_unit, carbon_intensity, consumption_metric, unit_spoken from energy.energy_sources order by id`);
    expect(sources).toEqual([
      { id: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa', name: 'electricity', unit: 'kWh', cost_per_unit: 0.12, carbon_intensity: 0.45, consumption_metric: 'energy_kwh', unit_spoken: 'kilowatt hours' },
      { id: 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb', name: 'natural_gas', unit: 'm³', cost_per_unit: 0.5, carbon_intensity: 2.02, consumption_metric: 'natural_gas_m3', unit_spoken: 'cubic meters' },
      { id: 'cccccccc-cccc-cccc-cccc-cccccccccccc', name: 'steam', unit: 'kg', cost_per_unit: 0.08, carbon_intensity: 0.15, consumption_metric: 'steam_kg', unit_spoken: 'kilograms' },
      { id: 'dddddddd-dddd-dddd-dddd-dddddddddddd', name: 'compressed_air', unit: 'Nm³', cost_per_unit: 0.03, carbon_intensity: 0.12, consumption_metric: 'compressed_air_nm3', unit_spoken: 'normal cubic meters' },
    ]);
    const seus = await q(sql<{ name: string; source: string; equipment_id: string }>`
      select u.name, s.name as source, se.equipment_id from energy.seus u join energy.energy_sources s on s.id = u.energy_source_id
      join energy.seu_equipment se on se.seu_id = u.id order by s.name, u.name`);
    expect(seus.filter((u) => u.source === 'electricity').map((u) => u.name)).toEqual(
      ['Compressor-1', 'Compressor-EU-1', 'Conveyor-A', 'HVAC-EU-North', 'HVAC-Main', 'Hydraulic-Pump-1', 'Injection-Molding-1'],
    );
    expect(seus.filter((u) => u.source !== 'electricity').map((u) => `${u.source}/${u.name}`)).toEqual(
      ['compressed_air/Compressor-1', 'natural_gas/HVAC-EU-North', 'natural_gas/HVAC-Main', 'steam/Injection-Molding-1'],
    );
    const vars = await q(sql<{ name: string; kind: string; base_temperature: number | null }>`select name, kind, base_temperature from energy.relevant_variables order by name`);
    expect(vars.map((v) => v.name)).toEqual(['cooling_degree_days', 'heating_degree_days', 'operating_hours', 'outdoor_temp_c', 'production_count', 'working_day']);
    expect(vars.find((v) => v.name === 'heating_degree_days')).toMatchObject({ kind: 'hdd', base_temperature: 18 });
    const tariffs = await q(sql<{ n: number }>`select count(*)::int as n from energy.tariffs where jsonb_array_length(periods) > 0 and site_id is not null`);
    expect(tariffs[0].n).toBe(2);
    const carbon = await q(sql<{ n: number }>`select count(*)::int as n from energy.carbon_factors`);
    expect(carbon[0].n).toBe(4);
  });

  it('wires every command-center motor up to a transformer through feeds relations', async () => {
    const rows = await q(sql<{ code: string; root: string | null }>`
      with recursive up(motor, node) as (
        select e.id, e.id from assets.equipment e where e.organization_id = ${DEMO_ORG.id} and e.type_id = 'motor' and e.code like 'motor\_%'
        union
        select up.motor, r.from_id from up join assets.equipment_relations r on r.to_id = up.node and r.kind = 'feeds'
      )
      select m.code, (select t.code from up join assets.equipment t on t.id = up.node where up.motor = m.id and t.type_id = 'trf' limit 1) as root
      from assets.equipment m where m.organization_id = ${DEMO_ORG.id} and m.type_id = 'motor' and m.code like 'motor\_%' order by m.code`);
    expect(rows).toHaveLength(15);
    for (const r of rows) expect(r.root).toMatch(/^trf_0\d\d$/);
  });

  it('loads 1-minute data for exactly the selected equipment, in the window', async () => {
    const rows = await q(sql<{ code: string; n: number; first: Date; last: Date }>`
      select e.code, count(*)::int as n, min(p.time) as first, max(p.time) as last
      from readings.points p join readings.series s on s.id = p.series_id join assets.equipment e on e.id = s.equipment_id
      where e.organization_id = ${DEMO_ORG.id} and s.data_interval_seconds = 60 group by 1 order by 1`);
    const codes = rows.map((r) => r.code);
    expect(codes.filter((c) => c.startsWith('chiller'))).toHaveLength(6);
    expect(codes).toEqual(expect.arrayContaining(['trf_001', 'lt_pcc_001', 'ahu_001', 'ahu_009', 'motor_001', 'pump_001']));
    expect(codes).not.toContain('pump_002');
    expect(codes).not.toContain('ahu_010');
    for (const r of rows) {
      expect(new Date(r.first).getTime()).toBe(WINDOW_START);
      expect(new Date(r.last).getTime()).toBe(END - 60_000);
    }
    const chiller = rows.find((r) => r.code === 'chiller_001')!;
    expect(chiller.n).toBe(10 * 180);
  });

  it('builds rollups that equal raw aggregates', async () => {
    const check = async (relation: string, seriesKeySql: ReturnType<typeof sql>, from: Date | string, to: Date | string, bucket: string) => {
      const rows = await q(sql<{ raw_count: number; raw_sum: number; raw_min: number; raw_max: number; r_count: number; r_sum: number; r_min: number; r_max: number; r_sum_sq: number; raw_sum_sq: number }>`
        with s as (${seriesKeySql}),
        raw as (select count(*)::int as raw_count, sum(value) as raw_sum, min(value) as raw_min, max(value) as raw_max, sum(value * value) as raw_sum_sq
                from readings.points where series_id = (select id from s) and time >= ${from}::timestamptz and time < ${to}::timestamptz),
        roll as (select sum(value_count)::int as r_count, sum(value_sum) as r_sum, min(value_min) as r_min, max(value_max) as r_max, sum(value_sum_sq) as r_sum_sq
                 from ${sql.table(relation)} where series_id = (select id from s) and bucket >= ${from}::timestamptz and bucket < ${to}::timestamptz)
        select * from raw, roll`);
      const r = rows[0];
      expect(r.raw_count).toBeGreaterThan(0);
      expect(r.r_count).toBe(r.raw_count);
      expect(r.r_sum).toBeCloseTo(r.raw_sum, 6);
      expect(r.r_min).toBe(r.raw_min);
      expect(r.r_max).toBe(r.raw_max);
      expect(r.r_sum_sq / r.raw_sum_sq).toBeCloseTo(1, 9);
      return bucket;
    };
    const enms = sql`select s.id from readings.series s join readings.metrics m on m.id = s.metric_id where s.equipment_id = 'c0000000-0000-0000-0000-000000000002' and m.name = 'energy_kwh'`;
    // A local day in Los Angeles: 2024-12-31 00:00 PST to 2025-01-01 00:00 PST.
    await check('readings.rollup_1d', enms, '2024-12-31T08:00:00Z', '2025-01-01T08:00:00Z', 'day');
    await check('readings.rollup_1h', enms, '2024-12-31T08:00:00Z', '2025-01-01T08:00:00Z', 'hour');
    const chiller = sql`select s.id from readings.series s join readings.metrics m on m.id = s.metric_id join assets.equipment e on e.id = s.equipment_id
                        where e.organization_id = ${DEMO_ORG.id} and e.code = 'chiller_001' and m.name = 'active_power_kw'`;
    await check('readings.rollup_15m', chiller, new Date(WINDOW_START), new Date(END), '15m');
    await check('readings.rollup_1h', chiller, new Date(WINDOW_START), new Date(END), '1h');
    // The day in Kolkata containing the window.
    await check('readings.rollup_1d', chiller, '2025-01-07T18:30:00Z', '2025-01-08T18:30:00Z', 'day');
  });

  it('records injected anomalies inside the loaded window, one of each kind at least', async () => {
    const rows = await q(sql<{ kind: string; origin: string; starts_at: Date; ends_at: Date; magnitude: number; code: string }>`
      select a.kind, a.origin, a.starts_at, a.ends_at, a.magnitude, e.code
      from readings.anomalies a join readings.series s on s.id = a.series_id join assets.equipment e on e.id = s.equipment_id`);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['spike', 'drift', 'stuck']));
    for (const r of rows) {
      expect(r.origin).toBe('injected');
      expect(new Date(r.starts_at).getTime()).toBeGreaterThanOrEqual(WINDOW_START);
      expect(new Date(r.ends_at).getTime()).toBeLessThan(END);
      expect(r.magnitude).not.toBe(0);
    }
    const spikes = await q(sql<{ value: number; mean: number; sd: number }>`
      select p.value, b.mean, b.sd from readings.anomalies a
      join readings.points p on p.series_id = a.series_id and p.time = a.starts_at
      cross join lateral (select avg(value) as mean, coalesce(stddev_pop(value), 0) as sd from readings.points
                          where series_id = a.series_id and time >= a.starts_at - interval '30 minutes' and time < a.starts_at) b
      where a.kind = 'spike'`);
    expect(spikes.length).toBeGreaterThan(0);
    for (const s of spikes) expect(Math.abs(s.value - s.mean)).toBeGreaterThan(2 * s.sd);
  });

  it('sets current statuses that agree with the status history', async () => {
    const rows = await q(sql<{ code: string; status: string; status_since: Date; last_status: string; last_started: Date }>`
      select e.code, e.status, e.status_since, h.status as last_status, h.started_at as last_started
      from assets.equipment e
      cross join lateral (select status, started_at from assets.status_history where equipment_id = e.id order by started_at desc, id desc limit 1) h`);
    expect(rows).toHaveLength(357 + 7 + 5);
    for (const r of rows) {
      expect(r.last_status).toBe(r.status);
      expect(new Date(r.last_started).getTime()).toBe(new Date(r.status_since).getTime());
    }
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['running', 'idle', 'maintenance', 'fault']) expect(statuses).toContain(s);
    const alerts = await q(sql<{ severity: string; acknowledged: boolean }>`select severity, acknowledged_at is not null as acknowledged from readings.alerts`);
    expect(alerts.some((a) => a.severity === 'critical')).toBe(true);
  });

  it('reproduces the EnMS energy truth day by day from the stored points', async () => {
    const rows = await q(sql<{ machine: string; metric: string; day: string; total: number; production: number; mean_temp: number; hours: number; sources: number[] }>`
      with days as (
        select s.equipment_id, m.name as metric, (p.time at time zone s.time_zone)::date::text as day,
               sum(p.value) as total, count(*)::int as hours, array_agg(distinct p.source) as sources
        from readings.points p join readings.series s on s.id = p.series_id join readings.metrics m on m.id = s.metric_id
        where s.equipment_id::text like 'c0000000-%' group by 1, 2, 3
      ),
      temps as (
        select s.site_id, (p.time at time zone s.time_zone)::date::text as day, avg(p.value) as mean_temp
        from readings.points p join readings.series s on s.id = p.series_id join readings.metrics m on m.id = s.metric_id
        where m.name = 'outdoor_temp_c' and s.site_id is not null group by 1, 2
      )
      select e.code as machine, d.metric, d.day, d.total, pc.total as production, t.mean_temp, d.hours, d.sources
      from days d join assets.equipment e on e.id = d.equipment_id
      join days pc on pc.equipment_id = d.equipment_id and pc.day = d.day and pc.metric = 'production_count'
      join temps t on t.site_id = e.site_id and t.day = d.day
      where d.metric in ('energy_kwh', 'natural_gas_m3', 'steam_kg', 'compressed_air_nm3')`);
    // Four machines × their sources × eight days.
    const truths = ENERGY_TRUTH.filter((x) => ['Compressor-1', 'HVAC-Main', 'HVAC-EU-North', 'Injection-Molding-1'].includes(x.machineCode));
    expect(rows).toHaveLength(truths.length * 8);
    for (const r of rows) {
      const truth = truths.find((x) => x.machineCode === r.machine && x.metric === r.metric)!;
      const vars = {
        production_count: r.production,
        outdoor_temp_c: r.mean_temp,
        heating_degree_days: Math.max(0, 18 - r.mean_temp),
        cooling_degree_days: Math.max(0, r.mean_temp - 18),
      };
      const expected = expectedDailyConsumption(truth, r.day, vars);
      expect(Math.abs(r.total - expected)).toBeLessThanOrEqual(truth.noiseBound + 0.01);
      expect(r.hours).toBe(24);
      expect(r.sources).toEqual([1]);
    }
    // Days from 2025 were checked against the 0.95 efficiency factor.
    expect(rows.filter((r) => r.day >= '2025-01-01').length).toBe(truths.length * 4);
  });

  it('skips an existing seed, and reproduces the checksum when forced with the same options', async () => {
    const again = await seedPlant(t, OPTIONS);
    expect(again.skipped).toBe(true);
    expect(again.checksum).toBe(report.checksum);
    const forced = await seedPlant(t, { ...OPTIONS, force: true });
    expect(forced.skipped).toBe(false);
    expect(forced.checksum).toBe(report.checksum);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from readings.points`.execute(t.db);
    expect(rows[0].n).toBe(report.points);
    const other = await seedPlant(t, { ...OPTIONS, seed: 8, force: true });
    expect(other.checksum).not.toBe(report.checksum);
    expect((await seedInfo(t.db))!.seed).toBe(8);
  });
});

describe('plant simulator seeding in timescaledb mode', () => {
  let t: TestDatabase;
  const options: SeedOptions = { seed: 3, end: '2025-01-08T09:00:00Z', hours: 2, equipment: ['chiller_001', 'HVAC-Main'], enms: { from: '2024-12-30', to: '2025-01-02' } };
  beforeAll(async () => {
    t = await createTestDatabase({ timescale: true });
  });
  afterAll(() => t.destroy());

  const totals = async () =>
    (
      await sql<{ points: number; m15: number; h1: number; d1: number }>`
        select (select count(*)::int from readings.points) as points,
               (select sum(value_count)::int from readings.rollup_15m) as m15,
               (select sum(value_count)::int from readings.rollup_1h) as h1,
               (select sum(value_count)::int from readings.rollup_1d) as d1`.execute(t.db)
    ).rows[0];

  it('refreshes the continuous aggregates after the load, and again after a forced reload', async () => {
    const first = await seedPlant(t, options);
    expect(await totals()).toEqual({ points: first.points, m15: first.points, h1: first.points, d1: first.points });
    const again = await seedPlant(t, { ...options, force: true });
    expect(again.checksum).toBe(first.checksum);
    expect(await totals()).toEqual({ points: first.points, m15: first.points, h1: first.points, d1: first.points });
  });
});
