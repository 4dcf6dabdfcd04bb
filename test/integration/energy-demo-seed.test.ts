// Baselines on the plant simulator's own seeded data (seedPlant), SEU by SEU: every known true
// intercept and coefficient of the chosen machines comes back within 2 %, and the 2025 EnPI
// shows the simulated 5 % efficiency gain for each energy source.
import { seedPlant } from '../../database/simulator/index.js';
import { ENERGY_TRUTH } from '../../database/simulator/energy-truth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { energyClient } from '../support/energy-fixtures.js';

const MACHINES = ['Compressor-1', 'HVAC-Main', 'Injection-Molding-1', 'HVAC-EU-North'];
let h: TestDatabase;
let api: Awaited<ReturnType<typeof energyClient>>;

beforeAll(async () => {
  h = await createTestDatabase();
  await seedPlant(h, { scale: 'demo', end: '2026-01-01T00:00:00Z', hours: 1, equipment: MACHINES, history: false });
  api = await energyClient(h);
}, 600_000);
afterAll(async () => {
  await api?.stop();
  await h?.destroy();
});

const truths = ENERGY_TRUTH.filter((t) => MACHINES.includes(t.machineCode));

it.each(truths.map((t) => [`${t.machineCode} ${t.energySource}`, t] as const))('%s: recovers the true model within 2 % and sees the 5 %% gain', async (_name, t) => {
  const { trainBaseline: b } = await api.ok(
    `mutation($input: TrainBaselineInput!) { trainBaseline(input: $input) { valid intercept { value } coefficients { name value }
      enpi(period: { year: 2025 }) { totals { improvementPercent } } } }`,
    { input: { seuName: t.machineCode, energySource: t.energySource, variables: Object.keys(t.coefficients), period: { year: 2024 } } },
  );
  const rel = (a: number, e: number) => Math.abs(a - e) / Math.abs(e);
  const report = [`intercept ${b.intercept.value.toFixed(3)} (true ${t.intercept})`, ...b.coefficients.map((c: any) => `${c.name} ${c.value.toPrecision(5)} (true ${t.coefficients[c.name]})`)];
  console.log(`${t.machineCode} ${t.energySource}: ${report.join(', ')}; 2025 improvement ${b.enpi.totals.improvementPercent.toFixed(2)} %`);
  expect(b.valid).toBe(true);
  expect(rel(b.intercept.value, t.intercept)).toBeLessThan(0.02);
  for (const c of b.coefficients) expect(rel(c.value, t.coefficients[c.name])).toBeLessThan(0.02);
  expect(b.enpi.totals.improvementPercent).toBeGreaterThan(4.5);
  expect(b.enpi.totals.improvementPercent).toBeLessThan(5.5);
});

describe('the seed’s three voice examples on the demo plant', () => {
  const VOICE = `mutation($input: VoiceTrainBaselineInput!) { voiceTrainBaseline(input: $input) { ok speech error { code suggestion choices } } }`;
  const say = async (input: Record<string, unknown>) => (await api.ok(VOICE, { input })).voiceTrainBaseline;

  it('answers each correctly and speakably', async () => {
    const one = await say({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production_count', 'outdoor_temp_c'], year: 2024 });
    const two = await say({ energySource: 'natural_gas', seuName: 'Boiler-1', variables: ['outdoor_temp_c', 'heating_degree_days'], year: 2024 });
    const three = await say({ energySource: 'compressed_air', seuName: 'Compressor-1', variables: ['electricity_kwh', 'pressure_bar', 'ambient_temp_c'], year: 2024 });
    console.log([one.speech, two.speech, three.speech].join('\n'));
    expect(one).toMatchObject({ ok: true, speech: expect.stringMatching(/^Compressor-1 electricity baseline trained\. R-squared (0\.\d\d|above 0\.99)\. Formula: kilowatt hours per day equals 45\d plus 0\.032 times production count plus 24 times outdoor temperature\.$/) });
    expect(two).toMatchObject({ ok: false, speech: "I don't know the SEU 'Boiler-1' for natural gas. I know HVAC-EU-North and HVAC-Main.", error: { code: 'NOT_FOUND', choices: ['HVAC-EU-North', 'HVAC-Main'] } });
    expect(three).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(three.speech).toBe("I don't know the variable 'electricity_kwh' for compressed air. I know cooling degree days, heating degree days, operating hours, outdoor temperature, production count and working day.");
  });
});
