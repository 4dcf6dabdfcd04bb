// The training API through the gateway: O(1) training statements for 1,024 states and 256
// trajectories (times printed), byte-identical answers per seed, equipment context for a whole
// list in O(1) statements, alerts context fed by readings through @requires, cursor paging of
// exportDataset, and error codes.
import { sql } from 'kysely';
import { loadConfig } from '../../common/config.js';
import { startStack, type RunningStack } from '../../gateway/stack.js';
import { createTrainingPlant, ORG, type TrainingPlant } from '../support/training-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('training through the gateway', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  let plant: TrainingPlant;

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { text: await res.text(), get body() { return JSON.parse(this.text) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] }; } };
  }
  // Statements the training subgraph sends: they read the published views.
  const trainingStatements = (all: string[]) => all.filter((s) => /readings\.pub_|assets\.pub_/.test(s));

  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 8 });
    plant = await createTrainingPlant(t);
    const chiller = plant.byCode.get('chiller_001')!;
    await sql`insert into readings.alerts (id, organization_id, equipment_id, severity, message, value, raised_at)
              values ('a1000000-0000-4000-8000-000000000001', ${ORG}, ${chiller.id}, 'critical', 'Power spike above 250 kW', 301.5, '2024-06-15T03:10:00Z'),
                     ('a1000000-0000-4000-8000-000000000002', ${ORG}, ${chiller.id}, 'info', 'Started', null, '2024-06-15T00:05:00Z')`.execute(t.db);
    // A training call of 1,024 states is one SQL statement, whatever a generic per-item gateway
    // cost estimate (MAX_COST, when the gateway has one) says of it.
    stack = await startStack(t.db, { ephemeralPorts: true, config: loadConfig({ NODE_ENV: 'test', MAX_COST: '1000000' }) });
  });
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  it('samples 1,024 states and 256 trajectories in O(1) statements, byte-identical per seed', async () => {
    const states = `query($seed: Int!) { sampleStates(equipmentType: "chiller", count: 1024, seed: $seed) { seed states { equipmentCode time label state missingMetrics } } }`;
    let started = Date.now();
    const a = await countStatements(t, () => gql(states, { seed: 42 }));
    const statesMs = Date.now() - started;
    expect(a.result.body.errors).toBeUndefined();
    expect(a.result.body.data.sampleStates.states).toHaveLength(1024);
    expect(a.result.body.data.sampleStates.seed).toBe(42);
    // Byte-identical data (the response's extensions carry a per-request id).
    const data = async (seed: number) => JSON.stringify((await gql(states, { seed })).body.data);
    expect(await data(42)).toBe(JSON.stringify(a.result.body.data));
    expect(await data(43)).not.toBe(JSON.stringify(a.result.body.data));

    const trajectories = `{ trajectories(equipmentType: "chiller", durationHours: 1, intervalMinutes: 15, count: 256, seed: 7) { seed statesPerTrajectory endInclusive trajectories { equipmentCode start end states { time state } } } }`;
    started = Date.now();
    const b = await countStatements(t, () => gql(trajectories));
    const trajectoriesMs = Date.now() - started;
    expect(b.result.body.errors).toBeUndefined();
    expect(b.result.body.data.trajectories).toMatchObject({ seed: 7, statesPerTrajectory: 4, endInclusive: false });
    expect(b.result.body.data.trajectories.trajectories).toHaveLength(256);
    const sc = trainingStatements(a.sql).length;
    const tc = trainingStatements(b.sql).length;
    console.log(`through the gateway: 1,024 states in ${sc} statements, ${statesMs} ms; 256 trajectories (1,024 states) in ${tc} statements, ${trajectoriesMs} ms (${t.url ? 'PostgreSQL' : 'PGlite'})`);
    expect(sc).toBe(2);
    expect(tc).toBe(2);
    // Read-only: every statement is a query.
    expect([...a.sql, ...b.sql].every((q) => /^\s*(select|with)\b/i.test(q))).toBe(true);
  });

  it('gives every equipment of a list its context summary and samples in O(1) statements', async () => {
    const { result, sql: statements } = await countStatements(t, () =>
      gql(`{ equipmentList(first: 100) { edges { node { code contextSummary(maxChars: 300) trendContext(hours: 2, maxChars: 400) samples(count: 3, seed: 1) { seed states { time label } } } } } }`),
    );
    expect(result.body.errors).toBeUndefined();
    const nodes = result.body.data.equipmentList.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(9);
    for (const n of nodes) {
      expect(n.contextSummary.startsWith(`Equipment: ${n.code}`)).toBe(true);
      expect(n.contextSummary.length).toBeLessThanOrEqual(300);
      expect(n.trendContext.length).toBeLessThanOrEqual(400);
      expect(n.samples.seed).toBe(1);
      expect(n.samples.states).toHaveLength(3);
    }
    // assets' list, then one statement each for summaries, windows, the sample pool and the states.
    expect(trainingStatements(statements).length).toBeLessThanOrEqual(6);
  });

  it('renders alerts context from the alerts readings resolves (federated @requires)', async () => {
    const r = (await gql(`{ equipmentByCode(code: "chiller_001") { alertsContext(hours: 24) high: alertsContext(hours: 24, minSeverity: HIGH, maxChars: 200) } }`)).body;
    expect(r.errors).toBeUndefined();
    expect(r.data.equipmentByCode.alertsContext).toContain('[CRITICAL] 2024-06-15 08:40:00+05:30 Power spike above 250 kW');
    expect(r.data.equipmentByCode.alertsContext).toContain('[INFO] 2024-06-15 05:35:00+05:30 Started');
    expect(r.data.equipmentByCode.high).not.toContain('[INFO]');
    expect(r.data.equipmentByCode.high.length).toBeLessThanOrEqual(200);
  });

  it('pages exportDataset with cursors to the same records as sampleStates', async () => {
    const page = `query($after: String) { exportDataset(input: { kind: STATES, count: 25, seed: 5, equipmentType: "pump" }, first: 10, after: $after) {
      seed totalCount edges { cursor node { index record } } pageInfo { hasNextPage endCursor } } }`;
    const records: any[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: any = (await gql(page, { after })).body;
      expect(r.errors).toBeUndefined();
      records.push(...r.data.exportDataset.edges.map((e: any) => e.node.record));
      if (!r.data.exportDataset.pageInfo.hasNextPage) break;
      after = r.data.exportDataset.pageInfo.endCursor;
    }
    expect(records.map((r) => r.index)).toEqual([...Array(25).keys()]);
    const direct = (await gql(`{ sampleStates(equipmentType: "pump", count: 25, seed: 5) { states { equipmentCode time state } } }`)).body.data.sampleStates.states;
    expect(records.map((r) => [r.equipment_code, r.time, r.state])).toEqual(direct.map((s: any) => [s.equipmentCode, new Date(s.time).toISOString(), s.state]));
    const pairs = (await gql(`{ exportDataset(input: { kind: PAIRS, count: 5, seed: 1, equipmentType: "chiller" }, first: 5) { edges { node { record } } } }`)).body;
    expect(pairs.data.exportDataset.edges.map((e: any) => Object.keys(e.node.record))).toEqual(Array(5).fill(['prompt', 'chosen', 'rejected']));
  });

  it('serves preference pairs and training batches with their enums mapped both ways', async () => {
    const r = (
      await gql(`{ higher: preferencePairs(equipmentType: "chiller", direction: HIGHER_IS_BETTER, count: 5, seed: 2) { seed direction rule { loadMetric } pairs { aScore bScore preferred margin trl { prompt chosen rejected } } }
                   lower: preferencePairs(equipmentType: "chiller", count: 5, seed: 2) { direction pairs { aScore bScore preferred } }
                   trainingBatch(batchSize: 32, equipmentTypes: ["chiller", "ahu", "pump"], anomalyRatio: 0.2, seed: 4) { seed anomalyCount normalCount roundingRule examples { label } } }`)
    ).body;
    expect(r.errors).toBeUndefined();
    expect(r.data.higher).toMatchObject({ seed: 2, direction: 'HIGHER_IS_BETTER', rule: { loadMetric: 'cooling_load_tr' } });
    expect(r.data.higher.pairs).toHaveLength(5);
    for (const p of r.data.higher.pairs) expect(p.preferred).toBe(p.aScore >= p.bScore ? 'A' : 'B');
    for (const p of r.data.lower.pairs) expect(p.preferred).toBe(p.aScore <= p.bScore ? 'A' : 'B');
    expect(r.data.trainingBatch).toMatchObject({ seed: 4, anomalyCount: 6, normalCount: 26 });
    expect(r.data.trainingBatch.examples.filter((e: any) => e.label === 'ANOMALY')).toHaveLength(6);
  });

  it('answers bad input with clear codes and messages', async () => {
    const cases: [string, string, RegExp][] = [
      ['{ sampleStates(equipmentType: "boiler") { seed } }', 'BAD_USER_INPUT', /Unknown equipment type 'boiler'/],
      ['{ sampleStates(equipmentType: "chiller", count: 0) { seed } }', 'BAD_USER_INPUT', /count must be a whole number between 1 and 10,000, got 0/],
      ['{ sampleStates(equipmentType: "chiller", count: 20000) { seed } }', 'LIMIT_EXCEEDED', /over the maximum of 10,000/],
      ['{ trainingBatch(equipmentTypes: ["chiller"], anomalyRatio: 1.5) { seed } }', 'BAD_USER_INPUT', /anomalyRatio must be between 0 and 1, got 1.5/],
      ['{ trajectories(equipmentType: "chiller", durationHours: 0.5, intervalMinutes: 45) { seed } }', 'BAD_USER_INPUT', /intervalMinutes 45 is larger than the duration of 30 minutes/],
      ['{ sampleStates(equipmentType: "chiller", at: "2030-01-01T00:00:00Z") { seed } }', 'BAD_USER_INPUT', /is outside the data/],
      ['{ comparisonContext(equipmentIds: ["nope"]) }', 'BAD_USER_INPUT', /not a valid id/],
      ['{ equipmentByCode(code: "chiller_001") { contextSummary(maxChars: 5) } }', 'BAD_USER_INPUT', /maxChars must be between 40 and 100000, got 5/],
    ];
    for (const [query, code, message] of cases) {
      const r = (await gql(query)).body;
      expect({ query, code: r.errors?.[0]?.extensions?.code }).toEqual({ query, code });
      expect(r.errors![0].message).toMatch(message);
    }
  });
});
