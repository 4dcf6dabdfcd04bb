// Baselines on the simulator's data: training recovers the simulator's true coefficients,
// model selection fits all subsets, the EnPI report finds the simulated 5 % efficiency gain.
import { SEUS } from '../../database/simulator/energy-catalog.js';
import { truthFor } from '../../database/simulator/energy-truth.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { energyClient, seedEnmsPlant } from '../support/energy-fixtures.js';

let h: TestDatabase;
let api: Awaited<ReturnType<typeof energyClient>>;

beforeAll(async () => {
  h = await createTestDatabase();
  await seedEnmsPlant(h, { machines: ['Compressor-1', 'HVAC-Main'], from: '2024-01-01', to: '2025-12-31' });
  api = await energyClient(h);
});
afterAll(async () => {
  await api?.stop();
  await h?.destroy();
});

const TRAIN = `mutation($input: TrainBaselineInput!) { trainBaseline(input: $input) {
  id active valid variables formula granularity periodStart periodEnd excludeBackfill
  intercept { name value standardError t p }
  coefficients { name value standardError t p }
  statistics { n parameters degreesOfFreedom rSquared adjustedRSquared rmse cvRmse nmbe mae f fPValue }
  validity { doeValid ashraeValid failures } warnings balancePoints { variable baseTemperature searched }
  variableRanges { variable min max mean } seu { name energySource { name } } } }`;

const within = (actual: number, expected: number, rel: number) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(rel);

describe('trainBaseline', () => {
  it('recovers the true coefficients of Compressor-1 electricity (2024, daily) within 2 % and is valid', async () => {
    const truth = truthFor('Compressor-1', 'electricity');
    const { trainBaseline: b } = await api.ok(TRAIN, {
      input: { seuName: 'compressor 1', energySource: 'Electricity', variables: ['production count', 'outdoor temperature'], period: { year: 2024 } },
    });
    expect(b.seu).toEqual({ name: 'Compressor-1', energySource: { name: 'electricity' } });
    expect(b.variables).toEqual(['production_count', 'outdoor_temp_c']);
    expect(b.statistics.n).toBe(366);
    expect(b.statistics.degreesOfFreedom).toBe(363);
    within(b.intercept.value, truth.intercept, 0.02);
    for (const c of b.coefficients) within(c.value, truth.coefficients[c.name], 0.02);
    expect(b.valid).toBe(true);
    expect(b.validity).toEqual({ doeValid: true, ashraeValid: true, failures: [] });
    expect(b.active).toBe(true);
    expect(b.statistics.rSquared).toBeGreaterThan(0.9);
    expect(b.formula).toMatch(/^energy_kwh = \d+(\.\d+)? \+ 0\.03\d* × production_count \+ 2\d(\.\d+)? × outdoor_temp_c$/);
    // Noise sd is the RMSE the model should find.
    within(b.statistics.rmse, truth.noiseSd, 0.15);
    console.log('Compressor-1 electricity 2024', { intercept: [b.intercept.value, truth.intercept], coefficients: b.coefficients.map((c: any) => [c.name, c.value, truth.coefficients[c.name]]) });
  });

  it('removing a relevant variable visibly worsens adjusted R²', async () => {
    const full = await api.ok(TRAIN, { input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: { year: 2024 }, activate: false } });
    const less = await api.ok(TRAIN, { input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count'], period: { year: 2024 }, activate: false } });
    expect(full.trainBaseline.statistics.adjustedRSquared - less.trainBaseline.statistics.adjustedRSquared).toBeGreaterThan(0.1);
    expect(full.trainBaseline.active).toBe(false);
  });

  it('recovers HVAC-Main electricity with degree days (3 variables) and natural gas with HDD', async () => {
    for (const [source, vars] of [['electricity', ['production_count', 'heating_degree_days', 'cooling_degree_days']], ['natural_gas', ['heating degree days']]] as const) {
      const truth = truthFor('HVAC-Main', source);
      const { trainBaseline: b } = await api.ok(TRAIN, { input: { seuName: 'HVAC-Main', energySource: source, variables: vars, period: { year: 2024 } } });
      within(b.intercept.value, truth.intercept, 0.02);
      for (const c of b.coefficients) within(c.value, truth.coefficients[c.name], 0.02);
      expect(b.valid).toBe(true);
    }
  });

  it('searches the degree-day balance point and finds the simulator’s 18 °C', async () => {
    const { trainBaseline: b } = await api.ok(TRAIN, {
      input: { seuName: 'HVAC-Main', energySource: 'natural gas', variables: ['heating_degree_days'], period: { year: 2024 }, searchBalancePoint: true, activate: false },
    });
    expect(b.balancePoints).toEqual([{ variable: 'heating_degree_days', baseTemperature: 18, searched: true }]);
  });

  it('fits weekly and monthly rows from complete periods only', async () => {
    const week = await api.ok(TRAIN, { input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: { year: 2024 }, granularity: 'WEEK', activate: false } });
    // 2024 starts on a Monday: 52 whole ISO weeks end by 2024-12-29.
    expect(week.trainBaseline.statistics.n).toBe(52);
    expect(week.trainBaseline.granularity).toBe('WEEK');
    const month = await api.ok(TRAIN, { input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: { start: '2024-01-01', end: '2025-12-31' }, granularity: 'MONTH', activate: false } });
    expect(month.trainBaseline.statistics.n).toBe(24);
    // Monthly: intercept is per month; production's coefficient is still the daily one.
    within(month.trainBaseline.coefficients[0].value, 0.032, 0.1);
  });

  it('reads only real points when backfill is excluded', async () => {
    const all = await api.ok(TRAIN, { input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: { year: 2025 }, activate: false } });
    const real = await api.ok(TRAIN, { input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: { year: 2025 }, excludeBackfill: true, activate: false } });
    expect(all.trainBaseline.statistics.n).toBe(365);
    expect(real.trainBaseline.statistics.n).toBe(92); // 2025-10-01 … 2025-12-31
    expect(real.trainBaseline.excludeBackfill).toBe(true);
  });

  it('reads a training’s data in one statement', async () => {
    const seuId = SEUS.find((s) => s.name === 'Compressor-1' && s.energySourceId === 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa')!.id;
    const { count, sql } = await countStatements(h, () =>
      api.ok(`mutation($id: ID!) { trainBaseline(input: { seuId: $id, variables: ["production_count", "outdoor_temp_c"], period: { year: 2024 }, activate: false }) { id } }`, { id: seuId }),
    );
    expect(sql.filter((s) => s.includes('pub_rollup_1d')).length).toBe(1);
    expect(count).toBeLessThan(12);
  });
});

describe('autoSelectBaseline', () => {
  it('fits all 31 subsets of 5 candidates, ranks valid ones first and can activate the best', async () => {
    const t0 = Date.now();
    const { autoSelectBaseline: r } = await api.ok(
      `mutation($input: AutoSelectInput!) { autoSelectBaseline(input: $input) {
        count models { rank variables valid error statistics { adjustedRSquared } validity { doeValid ashraeValid failures } }
        best { variables valid } baseline { id active variables } } }`,
      {
        input: {
          seuName: 'Compressor-1', energySource: 'electricity', period: { year: 2024 }, activate: true,
          candidates: ['production_count', 'outdoor_temp_c', 'heating_degree_days', 'cooling_degree_days', 'working_day'],
        },
      },
    );
    console.log(`autoSelect: ${r.count} models in ${Date.now() - t0} ms`);
    expect(r.count).toBe(31);
    expect(r.models).toHaveLength(31);
    expect(r.models.map((m: any) => m.rank)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    // Valid before invalid, and by adjusted R² within each group.
    const firstInvalid = r.models.findIndex((m: any) => !m.valid);
    expect(r.models.slice(firstInvalid).every((m: any) => !m.valid)).toBe(true);
    const valid = r.models.filter((m: any) => m.valid);
    for (let i = 1; i < valid.length; i++) expect(valid[i - 1].statistics.adjustedRSquared).toBeGreaterThanOrEqual(valid[i].statistics.adjustedRSquared);
    expect(r.best.valid).toBe(true);
    expect(r.best.variables).toContain('production_count');
    // outdoor temperature = 18 − HDD + CDD on every day: the three together cannot be fitted.
    const collinear = r.models.find((m: any) => m.variables.length === 3 && ['outdoor_temp_c', 'heating_degree_days', 'cooling_degree_days'].every((v) => m.variables.includes(v)));
    expect(collinear.error).toMatch(/linear combination/);
    expect(r.baseline.active).toBe(true);
    expect(r.baseline.variables).toEqual(r.best.variables);
  });
});

describe('EnPI', () => {
  it('shows the simulated 5 % efficiency gain in 2025 against a 2024 baseline, with a falling CUSUM', async () => {
    const { trainBaseline: b } = await api.ok(TRAIN, { input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: { year: 2024 } } });
    const { enpiReport: r } = await api.ok(
      `query($input: EnpiReportInput!) { enpiReport(input: $input) {
        baseline { id } unit granularity periodStart periodEnd warnings
        rows { periodStart periodEnd actual expected deviation deviationPercent cusum senpi cumulativeImprovementPercent }
        totals { actual expected deviation deviationPercent senpi improvementPercent cusum savings costSavings currency co2SavingsKg } } }`,
      { input: { seuName: 'Compressor-1', energySource: 'electricity', period: { year: 2025 } } },
    );
    expect(r.baseline.id).toBe(b.id);
    expect(r.rows).toHaveLength(12);
    console.log(`EnPI 2025 vs 2024: improvement ${r.totals.improvementPercent.toFixed(3)} %, SEnPI ${r.totals.senpi.toFixed(4)}, CUSUM ${r.totals.cusum.toFixed(0)} kWh`);
    expect(r.totals.improvementPercent).toBeGreaterThan(4.5);
    expect(r.totals.improvementPercent).toBeLessThan(5.5);
    expect(r.totals.senpi).toBeCloseTo(0.95, 2);
    for (let i = 1; i < r.rows.length; i++) expect(r.rows[i].cusum).toBeLessThan(r.rows[i - 1].cusum);
    for (const row of r.rows) {
      expect(row.deviation).toBeCloseTo(row.actual - row.expected, 6);
      expect(row.senpi).toBeCloseTo(row.actual / row.expected, 10);
    }
    expect(r.totals.savings).toBeCloseTo(r.totals.expected - r.totals.actual, 6);
    expect(r.totals.costSavings).toBeCloseTo(r.totals.savings * 0.12, 6);
    expect(r.totals.co2SavingsKg).toBeCloseTo(r.totals.savings * 0.45, 6);
    // The same baseline on its own year: no improvement to speak of.
    const same = await api.ok(`{ enpiReport(input: { seuName: "Compressor-1", energySource: "electricity", period: { year: 2024 } }) { totals { improvementPercent } } }`);
    expect(Math.abs(same.enpiReport.totals.improvementPercent)).toBeLessThan(0.1);
  });

  it('warns when the reporting period leaves the baseline’s variable range', async () => {
    const { trainBaseline: b } = await api.ok(TRAIN, {
      input: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: { start: '2024-01-01', end: '2024-02-29' }, activate: false },
    });
    const { baseline } = await api.ok(`query($id: ID!) { baseline(id: $id) { variableRanges { variable max } enpi(period: { start: "2024-07-01", end: "2024-07-31" }, granularity: DAY) { rows { periodStart } warnings } } }`, { id: b.id });
    expect(baseline.enpi.rows).toHaveLength(31);
    expect(baseline.enpi.warnings).toEqual([expect.stringMatching(/^outdoor_temp_c is outside its baseline range on \d+ of 31 rows/)]);
  });

  it('rolls up per site', async () => {
    await api.ok(TRAIN, { input: { seuName: 'HVAC-Main', energySource: 'natural gas', variables: ['heating_degree_days'], period: { year: 2024 } } });
    const site = (await h.db.selectFrom('assets.sites').select('id').where('code', '=', 'demo-manufacturing-plant').executeTakeFirstOrThrow()).id;
    const { _entities } = await api.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Site { seus { name } enpi(period: { year: 2025 }) {
        seus { seu { name } totals { improvementPercent } } bySource { energySource { name } improvementPercent savings costSavings } costSavings co2SavingsKg skipped } } } }`,
      { r: [{ __typename: 'Site', id: site }] },
    );
    const e = _entities[0].enpi;
    expect(e.bySource.map((s: any) => s.energySource.name).sort()).toEqual(['electricity', 'natural_gas']);
    for (const s of e.bySource) expect(s.improvementPercent).toBeGreaterThan(4);
    expect(e.costSavings).toBeCloseTo(e.bySource.reduce((t: number, s: any) => t + s.costSavings, 0), 6);
    expect(e.skipped.length).toBe(_entities[0].seus.length - e.seus.length);
  });
});
