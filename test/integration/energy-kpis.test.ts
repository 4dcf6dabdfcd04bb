// KPIs on a small fixture whose every value is computed by hand below.
import { sql } from 'kysely';
import { refreshRollups } from '../../database/rollup-refresh.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { energyClient, ORG } from '../support/energy-fixtures.js';

let h: TestDatabase;
let api: Awaited<ReturnType<typeof energyClient>>;
const SITE = '5a000000-0000-4000-8000-000000000001';
const M1 = 'e1000000-0000-4000-8000-000000000001';
const M2 = 'e1000000-0000-4000-8000-000000000002';
const M3 = 'e1000000-0000-4000-8000-000000000003';
const ELECTRICITY = 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa';

// Monday 2024-01-08, UTC site. Quarter-hour energy (kWh) of M1 from 11:00 to 12:45:
const M1_ENERGY: [string, number][] = [
  ['11:00', 5], ['11:15', 5], ['11:30', 0.5], ['11:45', 0],
  ['12:00', 10], ['12:15', 10], ['12:30', 2], ['12:45', 0.2],
];
const M1_PRODUCTION: [string, number][] = [['11:00', 50], ['12:00', 100], ['12:15', 100]];

beforeAll(async () => {
  h = await createTestDatabase();
  await sql`insert into platform.organizations (id, slug, name) values (${ORG}, 'demo', 'Demo')`.execute(h.db);
  await sql`insert into assets.equipment_types (id, name, category) values ('compressor', 'Compressor', 'major_equipment')`.execute(h.db);
  await sql`insert into assets.sites (id, organization_id, kind, code, name, time_zone) values (${SITE}, ${ORG}, 'factory', 'kpi-plant', 'KPI plant', 'UTC')`.execute(h.db);
  // M3 is at another site so the site totals stay M1 + M2.
  await sql`insert into assets.sites (id, organization_id, kind, code, name, time_zone) values ('5a000000-0000-4000-8000-000000000002', ${ORG}, 'factory', 'hourly-plant', 'Hourly plant', 'UTC')`.execute(h.db);
  await sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name) values (${M3}, ${ORG}, '5a000000-0000-4000-8000-000000000002', 'compressor', 'M-3', 'M-3')`.execute(h.db);
  for (const [id, code] of [[M1, 'M-1'], [M2, 'M-2']]) {
    await sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name) values (${id}, ${ORG}, ${SITE}, 'compressor', ${code}, ${code})`.execute(h.db);
  }
  await sql`insert into readings.metrics (name, unit, kind) values ('energy_kwh', 'kWh', 'counter'), ('production_count', 'units', 'counter')`.execute(h.db);
  const series = async (eq: string, metric: string, interval = 900) =>
    (await sql<{ id: number }>`insert into readings.series (organization_id, equipment_id, metric_id, time_zone, data_interval_seconds)
      select ${ORG}, ${eq}, id, 'UTC', ${interval} from readings.metrics where name = ${metric} returning id`.execute(h.db)).rows[0].id;
  const e1 = await series(M1, 'energy_kwh');
  const p1 = await series(M1, 'production_count');
  const e2 = await series(M2, 'energy_kwh');
  const put = async (s: number, points: [string, number][]) => {
    for (const [hm, v] of points) await sql`insert into readings.points (series_id, time, value) values (${s}, ${`2024-01-08T${hm}:00Z`}, ${v})`.execute(h.db);
  };
  await put(e1, M1_ENERGY);
  await put(p1, M1_PRODUCTION);
  await put(e2, [['12:00', 4]]);
  const e3 = await series(M3, 'energy_kwh', 3600);
  await put(e3, [['11:00', 8], ['12:00', 20]]);
  await refreshRollups(h.db, [e1, p1, e2, e3], new Date('2024-01-08T00:00:00Z'), new Date('2024-01-09T00:00:00Z'));
  await sql`insert into energy.energy_sources (id, organization_id, name, display_name, unit, unit_spoken, cost_per_unit, carbon_intensity, consumption_metric)
    values (${ELECTRICITY}, ${ORG}, 'electricity', 'Electricity', 'kWh', 'kilowatt hours', 0.12, 0.45, 'energy_kwh')`.execute(h.db);
  await sql`insert into energy.tariffs (id, organization_id, energy_source_id, name, valid_from, default_price, periods)
    values ('71000000-0000-4000-8000-000000000001', ${ORG}, ${ELECTRICITY}, 'TOU', '2024-01-01', 0.10,
            ${JSON.stringify([{ name: 'peak', days: [1, 2, 3, 4, 5], fromHour: 12, toHour: 18, price: 0.2 }])}::jsonb)`.execute(h.db);
  await sql`insert into energy.carbon_factors (id, organization_id, energy_source_id, valid_from, kg_co2e_per_unit)
    values ('72000000-0000-4000-8000-000000000001', ${ORG}, ${ELECTRICITY}, '2024-01-01', 0.4)`.execute(h.db);
  api = await energyClient(h);
});
afterAll(async () => {
  await api?.stop();
  await h?.destroy();
});

const KPI_FIELDS = `consumption unit production specificEnergyConsumption peakDemand peakDemandAt demandUnit averageDemand loadFactor
  cost currency costByPeriod { name consumption price cost } carbonKg carbonPerUnitProducedKg
  operatingHours { running idle off offBelow runningFrom } energySource { name }`;
const FROM = '2024-01-08T11:00:00Z';
const TO = '2024-01-08T13:00:00Z';

it('computes a machine’s KPIs exactly as by hand', async () => {
  const { _entities } = await api.ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { kpis(from: "${FROM}", to: "${TO}") { ${KPI_FIELDS} } } } }`, {
    r: [{ __typename: 'Equipment', id: M1 }],
  });
  const k = _entities[0].kpis;
  // consumption = 5 + 5 + 0.5 + 0 + 10 + 10 + 2 + 0.2 = 32.7 kWh; production = 50 + 100 + 100 = 250 units
  expect(k.consumption).toBeCloseTo(32.7, 10);
  expect(k.production).toBe(250);
  // SEC = 32.7 / 250 = 0.1308 kWh per unit
  expect(k.specificEnergyConsumption).toBeCloseTo(0.1308, 10);
  // peak demand = largest quarter (10 kWh) / 0.25 h = 40 kW, at 12:00
  expect(k.peakDemand).toBeCloseTo(40, 10);
  expect(new Date(k.peakDemandAt).toISOString()).toBe('2024-01-08T12:00:00.000Z');
  expect(k.demandUnit).toBe('kW');
  // average demand = 32.7 kWh / 2 h = 16.35 kW; load factor = 16.35 / 40 = 0.40875
  expect(k.averageDemand).toBeCloseTo(16.35, 10);
  expect(k.loadFactor).toBeCloseTo(0.40875, 10);
  // cost: 11:00–12:00 at the default 0.10 → (5 + 5 + 0.5 + 0) × 0.10 = 1.05;
  //       12:00–13:00 is Monday peak (12–18) at 0.20 → (10 + 10 + 2 + 0.2) × 0.20 = 4.44; total 5.49
  expect(k.cost).toBeCloseTo(5.49, 10);
  expect(k.currency).toBe('USD');
  expect(k.costByPeriod).toEqual([
    { name: 'peak', consumption: expect.closeTo(22.2, 10), price: 0.2, cost: expect.closeTo(4.44, 10) },
    { name: 'default', consumption: expect.closeTo(10.5, 10), price: 0.1, cost: expect.closeTo(1.05, 10) },
  ]);
  // carbon: the 0.4 kg/kWh factor (not the source's 0.45) → 32.7 × 0.4 = 13.08 kg; per unit 13.08 / 250 = 0.05232
  expect(k.carbonKg).toBeCloseTo(13.08, 10);
  expect(k.carbonPerUnitProducedKg).toBeCloseTo(0.05232, 10);
  // operating hours, default thresholds off < 5 % × 40 = 2 kW, running ≥ 30 % × 40 = 12 kW;
  // quarter demands 20, 20, 2, 0, 40, 40, 8, 0.8 kW → running 4 quarters (1 h), idle 2 (0.5 h), off 2 (0.5 h)
  expect(k.operatingHours).toEqual({ running: 1, idle: 0.5, off: 0.5, offBelow: 2, runningFrom: 12 });
});

it('splits operating hours by given thresholds', async () => {
  const { _entities } = await api.ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { kpis(from: "${FROM}", to: "${TO}", offBelow: 1, runningFrom: 25) { operatingHours { running idle off } } } } }`, {
    r: [{ __typename: 'Equipment', id: M1 }],
  });
  // running ≥ 25 kW: 40, 40 (0.5 h); idle [1, 25): 20, 20, 2, 8 (1 h); off: 0, 0.8 (0.5 h)
  expect(_entities[0].kpis.operatingHours).toEqual({ running: 0.5, idle: 1, off: 0.5 });
});

it('takes an hourly series’ sample interval as its demand interval', async () => {
  const { _entities } = await api.ok(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { kpis(from: "${FROM}", to: "${TO}") { consumption peakDemand averageDemand loadFactor operatingHours { running idle off offBelow runningFrom } } } } }`, {
    r: [{ __typename: 'Equipment', id: M3 }],
  });
  const k = _entities[0].kpis;
  // hourly samples 8 and 20 kWh: peak = 20 kWh / 1 h = 20 kW (not 20 / 0.25); average 28 / 2 = 14 kW; load factor 0.7
  expect(k).toMatchObject({ consumption: 28, peakDemand: 20, averageDemand: 14, loadFactor: 0.7 });
  // thresholds 5 % × 20 = 1 kW and 30 % × 20 = 6 kW: both hours (8 and 20 kW) are running
  expect(k.operatingHours).toEqual({ running: 2, idle: 0, off: 0, offBelow: 1, runningFrom: 6 });
});

it('adds up a site and summarizes the factory', async () => {
  const { _entities } = await api.ok(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Site { kpis(from: "${FROM}", to: "${TO}") { consumption peakDemand cost }
      energySummary(from: "${FROM}", to: "${TO}") { equipmentCount totalCost totalCarbonKg currency sources { energySource { name } consumption } } } } }`,
    { r: [{ __typename: 'Site', id: SITE }] },
  );
  const s = _entities[0];
  // M2 adds 4 kWh at 12:00 (peak price): 32.7 + 4 = 36.7 kWh; the 12:00 quarter is 10 + 4 = 14 kWh → 56 kW
  expect(s.kpis.consumption).toBeCloseTo(36.7, 10);
  expect(s.kpis.peakDemand).toBeCloseTo(56, 10);
  // cost 5.49 + 4 × 0.20 = 6.29; carbon 36.7 × 0.4 = 14.68 kg
  expect(s.kpis.cost).toBeCloseTo(6.29, 10);
  expect(s.energySummary).toMatchObject({ equipmentCount: 2, currency: 'USD', sources: [{ energySource: { name: 'electricity' }, consumption: expect.closeTo(36.7, 10) }] });
  expect(s.energySummary.totalCost).toBeCloseTo(6.29, 10);
  expect(s.energySummary.totalCarbonKg).toBeCloseTo(14.68, 10);
});

it('answers an SEU’s KPIs for its own equipment and source, and refuses bad ranges', async () => {
  const { createSeu } = await api.ok(`mutation($e: [ID!]!) { createSeu(input: { name: "Both machines", energySource: "Electricity", equipmentIds: $e }) { id kpis(from: "${FROM}", to: "${TO}") { consumption } } }`, { e: [M1, M2] });
  expect(createSeu.kpis.consumption).toBeCloseTo(36.7, 10);
  const bad = await api.run(`{ seus { kpis(from: "${TO}", to: "${FROM}") { consumption } } }`);
  expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(bad.errors![0].message).toMatch(/ends .* before it starts/);
});

it('costs the same few statements for the KPIs of one machine or of a list', async () => {
  const { countStatements } = await import('../support/test-database.js');
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { kpis(from: "${FROM}", to: "${TO}") { consumption peakDemand cost } } } }`;
  const one = await countStatements(h, () => api.ok(query, { r: [{ __typename: 'Equipment', id: M1 }] }));
  const three = await countStatements(h, () => api.ok(query, { r: [M1, M2, M3].map((id) => ({ __typename: 'Equipment', id })) }));
  expect(three.count).toBe(one.count);
  // the source, its tariffs, its carbon factors and every machine’s buckets
  expect(three.count).toBeLessThanOrEqual(4);
  // Per machine, the same figures as one at a time: M1's 32.7 kWh, M2's 4 kWh, M3's 28 kWh.
  expect(three.result._entities.map((e: { kpis: { consumption: number } }) => Number(e.kpis.consumption.toFixed(6)))).toEqual([32.7, 4, 28]);
  expect(three.result._entities[0].kpis).toEqual(one.result._entities[0].kpis);
});
