// The energy subgraph through the gateway on the simulator's EnMS data: the runnable examples,
// a brand-new energy source taken from metric to report with mutations only (no code, no DDL),
// error codes, all-or-nothing mutations, and O(1) statements for list fields.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { loadConfig } from '../../common/config.js';
import { machineDays, weatherDays } from '../../database/simulator/enms-history.js';
import { siteByCode } from '../../database/simulator/sites.js';
import { startStack, type RunningStack } from '../../gateway/stack.js';
import { machine, ORG, SEED, seedEnmsPlant } from '../support/energy-fixtures.js';
import { postGraphQL } from '../support/graphql-client.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

let t: TestDatabase;
let stack: RunningStack;
const gql = (query: string, variables?: Record<string, unknown>) => postGraphQL(stack.gateway.url, query, variables);
const ok = async (query: string, variables?: Record<string, unknown>) => {
  const r = await gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors, null, 2));
  return r.data;
};

beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 8 });
  await seedEnmsPlant(t, { machines: ['Compressor-1', 'HVAC-Main'], from: '2024-01-01', to: '2025-12-31' });
  stack = await startStack(t.db, { ephemeralPorts: true, config: loadConfig({ NODE_ENV: 'test' }) });
}, 600_000);
afterAll(async () => {
  await stack?.stop();
  await t?.destroy();
});

describe('examples/energy-*.graphql', () => {
  const dir = new URL('../../examples/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.startsWith('energy-') && f.endsWith('.graphql')).sort();

  it('has the catalog, training, selection, EnPI, KPI and voice examples', () => {
    expect(files).toEqual(['energy-auto-select.graphql', 'energy-baseline-train.graphql', 'energy-catalog.graphql', 'energy-enpi-report.graphql', 'energy-kpis.graphql', 'energy-voice-command.graphql', 'energy-voice.graphql']);
  });

  it('runs every example as-is, in order, without errors', async () => {
    const results: Record<string, any> = {};
    for (const f of files) {
      const json = new URL(f.replace(/\.graphql$/, '.json'), dir);
      const r = await gql(readFileSync(new URL(f, dir), 'utf8'), existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : undefined);
      expect({ file: f, errors: r.errors }).toEqual({ file: f, errors: undefined });
      results[f] = r.data;
    }
    expect(results['energy-auto-select.graphql'].autoSelectBaseline.count).toBe(31);
    const trained = results['energy-baseline-train.graphql'].trainBaseline;
    expect(trained.valid).toBe(true);
    expect(trained.enpi.totals.improvementPercent).toBeGreaterThan(4.5);
    expect(results['energy-enpi-report.graphql'].enpiReport.rows).toHaveLength(12);
    expect(results['energy-kpis.graphql'].equipmentByCode.kpis.peakDemand).toBeGreaterThan(0);
    const voice = results['energy-voice.graphql'];
    expect(voice.electricity.ok).toBe(true);
    expect(voice.naturalGas.speech).toMatch(/^I don't know the SEU 'Boiler-1' for natural gas\. I know HVAC-Main\.$/);
    expect(voice.compressedAir.speech).toMatch(/^I don't know the variable 'electricity_kwh' for compressed air\./);
    expect(voice.performance.speech).toMatch(/^In 2025, Compressor-1 used 5 percent less electricity than its baseline expected\./);
    expect(results['energy-voice-command.graphql'].voiceCommand).toMatchObject({ ok: true, intent: 'TRAIN_BASELINE' });
  });
});

describe('a new energy source, by mutation only', () => {
  it('gets an SEU, a variable, a trained baseline, a report and KPIs without any code change', async () => {
    const hvac = machine('HVAC-Main');
    const site = siteByCode(ORG, hvac.siteCode);
    // Chilled water made by the HVAC: 50 TRh a day plus 0.02 per unit produced; 10 % less from 2025.
    const days = (from: string, to: string) => machineDays(hvac, site, weatherDays(site, SEED, from, to), SEED);
    const points = [...days('2024-01-01', '2024-05-01'), ...days('2025-01-01', '2025-03-01')].map((d) => ({
      equipmentId: hvac.id,
      metric: 'chilled_water_trh',
      time: `${d.date}T12:00:00-08:00`,
      value: Math.round((d.date >= '2025-01-01' ? 0.9 : 1) * (50 + 0.02 * d.productionTotal) * 1000) / 1000,
    }));
    // The readings subgraph's own mutations: a new metric and its readings.
    await ok(`mutation { createMetric(input: { name: "chilled_water_trh", unit: "TRh", kind: COUNTER, description: "Chilled water energy delivered" }) { name } }`);
    const ingest = await ok(`mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted rejected { reason } seriesCreated } }`, { p: points });
    expect(ingest.ingestReadings).toMatchObject({ accepted: points.length, rejected: [], seriesCreated: 1 });

    const { createEnergySource: src } = await ok(`mutation { createEnergySource(input: { name: "chilled_water", unit: "TRh", unitSpoken: "ton hours", costPerUnit: 0.04, carbonIntensity: 0.1, consumptionMetric: "chilled_water_trh", synonyms: ["chilled water", "cooling"] }) { id name displayName } }`);
    expect(src).toMatchObject({ name: 'chilled_water', displayName: 'Chilled water' });
    const { createSeu: seu } = await ok(`mutation($e: [ID!]!) { createSeu(input: { name: "Chiller Loop", energySource: "Chilled Water", equipmentIds: $e }) { id name energySource { name } equipment { id } } }`, { e: [hvac.id] });
    expect(seu.energySource.name).toBe('chilled_water');
    const { createRelevantVariable: v } = await ok(`mutation { createRelevantVariable(input: { name: "units_made", displayName: "Units made", energySource: "chilled water", kind: METRIC, metric: "production_count", aggregation: SUM, synonyms: ["units"] }) { id name unit energySource { name } } }`);
    expect(v).toMatchObject({ name: 'units_made', unit: 'units', energySource: { name: 'chilled_water' } });

    const { updateEnergySource: up } = await ok(`mutation { updateEnergySource(id: "${src.id}", input: { costPerUnit: 0.05, carbonIntensity: 0.2, synonyms: ["chilled water", "cooling", "chw"] }) { costPerUnit synonyms unit } }`);
    expect(up).toEqual({ costPerUnit: 0.05, synonyms: ['chilled water', 'cooling', 'chw'], unit: 'TRh' });
    const { trainBaseline: b } = await ok(`mutation { trainBaseline(input: { seuName: "chiller loop", energySource: "cooling", variables: ["units made"], period: { start: "2024-01-01", end: "2024-04-30" } }) {
      id valid active formula intercept { value } coefficients { name value } statistics { n rSquared } } }`);
    expect(b).toMatchObject({ valid: true, active: true, statistics: { n: 121 } });
    expect(b.intercept.value).toBeCloseTo(50, 0);
    expect(b.coefficients[0]).toEqual({ name: 'units_made', value: expect.closeTo(0.02, 4) });
    expect(b.formula).toMatch(/^chilled_water_trh = 50/);

    const { enpiReport: r } = await ok(`{ enpiReport(input: { seuId: "${seu.id}", period: { start: "2025-01-01", end: "2025-02-28" } }) { unit rows { periodStart } totals { improvementPercent costSavings co2SavingsKg savings } } }`);
    expect(r.unit).toBe('TRh');
    expect(r.rows).toHaveLength(2);
    expect(r.totals.improvementPercent).toBeCloseTo(10, 1);
    expect(r.totals.costSavings).toBeCloseTo(r.totals.savings * 0.05, 6);

    const voice = await ok(`mutation { voiceSeuPerformance(input: { energySource: "chilled water", seuName: "chiller loop", start: "2025-01-01", end: "2025-02-28" }) { ok speech } }`);
    expect(voice.voiceSeuPerformance.speech).toMatch(/^From 2025-01-01 to 2025-02-28, Chiller Loop used 10 percent less chilled water than its baseline expected\. That saved \d+ ton hours, about [\d.]+ dollars\.$/);
    const kpis = await ok(`{ seu(id: "${seu.id}") { kpis(from: "2025-01-01T00:00:00-08:00", to: "2025-03-01T00:00:00-08:00") { consumption unit demandUnit specificEnergyConsumption } } }`);
    expect(kpis.seu.kpis).toMatchObject({ unit: 'TRh', demandUnit: 'TRh/h' });
    expect(kpis.seu.kpis.consumption).toBeGreaterThan(0);
  });
});

describe('errors and atomicity through the gateway', () => {
  it('names the bad value and the allowed ones, with the fixed codes', async () => {
    const missingMetric = await gql(`mutation { createEnergySource(input: { name: "hydrogen", unit: "kg", costPerUnit: 5, carbonIntensity: 0, consumptionMetric: "hydrogen_kg" }) { id } }`);
    expect(missingMetric.errors![0]).toMatchObject({ message: expect.stringMatching(/no series of metric 'hydrogen_kg'/), extensions: { code: 'BAD_USER_INPUT' } });
    const badName = await gql(`mutation { createEnergySource(input: { name: "Hydrogen Gas", unit: "kg", costPerUnit: 5, carbonIntensity: 0, consumptionMetric: "energy_kwh" }) { id } }`);
    expect(badName.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const gauge = await gql(`mutation { createEnergySource(input: { name: "heat", unit: "°C", costPerUnit: 1, carbonIntensity: 0, consumptionMetric: "outdoor_temp_c" }) { id } }`);
    expect(gauge.errors![0].message).toMatch(/is a gauge; consumption must be a counter/);
    const dup = await gql(`mutation { createEnergySource(input: { name: "electricity", unit: "kWh", costPerUnit: 1, carbonIntensity: 0, consumptionMetric: "energy_kwh" }) { id } }`);
    expect(dup.errors![0].extensions!.code).toBe('CONFLICT');
    const unknownSource = await gql(`{ enpiReport(input: { seuName: "Compressor-1", energySource: "gaz", period: { year: 2025 } }) { totals { senpi } } }`);
    expect(unknownSource.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND', suggestion: 'natural gas', choices: ['chilled water', 'compressed air', 'electricity', 'natural gas', 'steam'] } });
    const period = await gql(`mutation { trainBaseline(input: { seuName: "Compressor-1", energySource: "electricity", variables: ["production_count"], period: { start: "2024-02-30", end: "2024-03-01" } }) { id } }`);
    expect(period.errors![0]).toMatchObject({ message: "start '2024-02-30' is not a date; use YYYY-MM-DD, e.g. 2024-01-31.", extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('writes nothing when a mutation is rejected', async () => {
    const count = async () => (await ok(`{ seus { id } }`)).seus.length;
    const before = await count();
    const r = await gql(`mutation($e: [ID!]!) { createSeu(input: { name: "Half", energySource: "electricity", equipmentIds: $e }) { id } }`, {
      e: [machine('Compressor-1').id, 'c0000000-0000-0000-0000-000000000099'],
    });
    expect(r.errors![0]).toMatchObject({ message: "No equipment has the id 'c0000000-0000-0000-0000-000000000099'.", extensions: { code: 'NOT_FOUND' } });
    expect(await count()).toBe(before);
  });

  it('supports SEU and variable CRUD with activation history', async () => {
    const { createSeu: s } = await ok(`mutation($e: [ID!]!) { createSeu(input: { name: "Temp SEU", energySource: "electricity", equipmentIds: $e }) { id } }`, { e: [machine('Compressor-1').id] });
    const { updateSeu: u } = await ok(`mutation { updateSeu(id: "${s.id}", input: { name: "Temp SEU 2", description: "renamed" }) { name description } }`);
    expect(u).toEqual({ name: 'Temp SEU 2', description: 'renamed' });
    expect((await ok(`{ seuByName(name: "temp_seu_2", energySource: "power") { id } }`)).seuByName.id).toBe(s.id);
    const a = (await ok(`mutation { trainBaseline(input: { seuId: "${s.id}", variables: ["production_count"], period: { year: 2024 } }) { id active } }`)).trainBaseline;
    const b = (await ok(`mutation { trainBaseline(input: { seuId: "${s.id}", variables: ["production_count", "outdoor_temp_c"], period: { year: 2024 } }) { id active } }`)).trainBaseline;
    expect([a.active, b.active]).toEqual([true, true]);
    await ok(`mutation { activateBaseline(id: "${a.id}") { id active } }`);
    const hist = await ok(`{ seu(id: "${s.id}") { activeBaseline { id } baselines { id active } } }`);
    expect(hist.seu.activeBaseline.id).toBe(a.id);
    expect(hist.seu.baselines.map((x: any) => x.active).sort()).toEqual([false, true]);
    expect((await ok(`mutation { deleteSeu(id: "${s.id}") }`)).deleteSeu).toBe(s.id);
    expect((await ok(`{ seu(id: "${s.id}") { id } }`)).seu).toBeNull();
    const { createRelevantVariable: v } = await ok(`mutation { createRelevantVariable(input: { name: "night_hours", kind: OPERATING_HOURS, metric: "production_count" }) { id kind scope aggregation unit } }`);
    expect(v).toMatchObject({ kind: 'OPERATING_HOURS', scope: 'EQUIPMENT', aggregation: 'SUM', unit: 'h' });
    const { updateRelevantVariable: v2 } = await ok(`mutation { updateRelevantVariable(id: "${v.id}", input: { synonyms: ["night"], description: "test" }) { synonyms description } }`);
    expect(v2).toEqual({ synonyms: ['night'], description: 'test' });
    expect((await ok(`mutation { deleteRelevantVariable(id: "${v.id}") }`)).deleteRelevantVariable).toBe(v.id);
  });
});

describe('statement counts', () => {
  it('resolves list fields in O(1) statements whatever their length', async () => {
    const q = `{ energySources { name seus { name activeBaseline { id } baselines { id } equipment { id } } relevantVariables { name } } }`;
    const { count } = await countStatements(t, () => ok(q));
    expect(count).toBeLessThanOrEqual(6);
    // Equipment from assets, their SEUs from energy: one statement for all SEUs, one for their sources.
    const e = await countStatements(t, () => ok(`{ a: equipmentByCode(code: "Compressor-1") { seus { name energySource { name } } } b: equipmentByCode(code: "HVAC-Main") { seus { name energySource { name } } } }`));
    expect(e.sql.filter((s) => /\benergy\./.test(s)).length).toBeLessThanOrEqual(2);
  });
});
