// Tenancy: a caller of one organization sees and changes nothing of another, through any
// list field, lookup, entity reference or mutation of any subgraph. The probes run as a
// Northwind user against the demo organization's ids.
import { sql } from 'kysely';
import { generateApiKey } from '../../common/api-keys.js';
import { loadConfig } from '../../common/config.js';
import { signIdentity } from '../../common/identity.js';
import { DEMO_ORG, NORTHWIND_ORG, seedPlant } from '../../database/simulator/index.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import { postGraphQL } from '../support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const SECRET = 'tenancy-test-secret';

describe('tenancy', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  let northwindAdmin: string;
  const demo: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', end: '2026-01-01T00:00:00Z', hours: 1, enms: { from: '2025-11-01', to: '2026-01-01' }, equipment: ['chiller*'] });
    const k = generateApiKey();
    northwindAdmin = k.key;
    await t.db.insertInto('platform.api_keys').values({ id: crypto.randomUUID(), organization_id: NORTHWIND_ORG.id, name: 'northwind admin', prefix: k.prefix, key_hash: k.hash, roles: ['admin'] }).execute();
    const ids = async (q: string) => (await sql<{ id: string }>`${sql.raw(q)}`.execute(t.db)).rows.map((r) => String(r.id));
    demo.equipment = await ids(`select id from assets.equipment where organization_id = '${DEMO_ORG.id}' order by code limit 20`);
    demo.sites = await ids(`select id from assets.sites where organization_id = '${DEMO_ORG.id}'`);
    demo.sources = await ids(`select id from energy.energy_sources where organization_id = '${DEMO_ORG.id}'`);
    demo.seus = await ids(`select id from energy.seus where organization_id = '${DEMO_ORG.id}'`);
    await sql`insert into readings.alerts (id, organization_id, equipment_id, severity, message, raised_at)
              select gen_random_uuid(), ${DEMO_ORG.id}, id, 'high', 'tenancy probe', now() from assets.equipment where organization_id = ${DEMO_ORG.id} limit 3`.execute(t.db);
    demo.alerts = await ids(`select id from readings.alerts where organization_id = '${DEMO_ORG.id}' and acknowledged_at is null limit 20`);
    demo.all = [DEMO_ORG.id, ...(await ids(`select id from assets.equipment where organization_id = '${DEMO_ORG.id}'`)), ...demo.sites, ...demo.sources, ...demo.seus, ...(await ids(`select id from readings.alerts where organization_id = '${DEMO_ORG.id}'`))];
    const config = loadConfig({ ...process.env, ALLOW_ANONYMOUS: 'false', REQUIRE_GATEWAY_SIGNATURE: 'true', INTERNAL_SECRET: SECRET, RATE_LIMIT_PER_SECOND: '100000', RATE_LIMIT_BURST: '100000' });
    stack = await startStack(t.db, { config, ephemeralPorts: true });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  const asNorthwind = (query: string, variables?: Record<string, unknown>) => postGraphQL(stack.gateway.url, query, variables, { 'x-api-key': northwindAdmin });
  const leaks = (body: unknown) => demo.all.filter((id) => JSON.stringify(body).includes(id));

  it('list fields of every subgraph return only the caller’s organization', async () => {
    const r = await asNorthwind(`{
      organizations { id slug sites { id } }
      sites { id }
      equipmentTypes { id equipmentCount }
      equipmentList(first: 500) { totalCount edges { node { id code site { id } } } }
      searchEquipment(text: "chiller 1", first: 20) { equipment { id } }
      energySources { id name }
      seus { id name }
      alerts(limit: 1000) { id }
      alertRules { id }
      datasetStatistics { totalEquipment totalSeries }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.organizations.map((o: { slug: string }) => o.slug)).toEqual(['northwind']);
    expect(leaks(r.data)).toEqual([]);
    const northwindEquipment = await sql<{ n: number }>`select count(*)::int as n from assets.equipment where organization_id = ${NORTHWIND_ORG.id} and retired_at is null`.execute(t.db);
    expect(r.data.equipmentList.totalCount).toBe(northwindEquipment.rows[0].n);
    const demoChillers = r.data.equipmentTypes.find((x: { id: string }) => x.id === 'chiller');
    expect(demoChillers?.equipmentCount ?? 0).toBeLessThan(6);
  });

  it('lookups by the other organization’s ids and codes find nothing', async () => {
    for (const id of demo.equipment.slice(0, 5)) {
      const r = await asNorthwind(`query($id: ID!) { equipment(id: $id) { id code } }`, { id });
      expect(r.data?.equipment ?? null).toBeNull();
      // The error may echo the id the caller sent, nothing else of the other tenant.
      expect(leaks(r.data)).toEqual([]);
      expect(JSON.stringify(r.errors ?? [])).not.toMatch(/chiller_0|Compressor-1|Chiller \d/);
    }
    const byCode = await asNorthwind(`{ equipmentByCode(code: "HVAC-Main") { id } }`);
    expect(byCode.data?.equipmentByCode ?? null).toBeNull();
    for (const id of demo.sources) {
      const r = await asNorthwind(`query($id: ID!) { energySource(id: $id) { id } }`, { id });
      expect(r.data?.energySource ?? null).toBeNull();
    }
    const series = await asNorthwind(`query($ids: [ID!]!) { seriesSet(equipmentIds: $ids, metrics: ["active_power_kw"], from: "2025-12-31T00:00:00Z", to: "2026-01-01T00:00:00Z", interval: "1 hour") { points { value } } }`, { ids: demo.equipment.slice(0, 5) });
    expect(JSON.stringify(series.data ?? {})).not.toMatch(/"value":\d/);
  });

  it('entity references of every @key resolve to nothing of the other organization', async () => {
    const identity = signIdentity({ subject: 'key:northwind', organizationId: NORTHWIND_ORG.id, roles: ['admin'] }, SECRET);
    const entities = async (subgraph: keyof RunningStack['subgraphs'], representations: unknown[], selection: string) =>
      postGraphQL(stack.subgraphs[subgraph].url, `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: representations }, identity);

    const assets = await entities('assets', [
      ...demo.equipment.map((id) => ({ __typename: 'Equipment', id })),
      ...demo.sites.map((id) => ({ __typename: 'Site', id })),
      { __typename: 'Organization', id: DEMO_ORG.id },
    ], '... on Equipment { id code } ... on Site { id name } ... on Organization { id slug }');
    expect(assets.data._entities.every((e: unknown) => e === null)).toBe(true);

    const energy = await entities('energy', [
      ...demo.sources.map((id) => ({ __typename: 'EnergySource', id })),
      ...demo.seus.map((id) => ({ __typename: 'Seu', id })),
      ...demo.equipment.map((id) => ({ __typename: 'Equipment', id })),
    ], '... on EnergySource { id name } ... on Seu { id name } ... on Equipment { seus { id } }');
    expect(leaks(energy.data)).toEqual([]);
    for (const e of energy.data._entities) expect(e === null || (Array.isArray(e.seus) && e.seus.length === 0)).toBe(true);

    const readings = await entities('readings', [
      ...demo.alerts.map((id) => ({ __typename: 'Alert', id })),
      ...demo.equipment.map((id) => ({ __typename: 'Equipment', id })),
    ], '... on Alert { id message } ... on Equipment { latest { value } metrics { name } }');
    expect(leaks(readings.data)).toEqual([]);
    for (const e of readings.data._entities) expect(e === null || ((e.latest ?? []).length === 0 && (e.metrics ?? []).length === 0)).toBe(true);
  });

  it('mutations cannot touch the other organization’s rows', async () => {
    const before = await sql<{ name: string; status: string }>`select name, status from assets.equipment where id = ${demo.equipment[0]}`.execute(t.db);
    const attempts = [
      [`mutation($id: ID!) { updateEquipment(id: $id, input: { name: "hijacked" }) { id } }`, { id: demo.equipment[0] }],
      [`mutation($id: ID!) { setEquipmentStatus(id: $id, status: FAULT) { id } }`, { id: demo.equipment[0] }],
      [`mutation($id: ID!) { retireEquipment(id: $id) { id } }`, { id: demo.equipment[1] }],
      [`mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted rejected { reason } } }`, { p: [{ equipmentId: demo.equipment[0], metric: 'active_power_kw', time: '2025-12-31T12:00:30Z', value: 1 }] }],
      [`mutation($id: ID!) { deleteSeu(id: $id) }`, { id: demo.seus[0] }],
      [`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: demo.alerts[0] }],
    ] as const;
    for (const [query, variables] of attempts) {
      const r = await asNorthwind(query, variables as Record<string, unknown>);
      const accepted = r.data?.ingestReadings?.accepted;
      expect(r.errors?.length || accepted === 0).toBeTruthy();
    }
    const after = await sql<{ name: string; status: string }>`select name, status from assets.equipment where id = ${demo.equipment[0]}`.execute(t.db);
    expect(after.rows).toEqual(before.rows);
    const seu = await sql<{ n: number }>`select count(*)::int as n from energy.seus where id = ${demo.seus[0]}`.execute(t.db);
    expect(seu.rows[0].n).toBe(1);
    const ack = await sql<{ acknowledged_at: Date | null }>`select acknowledged_at from readings.alerts where id = ${demo.alerts[0]}`.execute(t.db);
    expect(ack.rows[0].acknowledged_at).toBeNull();
  });
});
