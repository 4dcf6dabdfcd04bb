// Every role × every mutation, through the gateway: a role the mutation allows succeeds (no
// error at all), any other gets FORBIDDEN and writes nothing. The cases are listed per mutation;
// a mutation added to the schema without a case here fails the coverage test.
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { sql } from 'kysely';
import { generateApiKey } from '../../common/api-keys.js';
import { fieldRule } from '../../common/authorization.js';
import { loadConfig } from '../../common/config.js';
import { SUBGRAPH_NAMES } from '../../common/subgraph.js';
import { effectiveRoles, ROLES, type Role } from '../../common/identity.js';
import { COMMAND_CENTER, DEMO_ORG, equipmentId, seedPlant, siteId } from '../../database/simulator/index.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import { postGraphQL } from '../support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

type Vars = Record<string, unknown>;
interface Case {
  query: string;
  variables: (role: Role, made: Record<string, string>) => Vars;
  /** Remember an id the mutation returned, for later cases of the same role. */
  keep?: (data: any) => [string, string];
}

const CHILLER = equipmentId(DEMO_ORG.id, 'chiller_001');
const COMPRESSOR = 'c0000000-0000-0000-0000-000000000001';
const CAMPUS = siteId(DEMO_ORG.id, COMMAND_CENTER);
const PERIOD = { start: '2025-11-01', end: '2025-12-31' };
const PLACEHOLDER = '99999999-9999-4999-8999-999999999999';
const id = (made: Record<string, string>, k: string) => made[k] ?? PLACEHOLDER;
const ROLE_MINUTE: Record<Role, number> = { viewer: 1, ai: 2, operator: 3, engineer: 4, admin: 5 };

// In order: later cases use ids earlier ones created.
const CASES: Record<string, Case> = {
  createSite: { query: 'mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }', variables: (r) => ({ i: { kind: 'AREA', code: `matrix-${r}`, name: `Matrix ${r}`, parentId: CAMPUS } }), keep: (d) => ['site', d.createSite.id] },
  updateSite: { query: 'mutation($id: ID!) { updateSite(id: $id, input: { name: "Matrix area" }) { id } }', variables: (_r, m) => ({ id: id(m, 'site') }) },
  createEquipment: { query: 'mutation($i: CreateEquipmentInput!) { createEquipment(input: $i) { id } }', variables: (r, m) => ({ i: { code: `matrix_${r}`, name: `Matrix ${r}`, typeId: 'pump', siteId: m.site ?? CAMPUS } }), keep: (d) => ['equipment', d.createEquipment.id] },
  updateEquipment: { query: 'mutation($id: ID!) { updateEquipment(id: $id, input: { name: "Matrix pump" }) { id } }', variables: (_r, m) => ({ id: id(m, 'equipment') }) },
  setEquipmentStatus: { query: 'mutation($id: ID!) { setEquipmentStatus(id: $id, status: IDLE, reason: "matrix") { id } }', variables: () => ({ id: CHILLER }) },
  addEquipmentRelation: { query: 'mutation($i: EquipmentRelationInput!) { addEquipmentRelation(input: $i) { kind } }', variables: (_r, m) => ({ i: { fromId: id(m, 'equipment'), toId: CHILLER, kind: 'SERVES' } }) },
  removeEquipmentRelation: { query: 'mutation($i: EquipmentRelationInput!) { removeEquipmentRelation(input: $i) }', variables: (_r, m) => ({ i: { fromId: id(m, 'equipment'), toId: CHILLER, kind: 'SERVES' } }) },
  importAssets: {
    query: 'mutation($d: JSON!, $s: ID!) { importAssets(document: $d, defaultSiteId: $s) { items { outcome reason } } }',
    variables: (r) => ({ d: [{ id: `matrix-import-${r}`, name: `Imported ${r}`, type: 'pump', location: 'Yard', specifications: { flow: 10 } }], s: CAMPUS }),
  },
  retireEquipment: { query: 'mutation($id: ID!) { retireEquipment(id: $id) { id } }', variables: (_r, m) => ({ id: id(m, 'equipment') }) },
  retireSite: { query: 'mutation($id: ID!) { retireSite(id: $id) { id } }', variables: (_r, m) => ({ id: id(m, 'site') }) },
  createUser: { query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', variables: (r) => ({ i: { email: `${r}@matrix.io`, name: r, roles: ['VIEWER'] } }), keep: (d) => ['user', d.createUser.id] },
  disableUser: { query: 'mutation($id: ID!) { disableUser(id: $id) { id } }', variables: (_r, m) => ({ id: id(m, 'user') }) },
  createApiKey: { query: 'mutation { createApiKey(input: { name: "matrix", roles: [VIEWER] }) { apiKey { id } secret } }', variables: () => ({}), keep: (d) => ['key', d.createApiKey.apiKey.id] },
  revokeApiKey: { query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', variables: (_r, m) => ({ id: id(m, 'key') }) },
  createMetric: { query: 'mutation($i: MetricInput!) { createMetric(input: $i) { name } }', variables: (r) => ({ i: { name: `matrix_${r}`, unit: 'u', kind: 'GAUGE' } }) },
  ingestReadings: {
    query: 'mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted } }',
    variables: (r) => ({ p: [{ equipmentId: CHILLER, metric: 'active_power_kw', time: `2025-12-31T23:${String(ROLE_MINUTE[r]).padStart(2, '0')}:30Z`, value: 1 }] }),
  },
  ingestSeriesReadings: {
    query: 'mutation($s: [SeriesReadingsInput!]!) { ingestSeriesReadings(series: $s) { accepted } }',
    variables: (r) => ({ s: [{ equipmentId: CHILLER, metric: 'active_power_kw', times: [`2025-12-31T22:${String(ROLE_MINUTE[r]).padStart(2, '0')}:30Z`], values: [1] }] }),
  },
  createAlertRule: {
    query: 'mutation($i: AlertRuleInput!) { createAlertRule(input: $i) { id } }',
    variables: (r) => ({ i: { name: `matrix ${r}`, metric: 'active_power_kw', equipmentId: CHILLER, operator: 'GT', threshold: 1e9, severity: 'INFO' } }),
    keep: (d) => ['rule', d.createAlertRule.id],
  },
  updateAlertRule: {
    query: 'mutation($id: ID!, $i: AlertRuleInput!) { updateAlertRule(id: $id, input: $i) { id } }',
    variables: (r, m) => ({ id: id(m, 'rule'), i: { name: `matrix ${r} 2`, metric: 'active_power_kw', equipmentId: CHILLER, operator: 'GT', threshold: 2e9, severity: 'INFO' } }),
  },
  deleteAlertRule: { query: 'mutation($id: ID!) { deleteAlertRule(id: $id) }', variables: (_r, m) => ({ id: id(m, 'rule') }) },
  acknowledgeAlert: { query: 'mutation($id: ID!) { acknowledgeAlert(id: $id, by: "matrix") { id } }', variables: (_r, m) => ({ id: id(m, 'alert1') }) },
  acknowledgeAlerts: { query: 'mutation($ids: [ID!]!) { acknowledgeAlerts(ids: $ids, by: "matrix") { id } }', variables: (_r, m) => ({ ids: [id(m, 'alert2')] }) },
  createEnergySource: {
    query: 'mutation($i: EnergySourceInput!) { createEnergySource(input: $i) { id } }',
    variables: (r) => ({ i: { name: `matrix_${r}`, unit: 'u', costPerUnit: 1, carbonIntensity: 1, consumptionMetric: 'energy_kwh' } }),
    keep: (d) => ['source', d.createEnergySource.id],
  },
  updateEnergySource: { query: 'mutation($id: ID!) { updateEnergySource(id: $id, input: { costPerUnit: 2 }) { id } }', variables: (_r, m) => ({ id: id(m, 'source') }) },
  createSeu: { query: 'mutation($i: SeuInput!) { createSeu(input: $i) { id } }', variables: (r) => ({ i: { name: `Matrix ${r}`, energySource: 'electricity', equipmentIds: [COMPRESSOR] } }), keep: (d) => ['seu', d.createSeu.id] },
  updateSeu: { query: 'mutation($id: ID!) { updateSeu(id: $id, input: { description: "matrix" }) { id } }', variables: (_r, m) => ({ id: id(m, 'seu') }) },
  deleteSeu: { query: 'mutation($id: ID!) { deleteSeu(id: $id) }', variables: (_r, m) => ({ id: id(m, 'seu') }) },
  createRelevantVariable: {
    query: 'mutation($i: RelevantVariableInput!) { createRelevantVariable(input: $i) { id } }',
    variables: (r) => ({ i: { name: `matrix_${r}`, energySource: 'electricity', kind: 'METRIC', metric: 'production_count', scope: 'EQUIPMENT', aggregation: 'SUM' } }),
    keep: (d) => ['variable', d.createRelevantVariable.id],
  },
  updateRelevantVariable: { query: 'mutation($id: ID!) { updateRelevantVariable(id: $id, input: { description: "matrix" }) { id } }', variables: (_r, m) => ({ id: id(m, 'variable') }) },
  deleteRelevantVariable: { query: 'mutation($id: ID!) { deleteRelevantVariable(id: $id) }', variables: (_r, m) => ({ id: id(m, 'variable') }) },
  trainBaseline: {
    query: 'mutation($i: TrainBaselineInput!) { trainBaseline(input: $i) { id } }',
    variables: () => ({ i: { seuName: 'Compressor-1', energySource: 'electricity', variables: ['production_count', 'outdoor_temp_c'], period: PERIOD, activate: false } }),
    keep: (d) => ['baseline', d.trainBaseline.id],
  },
  activateBaseline: { query: 'mutation($id: ID!) { activateBaseline(id: $id) { id } }', variables: (_r, m) => ({ id: id(m, 'baseline') }) },
  autoSelectBaseline: {
    query: 'mutation($i: AutoSelectInput!) { autoSelectBaseline(input: $i) { models { valid } } }',
    variables: () => ({ i: { seuName: 'Compressor-1', energySource: 'electricity', candidates: ['production_count', 'outdoor_temp_c'], period: PERIOD } }),
  },
  voiceTrainBaseline: {
    query: 'mutation($i: VoiceTrainBaselineInput!) { voiceTrainBaseline(input: $i) { ok speech } }',
    variables: () => ({ i: { energySource: 'electricity', seuName: 'Compressor-1', variables: ['production count', 'outdoor temperature'], start: PERIOD.start, end: PERIOD.end } }),
  },
  voiceListVariables: { query: 'mutation { voiceListVariables(energySource: "electricity") { speech } }', variables: () => ({}) },
  voiceListEnergySources: { query: 'mutation { voiceListEnergySources { speech } }', variables: () => ({}) },
  voiceSeuPerformance: { query: 'mutation($i: VoicePerformanceInput!) { voiceSeuPerformance(input: $i) { speech } }', variables: () => ({ i: { energySource: 'electricity', seuName: 'Compressor-1', start: PERIOD.start, end: PERIOD.end } }) },
  voiceCommand: { query: 'mutation { voiceCommand(utterance: "which energy sources do you know") { speech } }', variables: () => ({}) },
};

/** The roles each mutation's @requiresRole names, read from the subgraph schemas. */
function requiredRoles(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of SUBGRAPH_NAMES) {
    const schema = buildSubgraphSchema([{ typeDefs: parse(readFileSync(`subgraphs/${name}/schema.graphql`, 'utf8')) }]);
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const rule = fieldRule(field);
      if (rule) out.set(field.name, rule.scopes.flat());
    }
  }
  return out;
}

describe('roles × mutations', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', end: '2026-01-01T00:00:00Z', hours: 1, enms: { from: '2025-11-01', to: '2026-01-01' }, equipment: ['chiller_001', 'Compressor-1'] });
    for (const role of ROLES) {
      const k = generateApiKey();
      keys[role] = k.key;
      await t.db.insertInto('platform.api_keys').values({ id: crypto.randomUUID(), organization_id: DEMO_ORG.id, name: role, prefix: k.prefix, key_hash: k.hash, roles: [role] }).execute();
    }
    const config = loadConfig({ ...process.env, ALLOW_ANONYMOUS: 'false', INTERNAL_SECRET: 'matrix-secret', REQUIRE_GATEWAY_SIGNATURE: 'true', RATE_LIMIT_PER_SECOND: '100000', RATE_LIMIT_BURST: '100000' });
    stack = await startStack(t.db, { config, ephemeralPorts: true });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  it('has a case for every mutation of the API', () => {
    const api = Supergraph.build(readFileSync('supergraph.graphql', 'utf8')).apiSchema().toGraphQLJSSchema();
    expect(Object.keys(api.getMutationType()!.getFields()).sort()).toEqual(Object.keys(CASES).sort());
    expect([...requiredRoles().keys()].sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(ROLES.map((r) => [r]))('%s: allowed mutations succeed, the others are FORBIDDEN and write nothing', async (role) => {
    const needed = requiredRoles();
    const held = effectiveRoles([role]);
    const alerts = await sql<{ id: string }>`
      insert into readings.alerts (id, organization_id, equipment_id, severity, message, raised_at)
      select gen_random_uuid(), ${DEMO_ORG.id}, ${CHILLER}, 'info', 'matrix ' || g, now() from generate_series(1, 2) g returning id`.execute(t.db);
    const made: Record<string, string> = { alert1: alerts.rows[0].id, alert2: alerts.rows[1].id };
    const problems: string[] = [];
    for (const [name, c] of Object.entries(CASES)) {
      const allowed = needed.get(name)!.some((r) => held.has(r as Role));
      const counts = async () => (await sql<{ n: string }>`select (
          (select count(*) from assets.sites) + (select count(*) from assets.equipment) + (select count(*) from assets.equipment_relations) +
          (select count(*) from platform.users) + (select count(*) from platform.api_keys where revoked_at is null) + (select count(*) from readings.metrics) +
          (select count(*) from readings.points) + (select count(*) from readings.alert_rules) + (select count(*) from readings.alerts where acknowledged_at is null) +
          (select count(*) from energy.energy_sources) + (select count(*) from energy.seus) + (select count(*) from energy.relevant_variables) +
          (select count(*) from energy.baselines))::text as n`.execute(t.db)).rows[0].n;
      const before = allowed ? null : await counts();
      const r = await postGraphQL(stack.gateway.url, c.query, c.variables(role, made), { 'x-api-key': keys[role] });
      const codes = (r.errors ?? []).map((e) => e.extensions?.code);
      if (allowed) {
        if (r.errors?.length) problems.push(`${name} as ${role}: expected success, got ${JSON.stringify(r.errors.map((e) => e.message))}`);
        else if (c.keep) {
          const [k, v] = c.keep(r.data);
          made[k] = v;
        }
      } else {
        if (codes.length !== 1 || codes[0] !== 'FORBIDDEN') problems.push(`${name} as ${role}: expected FORBIDDEN, got ${JSON.stringify(codes)}`);
        if ((await counts()) !== before) problems.push(`${name} as ${role}: rows changed although forbidden`);
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
