// The assets API on the simulator's demo plant (structure complete, one hour of readings for
// one chiller): the seed's inventory and counts, the documented search phrases, the topology
// the simulator wires, the EnMS ids, and tenant isolation against Northwind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadConfig } from '../../common/config.js';
import { COMMAND_CENTER_COUNTS, ENMS_MACHINES, NORTHWIND_ORG, seedPlant, siteId } from '../../database/simulator/index.js';
import { startStack, type RunningStack } from '../../gateway/stack.js';
import { gql, SEARCH_PHRASES } from '../support/assets-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

const DEMO = '00000000-0000-4000-8000-000000000001';
const EXAMPLES = new URL('../../examples/', import.meta.url);
const assetsStatements = (all: string[]) => all.filter((s) => /"?assets"?\./.test(s));

describe('assets on the simulated demo plant', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  const q = (query: string, variables: Record<string, unknown> = {}, org?: string) => gql(stack.gateway.url, query, variables, org);

  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 8 });
    await seedPlant(t, { hours: 1, equipment: ['chiller_001'], enms: false, history: false });
    stack = await startStack(t.db, { ephemeralPorts: true, config: loadConfig({ NODE_ENV: 'test' }) });
  });
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  it('holds the 357 command-center equipment with the seed type breakdown and the 7 EnMS machines by their ids', async () => {
    const { result, sql } = await countStatements(t, () =>
      q(`query($cc: ID!) { cc: equipmentList(filter: { siteId: $cc }, first: 500) { totalCount edges { node { code status site { name timeZone } type { id } ratings { value unit } } } }
        chillers: equipmentList(filter: { codePrefix: "chiller" }) { edges { node { code } } } }`, { cc: siteId(DEMO, 'command-center') }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.cc.totalCount).toBe(357);
    const perType: Record<string, number> = {};
    for (const e of result.data.cc.edges) perType[e.node.type.id] = (perType[e.node.type.id] ?? 0) + 1;
    expect(perType).toEqual(COMMAND_CENTER_COUNTS);
    expect(result.data.chillers.edges.map((e: any) => e.node.code)).toEqual(['chiller_001', 'chiller_002', 'chiller_003', 'chiller_004', 'chiller_005', 'chiller_006']);
    // Two lists, each with its own site and type look-ups would be 6; the loaders share them.
    expect(assetsStatements(sql).length).toBeLessThanOrEqual(6);
    const reps = ENMS_MACHINES.map((m) => ({ __typename: 'Equipment', id: m.id }));
    const entities = await gql(stack.subgraphs.assets.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { code } } }`, { r: reps });
    expect(entities.data._entities.map((e: any) => e.code)).toEqual(ENMS_MACHINES.map((m) => m.code));
  });

  it.each(SEARCH_PHRASES)('search %j puts %s first', async (text, expected) => {
    const r = await q(`query($t: String!) { searchEquipment(text: $t, first: 3) { score equipment { code } } }`, { t: text });
    expect(r.errors).toBeUndefined();
    expect(r.data.searchEquipment[0].equipment.code).toBe(expected);
  });

  it('traces every command-center load up to a transformer and a transformer down to motors', async () => {
    const r = await q(`{ trf: equipmentByCode(code: "trf_001") { downstream(kinds: [FEEDS]) { equipment { type { id } } } }
      motors: equipmentList(filter: { typeIds: ["motor"], siteId: "${siteId(DEMO, 'command-center')}" }) { edges { node { code upstream(kinds: [FEEDS]) { equipment { type { id } } } } } } }`);
    expect(r.errors).toBeUndefined();
    const below = new Set(r.data.trf.downstream.map((n: any) => n.equipment.type.id));
    expect([...below]).toEqual(expect.arrayContaining(['lt_pcc', 'lt_mcc']));
    for (const e of r.data.motors.edges) {
      expect({ code: e.node.code, transformer: e.node.upstream.some((n: any) => n.equipment.type.id === 'trf') }).toEqual({ code: e.node.code, transformer: true });
    }
  });

  it('keeps Northwind apart: its codes resolve to its own equipment', async () => {
    const demo = await q(`{ equipmentList(first: 1) { totalCount } }`);
    const nw = await q(`{ equipmentList(first: 500) { totalCount edges { node { code site { code } } } } organizations { slug } }`, {}, NORTHWIND_ORG.id);
    expect(nw.errors).toBeUndefined();
    expect(nw.data.organizations).toEqual([{ slug: 'northwind' }]);
    expect(nw.data.equipmentList.totalCount).toBeGreaterThan(0);
    expect(nw.data.equipmentList.totalCount).toBeLessThan(demo.data.equipmentList.totalCount);
    expect(nw.data.equipmentList.edges.every((e: any) => e.node.site.code === 'riverside')).toBe(true);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.startsWith('assets-') && f.endsWith('.graphql')))('runs examples/%s as-is on the demo plant', async (file) => {
    const varsFile = new URL(file.replace(/\.graphql$/, '.json'), EXAMPLES);
    const variables = existsSync(varsFile) ? JSON.parse(readFileSync(varsFile, 'utf8')) : {};
    const r = await q(readFileSync(new URL(file, EXAMPLES), 'utf8'), variables);
    expect(r.errors).toBeUndefined();
  });
});
