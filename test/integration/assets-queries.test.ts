// The assets subgraph's read side against a real database: catalog, lookups, listing, entity
// resolution, topology, search and the errors of bad input, with statement counts.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { sql } from 'kysely';
import { type RunningSubgraph, startSubgraph } from '../../common/subgraph.js';
import { lookupKey, queryWords, searchWords, stripLeadingZeros } from '../../subgraphs/assets/text.js';
import { assetsSubgraph } from '../../subgraphs/assets/index.js';
import { COUNTS, DEMO, ENMS, equipmentIdOf, gql, NORTHWIND, SEARCH_PHRASES, seedAssetsFixture, siteIdOf } from '../support/assets-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('assets subgraph: queries', () => {
  let t: TestDatabase;
  let sg: RunningSubgraph;
  const q = <T = any>(query: string, variables: Record<string, unknown> = {}, org?: string) => gql<T>(sg.url, query, variables, org);
  const counted = async (query: string, variables: Record<string, unknown> = {}) => {
    const { result, count, sql } = await countStatements(t, () => q(query, variables));
    return { ...result, count, sql };
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedAssetsFixture(t.db);
    sg = await startSubgraph(assetsSubgraph as Parameters<typeof startSubgraph>[0], { db: t.db, port: 0 });
  });
  afterAll(async () => {
    await sg.stop();
    await t.destroy();
  });

  // Documentation of every field, argument and enum value: test/unit/schema-rules.test.ts, for all subgraphs.

  describe('catalog and listing', () => {
    it('counts equipment per type for the caller (the seed type breakdown plus the EnMS machines)', async () => {
      const r = await q(`{ equipmentTypes(onlyUsed: true) { id category equipmentCount } }`);
      expect(r.errors).toBeUndefined();
      const counts = Object.fromEntries(r.data.equipmentTypes.map((t: any) => [t.id, t.equipmentCount]));
      const expected: Record<string, number> = { ...COUNTS, compressor: 5 + 2, hvac: 2, motor: 15 + 1, pump: 20 + 1, injection_molding: 1 };
      expect(counts).toEqual(expected);
      expect(r.data.equipmentTypes.find((t: any) => t.id === 'lt_mcc').category).toBe('LT_PANEL');
    });

    it('lists all 364 with site, type, status and ratings in at most 3 statements', async () => {
      const r = await counted(`{ equipmentList(first: 500) { totalCount pageInfo { hasNextPage }
        edges { node { code status site { name timeZone } type { id name equipmentCount } category ratings { name value unit } } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.equipmentList.totalCount).toBe(357 + 7);
      expect(r.data.equipmentList.edges).toHaveLength(364);
      expect(r.data.equipmentList.pageInfo.hasNextPage).toBe(false);
      expect(r.count).toBeLessThanOrEqual(3);
      const trf = r.data.equipmentList.edges.find((e: any) => e.node.code === 'trf_010').node;
      expect(trf).toMatchObject({ status: 'RUNNING', site: { name: 'Main Receiving Substation', timeZone: 'Asia/Kolkata' }, type: { id: 'trf' }, category: 'MAJOR_EQUIPMENT' });
      expect(trf.ratings).toEqual([{ name: 'capacity', value: 315, unit: 'kVA' }]);
    });

    it("filters by the seed's prefix: exactly the six chillers", async () => {
      const r = await q(`{ equipmentList(filter: { codePrefix: "chiller" }) { totalCount edges { node { code } } } }`);
      expect(r.data.equipmentList.totalCount).toBe(6);
      expect(r.data.equipmentList.edges.map((e: any) => e.node.code)).toEqual(['chiller_001', 'chiller_002', 'chiller_003', 'chiller_004', 'chiller_005', 'chiller_006']);
    });

    it('filters by site including descendants, types, categories, status and text', async () => {
      const list = async (filter: Record<string, unknown>) => {
        const r = await q(`query($f: EquipmentFilter) { equipmentList(filter: $f, first: 500) { totalCount edges { node { code } } } }`, { f: filter });
        expect(r.errors).toBeUndefined();
        return r.data.equipmentList;
      };
      // The utility block holds rooms; its own equipment (motors) plus everything in its rooms.
      const utility = await list({ siteId: siteIdOf('utility-block') });
      const direct = await list({ siteId: siteIdOf('chiller-plant-room') });
      expect(direct.totalCount).toBe(6);
      // motors 15, transformers 10, LT panels 240 and meters 20, chillers 6, pumps 20, compressors 5
      expect(utility.totalCount).toBe(15 + 10 + 240 + 20 + 6 + 20 + 5);
      expect((await list({ siteId: siteIdOf('command-center') })).totalCount).toBe(357);
      expect((await list({ typeIds: ['chiller', 'ct'] })).totalCount).toBe(10);
      expect((await list({ categories: ['PRODUCTION_MACHINE'] })).totalCount).toBe(1);
      expect((await list({ statuses: ['OFF'] })).totalCount).toBe(6);
      expect((await list({ statuses: ['MAINTENANCE'], typeIds: ['ups'] })).edges.map((e: any) => e.node.code)).toEqual(['ups_008']);
      expect((await list({ text: 'jockey' })).edges.map((e: any) => e.node.code)).toEqual(['pump_014']);
      expect((await list({ organizationId: DEMO, codePrefix: 'trf' })).totalCount).toBe(10);
    });

    it('pages with stable cursors and no overlap', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const r: any = await q(`query($a: String) { equipmentList(first: 40, after: $a, filter: { codePrefix: "lt_" }) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage } edges { node { code } } } }`, { a: after });
        seen.push(...r.data.equipmentList.edges.map((e: any) => e.node.code));
        expect(r.data.equipmentList.totalCount).toBe(240);
        if (!r.data.equipmentList.pageInfo.hasNextPage) break;
        after = r.data.equipmentList.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(240);
      expect(new Set(seen).size).toBe(240);
    });

    it('keeps tenants apart: Northwind sees its own chiller_001 only', async () => {
      const r = await q(`{ equipmentList(filter: { codePrefix: "chiller" }) { totalCount edges { node { code name } } } equipmentByCode(code: "chiller_001") { id } }`, {}, NORTHWIND);
      expect(r.data.equipmentList.totalCount).toBe(2);
      expect(r.data.equipmentByCode.id).toBe(equipmentIdOf('chiller_001', NORTHWIND));
      const demoId = equipmentIdOf('chiller_001');
      const cross = await q(`query($id: ID!) { equipment(id: $id) { code } }`, { id: demoId }, NORTHWIND);
      expect(cross.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('serves the site hierarchy with time zones', async () => {
      const r = await q(`query($id: ID!) { site(id: $id) { name kind timeZone parent { code } ancestors { code } children { code } equipment { code } } }`, { id: siteIdOf('chiller-plant-room') });
      expect(r.data.site).toMatchObject({ name: 'Chiller Plant Room', kind: 'ROOM', timeZone: 'Asia/Kolkata', parent: { code: 'utility-block' }, children: [] });
      expect(r.data.site.ancestors.map((s: any) => s.code)).toEqual(['command-center', 'utility-block']);
      expect(r.data.site.equipment).toHaveLength(6);
      const top = await countStatements(t, () =>
        q(`{ organizations { slug equipmentCount sites { code timeZone equipmentCount direct: equipmentCount(includeDescendants: false) } } siteByCode(code: "COMMAND CENTER") { code } }`),
      ).then((r) => r.result);
      const bySite = Object.fromEntries(top.data.organizations[0].sites.map((s: any) => [s.code, [s.equipmentCount, s.direct]]));
      expect(bySite).toEqual({ 'command-center': [357, 0], 'demo-manufacturing-plant': [5, 5], 'european-production-facility': [2, 2] });
      expect(top.data.organizations[0]).toMatchObject({ slug: 'demo', equipmentCount: 364 });
      expect(top.data.siteByCode.code).toBe('command-center');
    });
  });

  describe('lookups by code and name', () => {
    it.each([
      ['compressor 1', 'Compressor-1'],
      ['COMPRESSOR_1', 'Compressor-1'],
      ['Compressor-1', 'Compressor-1'],
      ['compressor_001', 'compressor_001'],
      ['chiller 3', 'chiller_003'],
      ['Chiller-003', 'chiller_003'],
      ['lt mcc 70', 'lt_mcc_070'],
      ['hvac eu north', 'HVAC-EU-North'],
    ])('equipmentByCode(%j) finds %s', async (text, expected) => {
      const r = await q(`query($c: String!) { equipmentByCode(code: $c) { code } }`, { c: text });
      expect(r.errors).toBeUndefined();
      expect(r.data.equipmentByCode.code).toBe(expected);
    });

    it('finds by name, forgiving case and separators', async () => {
      const r = await q(`{ a: equipmentByName(name: "hvac main") { code } b: equipmentByName(name: "CHILLER 3") { code } c: equipmentByName(name: "transformer-10") { code } }`);
      expect(r.errors).toBeUndefined();
      expect([r.data.a.code, r.data.b.code, r.data.c.code]).toEqual(['HVAC-Main', 'chiller_003', 'trf_010']);
    });

    it('answers an unknown code with NOT_FOUND naming it and the closest codes', async () => {
      const r = await q(`{ equipmentByCode(code: "chillr_007") { code } }`);
      expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(r.errors?.[0].message).toContain("'chillr_007'");
      expect(r.errors?.[0].message).toMatch(/Closest codes: .*chiller_00/);
    });

    it('answers an unknown id with NOT_FOUND and a malformed id with BAD_USER_INPUT', async () => {
      const unknown = await q(`{ equipment(id: "c0000000-0000-0000-0000-000000000099") { code } }`);
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(unknown.errors?.[0].message).toContain('c0000000-0000-0000-0000-000000000099');
      const bad = await q(`{ equipment(id: "chiller_001") { code } }`);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].message).toContain("'chiller_001' is not a valid id");
      const site = await q(`{ site(id: "nope") { code } }`);
      expect(site.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('entities', () => {
    const entities = (reps: Record<string, unknown>[], selection: string) =>
      countStatements(t, () => q(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: reps }));

    it('resolves 364 Equipment representations with site, type, status and ratings in at most 3 statements', async () => {
      const list = await q(`{ equipmentList(first: 500) { edges { node { id code } } } }`);
      const reps = list.data.equipmentList.edges.map((e: any) => ({ __typename: 'Equipment', id: e.node.id }));
      const { result, count } = await entities(reps, `... on Equipment { id code status site { name } type { name } ratings { value unit } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data._entities).toHaveLength(364);
      expect(result.data._entities.map((e: any) => e.code)).toEqual(list.data.equipmentList.edges.map((e: any) => e.node.code));
      expect(count).toBeLessThanOrEqual(3);
    });

    it('resolves the EnMS machines by their seed ids, and unknown or malformed ids to null', async () => {
      const reps = [...ENMS.map(([id]) => ({ __typename: 'Equipment', id })), { __typename: 'Equipment', id: 'c0000000-0000-0000-0000-000000000099' }, { __typename: 'Equipment', id: 'not-a-uuid' }];
      const { result } = await entities(reps, `... on Equipment { code }`);
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.map((e: any) => e?.code ?? null)).toEqual([...ENMS.map((m) => m[1]), null, null]);
    });

    it('resolves Site, Organization and EquipmentType representations', async () => {
      const { result, count } = await entities(
        [
          { __typename: 'Site', id: siteIdOf('command-center') },
          { __typename: 'Site', id: siteIdOf('dg-yard') },
          { __typename: 'Organization', id: DEMO },
          { __typename: 'Organization', id: NORTHWIND },
          { __typename: 'EquipmentType', id: 'chiller' },
          { __typename: 'EquipmentType', id: 'no_such_type' },
        ],
        `... on Site { code timeZone } ... on Organization { slug } ... on EquipmentType { name equipmentCount }`,
      );
      expect(result.errors).toBeUndefined();
      // Another tenant's organization is not visible to the caller.
      expect(result.data._entities).toEqual([
        { code: 'command-center', timeZone: 'Asia/Kolkata' },
        { code: 'dg-yard', timeZone: 'Asia/Kolkata' },
        { slug: 'demo' },
        null,
        { name: 'Water Chiller', equipmentCount: 6 },
        null,
      ]);
      expect(count).toBeLessThanOrEqual(3);
    });
  });

  describe('topology', () => {
    const walk = (code: string, direction: 'upstream' | 'downstream', args = '') =>
      counted(`query($id: ID!) { equipment(id: $id) { ${direction}${args} { depth kind equipment { code } via { code } } } }`, { id: equipmentIdOf(code) });

    it('walks downstream of a transformer to its PCCs, MCCs and motors in one statement', async () => {
      const r = await walk('trf_001', 'downstream');
      expect(r.errors).toBeUndefined();
      const nodes = r.data.equipment.downstream;
      const codes = nodes.map((n: any) => n.equipment.code);
      expect(codes.slice(0, 2)).toEqual(['lt_pcc_001', 'lt_pcc_002']);
      expect(codes).toEqual(expect.arrayContaining(['lt_mcc_001', 'lt_mcc_002', 'lt_mcc_021', 'motor_001', 'motor_002', 'pump_001']));
      expect(nodes.find((n: any) => n.equipment.code === 'motor_001')).toEqual({ depth: 3, kind: 'FEEDS', equipment: { code: 'motor_001' }, via: { code: 'lt_mcc_001' } });
      expect(r.count).toBeLessThanOrEqual(2);
    });

    it('walks upstream of a motor to its transformer (and the ATS switching it)', async () => {
      const r = await walk('motor_001', 'upstream', '(kinds: [FEEDS, SWITCHES])');
      expect(r.data.equipment.upstream.map((n: any) => [n.depth, n.equipment.code])).toEqual([
        [1, 'lt_mcc_001'],
        [2, 'lt_pcc_001'],
        [3, 'trf_001'],
        [4, 'lt_ats_001'],
      ]);
    });

    it('respects the depth limit', async () => {
      const r = await walk('trf_001', 'downstream', '(maxDepth: 1)');
      expect(r.data.equipment.downstream.map((n: any) => n.equipment.code)).toEqual(['lt_pcc_001', 'lt_pcc_002']);
      const two = await walk('motor_001', 'upstream', '(maxDepth: 2, kinds: [FEEDS])');
      expect(two.data.equipment.upstream.map((n: any) => n.equipment.code)).toEqual(['lt_mcc_001', 'lt_pcc_001']);
    });

    it('ends at loops instead of hanging', async () => {
      const r = await walk('lt_changeover_001', 'downstream', '(maxDepth: 20)');
      expect(r.data.equipment.downstream.map((n: any) => [n.depth, n.equipment.code])).toEqual([
        [1, 'lt_changeover_002'],
        [2, 'lt_changeover_003'],
      ]);
      const up = await walk('lt_changeover_001', 'upstream', '(maxDepth: 20)');
      expect(up.data.equipment.upstream.map((n: any) => n.equipment.code)).toEqual(['lt_changeover_003', 'lt_changeover_002']);
    });

    it('walks for a whole list in one statement per direction', async () => {
      const r = await counted(`{ equipmentList(filter: { codePrefix: "trf_" }) { edges { node { code downstream(maxDepth: 2) { equipment { code } } upstream { equipment { code } } } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.equipmentList.edges).toHaveLength(10);
      for (const e of r.data.equipmentList.edges) expect(e.node.downstream.length).toBeGreaterThanOrEqual(2);
      expect(r.count).toBeLessThanOrEqual(3);
    });

    it('lists direct relations and finds the path between two pieces of equipment', async () => {
      const rel = await q(`query($id: ID!) { equipment(id: $id) { relations { kind from { code } to { code } } } }`, { id: equipmentIdOf('chiller_001') });
      expect(rel.data.equipment.relations).toEqual(
        expect.arrayContaining([
          { kind: 'SERVES', from: { code: 'ct_001' }, to: { code: 'chiller_001' } },
          { kind: 'SERVES', from: { code: 'chiller_001' }, to: { code: 'ahu_001' } },
        ]),
      );
      const path = `query($a: ID!, $b: ID!, $d: Int) { equipmentPath(fromId: $a, toId: $b, maxDepth: $d) { forward length equipment { code } relations { kind from { code } to { code } } } }`;
      const down = await q(path, { a: equipmentIdOf('trf_001'), b: equipmentIdOf('motor_001') });
      expect(down.data.equipmentPath).toMatchObject({ forward: true, length: 3 });
      expect(down.data.equipmentPath.equipment.map((e: any) => e.code)).toEqual(['trf_001', 'lt_pcc_001', 'lt_mcc_001', 'motor_001']);
      const back = await q(path, { a: equipmentIdOf('motor_001'), b: equipmentIdOf('trf_001') });
      expect(back.data.equipmentPath).toMatchObject({ forward: false, length: 3 });
      const tooShort = await q(path, { a: equipmentIdOf('trf_001'), b: equipmentIdOf('motor_001'), d: 2 });
      expect(tooShort.data.equipmentPath).toBeNull();
      const none = await q(path, { a: equipmentIdOf('chiller_001'), b: equipmentIdOf('motor_001') });
      expect(none.data.equipmentPath).toBeNull();
    });

    it('rejects a depth outside 1..20', async () => {
      const r = await walk('trf_001', 'downstream', '(maxDepth: 50)');
      expect(r.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
      const zero = await walk('trf_001', 'downstream', '(maxDepth: 0)');
      expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('search', () => {
    it.each(SEARCH_PHRASES)('%j puts %s first', async (text, expected) => {
      const r = await counted(`query($t: String!) { searchEquipment(text: $t, first: 5) { score matchedWords equipment { code } } }`, { t: text });
      expect(r.errors).toBeUndefined();
      expect(r.data.searchEquipment[0].equipment.code).toBe(expected);
      const scores = r.data.searchEquipment.map((h: any) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(r.count).toBe(1);
    });

    it('scores an exact code 1 and honours filters', async () => {
      const r = await q(`{ exact: searchEquipment(text: "chiller_003", first: 1) { score equipment { code } }
        pumps: searchEquipment(text: "chiller", filter: { typeIds: ["pump"] }, first: 3) { equipment { code type { id } } } }`);
      expect(r.data.exact).toEqual([{ score: 1, equipment: { code: 'chiller_003' } }]);
      expect(r.data.pumps.every((h: any) => h.equipment.type.id === 'pump')).toBe(true);
    });

    it('normalizes words the same way in SQL (the trigger) and TypeScript (the query)', async () => {
      const samples = ['chiller_003', 'Compressor-1', 'HVAC-EU-North', 'lt_mcc_010', 'trf1', 'AHU Room, Floor 0', 'a100 B007c', '  --x--  '];
      const { rows } = await sql<{ w: string }>`select assets.search_words(s) as w from unnest(${samples}::text[]) with ordinality as u(s, n) order by n`.execute(t.db);
      expect(rows.map((r) => r.w.trim())).toEqual(samples.map((s) => searchWords(s).trim()));
      expect(queryWords('Where is the chiler in the chiller room 03?')).toEqual(['chiler', 'chiller', 'room', '3']);
      expect(stripLeadingZeros(lookupKey('LT-MCC-007'))).toBe('ltmcc7');
    });

    it('rejects empty and oversized text and a page over the maximum', async () => {
      const empty = await q(`{ searchEquipment(text: "   ") { score } }`);
      expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(empty.errors?.[0].message).toMatch(/text must not be empty/);
      const symbols = await q(`{ searchEquipment(text: "?!-") { score } }`);
      expect(symbols.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(symbols.errors?.[0].message).toContain("'?!-' has no letters or digits");
      const long = await q(`query($t: String!) { searchEquipment(text: $t) { score } }`, { t: 'x'.repeat(201) });
      expect(long.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
      expect(long.errors?.[0].message).toMatch(/201 characters long; at most 200/);
      const many = await q(`{ searchEquipment(text: "pump", first: 101) { score } }`);
      expect(many.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
    });
  });

  describe('bad input on lists', () => {
    it('LIMIT_EXCEEDED for first over 500, naming the maximum', async () => {
      const r = await q(`{ equipmentList(first: 501) { totalCount } }`);
      expect(r.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
      expect(r.errors?.[0].message).toContain('between 1 and 500, got 501');
    });

    it('BAD_USER_INPUT for an unknown type, listing the allowed ids', async () => {
      const r = await q(`{ equipmentList(filter: { typeIds: ["chiller", "chillers"] }) { totalCount } }`);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toMatch(/'chillers' is not an equipment type\. Allowed: .*chiller/);
      const listed = await counted(`{ equipmentList(filter: { typeIds: ["chiller", "ct"] }) { totalCount edges { node { type { name } site { name } } } } }`);
      expect(listed.errors).toBeUndefined();
      expect(listed.count).toBeLessThanOrEqual(3);
    });

    it('NOT_FOUND for an unknown site, FORBIDDEN for another organization, BAD_USER_INPUT for a foreign cursor', async () => {
      const site = await q(`{ equipmentList(filter: { siteId: "00000000-0000-4000-8000-00000000abcd" }) { totalCount } }`);
      expect(site.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const org = await q(`query($o: ID!) { equipmentList(filter: { organizationId: $o }) { totalCount } }`, { o: NORTHWIND });
      expect(org.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const cursor = await q(`{ equipmentList(after: "garbage") { totalCount } }`);
      expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const forged = Buffer.from(JSON.stringify([1, 2])).toString('base64url');
      const wrong = await q(`query($a: String) { equipmentList(after: $a) { totalCount } }`, { a: forged });
      expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].message).toContain(`Cursor '${forged}'`);
    });
  });
});
