// The assets API through the gateway: the demo inventory with its per-type counts, the seed's
// prefix filter, statement counts for a full listing and for entity look-ups that start in
// another subgraph, the examples under examples/assets-*, and error codes surviving the gateway.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { sql } from 'kysely';
import { loadConfig } from '../../common/config.js';
import { startStack, type RunningStack } from '../../gateway/stack.js';
import { COUNTS, ENMS, gql, seedAssetsFixture, SEARCH_PHRASES, siteIdOf } from '../support/assets-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const assetsStatements = (all: string[]) => all.filter((s) => /"?assets"?\./.test(s));

describe('assets through the gateway', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  const q = (query: string, variables: Record<string, unknown> = {}) => gql(stack.gateway.url, query, variables);

  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 8 });
    await seedAssetsFixture(t.db);
    // One power series per piece of equipment, so readings can hand equipment back to assets.
    await sql`insert into readings.metrics (name, unit, kind) values ('active_power_kw', 'kW', 'gauge') on conflict do nothing`.execute(t.db);
    const { rows } = await sql<{ id: number }>`
      insert into readings.series (organization_id, equipment_id, metric_id, time_zone, data_interval_seconds)
      select e.organization_id, e.id, m.id, 'Asia/Kolkata', 60
      from assets.equipment e cross join readings.metrics m
      where m.name = 'active_power_kw' and e.organization_id = '00000000-0000-4000-8000-000000000001'
      returning id`.execute(t.db);
    const ids = rows.map((r) => r.id);
    await sql`insert into readings.points (series_id, time, value)
              select s, t, 10 from unnest(${ids}::int[]) s, generate_series(timestamptz '2024-06-15 00:00+00', timestamptz '2024-06-15 00:59+00', interval '1 minute') t`.execute(t.db);
    await sql`select readings.refresh_rollups(${ids}::int[], timestamptz '2024-06-15 00:00+00', timestamptz '2024-06-15 01:00+00')`.execute(t.db);
    stack = await startStack(t.db, { ephemeralPorts: true, config: loadConfig({ NODE_ENV: 'test' }) });
  });
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  it('lists the 357 command-center equipment and the 7 EnMS machines with correct per-type counts', async () => {
    const r = await q(`query($cc: ID!) {
      cc: equipmentList(filter: { siteId: $cc }, first: 500) { totalCount edges { node { code type { id } } } }
      enms: equipmentList(filter: { siteId: "${siteIdOf('demo-manufacturing-plant')}" }) { totalCount edges { node { id code } } }
      eu: equipmentList(filter: { siteId: "${siteIdOf('european-production-facility')}" }) { totalCount edges { node { id code } } }
      equipmentTypes(onlyUsed: true) { id equipmentCount } }`, { cc: siteIdOf('command-center') });
    expect(r.errors).toBeUndefined();
    expect(r.data.cc.totalCount).toBe(357);
    const perType: Record<string, number> = {};
    for (const e of r.data.cc.edges) perType[e.node.type.id] = (perType[e.node.type.id] ?? 0) + 1;
    expect(perType).toEqual(COUNTS);
    const enms = [...r.data.enms.edges, ...r.data.eu.edges].map((e: any) => [e.node.id, e.node.code]).sort();
    expect(enms).toEqual(ENMS.map(([id, code]) => [id, code]).sort());
    const types = Object.fromEntries(r.data.equipmentTypes.map((t: any) => [t.id, t.equipmentCount]));
    expect(types).toMatchObject({ chiller: 6, ahu: 23, lt_mcc: 70, hvac: 2, injection_molding: 1, compressor: 7 });
  });

  it("returns exactly the six chillers for the seed's prefix filter", async () => {
    const r = await q(`{ equipmentList(filter: { codePrefix: "chiller" }) { totalCount edges { node { code } } } }`);
    expect(r.data.equipmentList.edges.map((e: any) => e.node.code)).toEqual(['chiller_001', 'chiller_002', 'chiller_003', 'chiller_004', 'chiller_005', 'chiller_006']);
  });

  it('lists all equipment with site, type, status and ratings in at most 3 assets statements', async () => {
    const { result, sql: statements } = await countStatements(t, () =>
      q(`{ equipmentList(first: 500) { totalCount edges { node { code status site { name timeZone } type { name } ratings { value unit } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.equipmentList.edges).toHaveLength(364);
    expect(assetsStatements(statements).length).toBeLessThanOrEqual(3);
  });

  it('resolves 364 equipment handed over by the readings subgraph in at most 3 assets statements', async () => {
    const list = await q(`{ equipmentList(first: 500) { edges { node { id } } } }`);
    const ids = list.data.equipmentList.edges.map((e: any) => e.node.id);
    const { result, sql: statements } = await countStatements(t, () =>
      q(`query($ids: [ID!]!) { seriesSet(equipmentIds: $ids, metrics: ["active_power_kw"], from: "2024-06-15T00:00:00Z", to: "2024-06-15T01:00:00Z", interval: "1 hour") {
          equipment { code status site { name } type { name } ratings { value unit } } } }`, { ids }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.seriesSet).toHaveLength(364);
    expect(result.data.seriesSet.every((s: any) => s.equipment.site.name && s.equipment.type.name)).toBe(true);
    expect(assetsStatements(statements).length).toBeLessThanOrEqual(3);
  });

  it('keeps error codes and messages through the gateway', async () => {
    const r = await q(`{ equipmentByCode(code: "chillr 9") { code } }`);
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).toContain("'chillr 9'");
    const big = await q(`{ equipmentList(first: 1000) { totalCount } }`);
    expect(big.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  const examples = readdirSync(EXAMPLES).filter((f) => f.startsWith('assets-') && f.endsWith('.graphql'));

  it('has at least four assets examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples)('runs examples/%s without errors', async (file) => {
    const query = readFileSync(new URL(file, EXAMPLES), 'utf8');
    const varsFile = new URL(file.replace(/\.graphql$/, '.json'), EXAMPLES);
    const variables = existsSync(varsFile) ? JSON.parse(readFileSync(varsFile, 'utf8')) : {};
    const r = await q(query, variables);
    expect(r.errors).toBeUndefined();
    expect(r.data).toBeTruthy();
  });

  it('the search example puts each documented phrase’s equipment first', async () => {
    const r = await q(readFileSync(new URL('assets-search.graphql', EXAMPLES), 'utf8'));
    const firsts = Object.values(r.data).map((hits: any) => hits[0].equipment.code);
    expect(firsts).toEqual(SEARCH_PHRASES.map(([, code]) => code));
  });
});
