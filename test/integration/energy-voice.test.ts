// The voice (OVOS) mutations against the simulator's EnMS data: the seed's three examples, the
// listings, performance, free utterances and malformed requests, each answered in speech.
import { ENMS_MACHINES } from '../../database/simulator/enms-machines.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { energyClient, ORG, seedEnmsPlant } from '../support/energy-fixtures.js';
import { SEUS } from '../../database/simulator/energy-catalog.js';

let h: TestDatabase;
let api: Awaited<ReturnType<typeof energyClient>>;

beforeAll(async () => {
  h = await createTestDatabase();
  // 2024 to train on, the first quarter of 2025 to report on.
  await seedEnmsPlant(h, { machines: ['Compressor-1', 'HVAC-Main'], from: '2024-01-01', to: '2025-03-31', pressure: true });
  // HVAC-EU-North's SEUs, without readings: enough to be named among the choices.
  const eu = ENMS_MACHINES.find((m) => m.code === 'HVAC-EU-North')!;
  const site = (await h.db.selectFrom('assets.sites').select('id').executeTakeFirstOrThrow()).id;
  await h.db.insertInto('assets.equipment').values({ id: eu.id, organization_id: ORG, site_id: site, type_id: eu.typeId, code: eu.code, name: eu.name } as never).execute();
  for (const seu of SEUS.filter((x) => x.equipmentIds.includes(eu.id))) {
    await h.db.insertInto('energy.seus').values({ id: seu.id, organization_id: ORG, name: seu.name, energy_source_id: seu.energySourceId }).execute();
    await h.db.insertInto('energy.seu_equipment').values({ seu_id: seu.id, equipment_id: eu.id }).execute();
  }
  api = await energyClient(h);
});
afterAll(async () => {
  await api?.stop();
  await h?.destroy();
});

const VOICE_TRAIN = `mutation($input: VoiceTrainBaselineInput!) { voiceTrainBaseline(input: $input) {
  ok speech error { code message suggestion choices } baseline { id active valid variables statistics { rSquared } seu { name } } } }`;
const train = async (input: Record<string, unknown>) => (await api.ok(VOICE_TRAIN, { input })).voiceTrainBaseline;
const baselineCount = async () => Number((await h.db.selectFrom('energy.baselines').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** Speakable: one to three short sentences, no raw identifiers or long decimals. */
function expectSpeakable(speech: string) {
  expect(speech.length).toBeLessThan(400);
  expect(speech).toMatch(/[.?]$/);
  expect(speech).not.toMatch(/\d\.\d{5,}/);
  expect(speech).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  expect(speech.split(/(?<=[.?])\s/).length).toBeLessThanOrEqual(4);
}

describe('the seed’s three voice examples', () => {
  it('1: electricity Compressor-1 using production count and outdoor temperature for 2024', async () => {
    const r = await train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production_count', 'outdoor_temp_c'], year: 2024 });
    expect(r.ok).toBe(true);
    expect(r.speech).toMatch(/^Compressor-1 electricity baseline trained\. R-squared (0\.\d\d|above 0\.99)\. Formula: kilowatt hours per day equals 449 plus 0\.032 times production count plus 24 times outdoor temperature\.$/);
    expectSpeakable(r.speech);
    expect(r.baseline).toMatchObject({ active: true, valid: true, variables: ['production_count', 'outdoor_temp_c'], seu: { name: 'Compressor-1' } });
    // As spoken, before OVOS maps the names.
    const spoken = await train({ energySource: 'Electricity', seuName: 'compressor one', variables: ['production count', 'outdoor temperature'], year: 2024 });
    expect(spoken.speech).toBe(r.speech);
  });

  it('2: natural gas Boiler-1 — the demo plant has no Boiler-1, said so with the valid choices; trains once one exists', async () => {
    const input = { energySource: 'natural_gas', seuName: 'Boiler-1', variables: ['outdoor_temp_c', 'heating_degree_days'], year: 2024 };
    const before = await baselineCount();
    const r = await train(input);
    expect(r).toMatchObject({ ok: false, baseline: null });
    expect(r.speech).toBe("I don't know the SEU 'Boiler-1' for natural gas. I know HVAC-EU-North and HVAC-Main.");
    expect(r.error).toEqual({ code: 'NOT_FOUND', message: r.speech, suggestion: null, choices: ['HVAC-EU-North', 'HVAC-Main'] });
    expect(await baselineCount()).toBe(before);
    // A Boiler-1 SEU on the gas-metered HVAC-Main equipment makes the example train.
    const hvac = ENMS_MACHINES.find((m) => m.code === 'HVAC-Main')!.id;
    await api.ok(`mutation($e: [ID!]!) { createSeu(input: { name: "Boiler-1", energySource: "natural gas", equipmentIds: $e }) { id } }`, { e: [hvac] });
    const ok = await train(input);
    expect(ok.ok).toBe(true);
    expect(ok.speech).toMatch(/^Boiler-1 natural gas baseline trained\. R-squared (0\.\d\d|above 0\.99)\. Formula: cubic meters per day equals [\d.]+ (plus|minus) [\d.]+ times outdoor temperature plus [\d.]+ times heating degree days\. It is not valid for reporting: outdoor temperature is not significant\.$/);
    expectSpeakable(ok.speech);
  });

  it('3: compressed air Compressor-1 using electricity, pressure and ambient temperature — once the registry offers them', async () => {
    const input = { energySource: 'compressed_air', seuName: 'Compressor-1', variables: ['electricity_kwh', 'pressure_bar', 'ambient_temp_c'], year: 2024 };
    const unknown = await train(input);
    expect(unknown.ok).toBe(false);
    expect(unknown.speech).toMatch(/^I don't know the variable 'electricity_kwh' for compressed air\. I know cooling degree days, heating degree days, operating hours, outdoor temperature, production count and working day\.$/);
    expect(unknown.error.choices).toContain('production count');
    // Registering them is data, not code: the compressor's own electricity and discharge pressure.
    await api.ok(`mutation { a: createRelevantVariable(input: { name: "electricity_kwh", displayName: "Electricity", energySource: "compressed air", kind: METRIC, metric: "energy_kwh", scope: EQUIPMENT, aggregation: SUM, synonyms: ["electricity", "electric energy"] }) { id }
      b: createRelevantVariable(input: { name: "pressure_bar", displayName: "Pressure", energySource: "compressed air", kind: METRIC, metric: "discharge_pressure_bar", scope: EQUIPMENT, aggregation: AVG, synonyms: ["pressure", "discharge pressure"] }) { id unit } }`);
    const r = await train(input);
    expect(r.ok).toBe(true);
    expect(r.speech).toMatch(/^Compressor-1 compressed air baseline trained\. R-squared (0\.\d\d|above 0\.99)\. Formula: normal cubic meters per day equals (minus )?[\d.]+ (plus|minus) [\d.]+ times electricity (plus|minus) [\d.]+ times pressure (plus|minus) [\d.]+ times outdoor temperature\./);
    expect(r.baseline.variables).toEqual(['electricity_kwh', 'pressure_bar', 'outdoor_temp_c']);
    expectSpeakable(r.speech);
    // As spoken: "using electricity, pressure, and ambient temperature".
    const spoken = await train({ ...input, variables: ['electricity', 'pressure', 'ambient temperature'] });
    expect(spoken.ok).toBe(true);
  });
});

describe('listings and performance', () => {
  it('lists energy sources and variables in words', async () => {
    const { voiceListEnergySources: s } = await api.ok(`mutation { voiceListEnergySources { ok speech energySources { name } } }`);
    expect(s.speech).toBe('I know compressed air, electricity, natural gas and steam.');
    expect(s.energySources).toHaveLength(4);
    const { voiceListVariables: v } = await api.ok(`mutation { voiceListVariables(energySource: "gas") { ok speech energySource { name } variables { name } } }`);
    expect(v.ok).toBe(true);
    expect(v.energySource.name).toBe('natural_gas');
    expect(v.speech).toBe('For natural gas I can use cooling degree days, heating degree days, operating hours, outdoor temperature, production count and working day.');
  });

  it('reports an SEU’s performance against its baseline', async () => {
    await train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production_count', 'outdoor_temp_c'], year: 2024 });
    const { voiceSeuPerformance: r } = await api.ok(`mutation { voiceSeuPerformance(input: { energySource: "electricity", seuName: "compressor 1", start: "2025-01-01", end: "2025-03-31" }) {
      ok speech report { totals { improvementPercent savings costSavings } } } }`);
    expect(r.ok).toBe(true);
    expect(r.speech).toMatch(/^From 2025-01-01 to 2025-03-31, Compressor-1 used 5 percent less electricity than its baseline expected\. That saved \d+ kilowatt hours, about \d+ dollars\.$/);
    expectSpeakable(r.speech);
  });
});

describe('malformed voice requests get correct, speakable answers', () => {
  // Every row has four entries: jest would take a missing fourth for a done callback.
  const cases: [string, () => Promise<{ ok: boolean; speech: string; error: any }>, RegExp, string | null][] = [
    ['unknown energy source', () => train({ energySource: 'gaz', seuName: 'HVAC-Main', variables: ['hdd'], year: 2024 }), /^I don't know the energy source 'gaz'\. I know compressed air, electricity, natural gas and steam\. Did you mean natural gas\?$/, 'natural gas'],
    ['unknown SEU', () => train({ energySource: 'electricity', seuName: 'Compresor-9', variables: ['production count'], year: 2024 }), /^I don't know the SEU 'Compresor-9' for electricity\. I know Compressor-1, HVAC-EU-North and HVAC-Main\. Did you mean Compressor-1\?$/, 'Compressor-1'],
    ['unknown variable', () => train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production count', 'humidity'], year: 2024 }), /^I don't know the variable 'humidity' for electricity\. I know .* and working day\.$/, null],
    ['near-miss variable', () => train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['producton cont'], year: 2024 }), /Did you mean production count\?$/, 'production count'],
    ['year without data', () => train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production count'], year: 2023 }), /^There is no electricity data for Compressor-1 between 2023-01-01 and 2023-12-31\.$/, null],
    ['too few points', () => train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production count', 'outdoor temperature'], start: '2024-03-01', end: '2024-03-05' }), /^Only 5 complete periods of data for Compressor-1 electricity in that time; a baseline needs at least 10\. Choose a longer period or a finer granularity\.$/, null],
    ['no year', () => train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production count'] }), /^Which year should the baseline cover\?/, null],
    ['impossible year', () => train({ energySource: 'electricity', seuName: 'Compressor-1', variables: ['production count'], year: 1800 }), /^Year 1800 is not a calendar year between 1900 and 2200\.$/, null],
    ['collinear variables', () => train({ energySource: 'natural gas', seuName: 'HVAC-Main', variables: ['outdoor temperature', 'heating degree days'], start: '2024-01-01', end: '2024-02-29' }), /^Heating degree days moves in lockstep with the other variables in that period, so their effects cannot be told apart\. Leave one of them out\.$/, null],
    ['no variables', () => train({ energySource: 'electricity', seuName: 'Compressor-1', variables: [], year: 2024 }), /^Name at least one relevant variable\.$/, null],
    ['variables of an unknown source', async () => (await api.ok(`mutation { voiceListVariables(energySource: "water") { ok speech error { code suggestion choices } } }`)).voiceListVariables, /^I don't know the energy source 'water'\. I know compressed air, electricity, natural gas and steam\.$/, null],
    ['performance without a baseline', async () => (await api.ok(`mutation { voiceSeuPerformance(input: { energySource: "electricity", seuName: "HVAC-EU-North", year: 2025 }) { ok speech error { code } } }`)).voiceSeuPerformance, /^HVAC-EU-North electricity has no active baseline yet\. Train one first\.$/, null],
    ['performance in a year without data', async () => (await api.ok(`mutation { voiceSeuPerformance(input: { energySource: "electricity", seuName: "Compressor-1", year: 2026 }) { ok speech error { code } } }`)).voiceSeuPerformance, /^There is no complete electricity data for Compressor-1 between 2026-01-01 and 2026-12-31\.$/, null],
  ];
  it.each(cases)('%s', async (_name, call, speech, suggestion) => {
    const before = await baselineCount();
    const r = await call();
    expect(r.ok).toBe(false);
    expect(r.speech).toMatch(speech);
    expectSpeakable(r.speech);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(r.error.code);
    if (suggestion) expect(r.error.suggestion).toBe(suggestion);
    expect(await baselineCount()).toBe(before);
  });
});

describe('voiceCommand', () => {
  const COMMAND = `mutation($u: String!) { voiceCommand(utterance: $u) { ok speech intent slots error { code choices }
    train { baseline { variables } } variables { variables { name } } energySources { energySources { name } } performance { report { totals { improvementPercent } } } } }`;
  const say = async (u: string) => (await api.ok(COMMAND, { u })).voiceCommand;

  it('trains from the seed’s sentence, spoken years and number words included', async () => {
    const r = await say('Train baseline for electricity Compressor-1 using production count and outdoor temperature for year twenty twenty-four');
    expect(r.intent).toBe('TRAIN_BASELINE');
    expect(r.slots).toEqual({ energySource: 'electricity', seuName: 'Compressor-1', year: 2024, variables: ['production count', 'outdoor temperature'] });
    expect(r.ok).toBe(true);
    expect(r.speech).toMatch(/^Compressor-1 electricity baseline trained\. R-squared/);
    const plain = await say('please train a baseline for natural gas HVAC Main using the heating degree days for two thousand and twenty four');
    expect(plain.ok).toBe(true);
    expect(plain.train.baseline.variables).toEqual(['heating_degree_days']);
  });

  it('answers listings and performance questions', async () => {
    expect((await say('Which energy sources do you know?')).energySources.energySources).toHaveLength(4);
    const vars = await say('What variables are available for compressed air?');
    expect(vars.intent).toBe('LIST_VARIABLES');
    expect(vars.variables.variables.map((v: any) => v.name)).toContain('electricity_kwh');
    const perf = await say('How did compressor one perform on electricity in twenty twenty four?');
    expect(perf.intent).toBe('SEU_PERFORMANCE');
    expect(perf.ok).toBe(true);
    expect(Math.abs(perf.performance.report.totals.improvementPercent)).toBeLessThan(0.5); // its own baseline year
  });

  it('says what it did not understand', async () => {
    const r = await say('make me a sandwich');
    expect(r).toMatchObject({ ok: false, intent: 'UNKNOWN' });
    expect(r.speech).toMatch(/^Sorry, I didn't understand that\./);
    const noSource = await say('train a baseline for water pump 7 using production for 2024');
    expect(noSource.ok).toBe(false);
    expect(noSource.speech).toBe('Which energy source? I know compressed air, electricity, natural gas and steam.');
    const noSeu = await say('train a baseline for electricity boiler two using production for 2024');
    expect(noSeu.speech).toMatch(/^I don't know the SEU 'boiler 2' for electricity\./);
  });
});
