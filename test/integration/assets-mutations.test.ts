// The assets subgraph's writes against a real database: each mutation's effect, its documented
// errors, and that a rejected mutation writes nothing.
import { sql } from 'kysely';
import { type RunningSubgraph, startSubgraph } from '../../common/subgraph.js';
import { assetsSubgraph } from '../../subgraphs/assets/index.js';
import { equipmentIdOf, gql, NORTHWIND, seedAssetsFixture, siteIdOf } from '../support/assets-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The chemical seed's assets.json shape: id, name, type, location, specifications. */
const CHEMICAL_ASSETS = [
  {
    id: 'a1b2c3d4-e5f6-4890-abcd-ef1234567890',
    name: 'Reactor R-101',
    type: 'Reactor',
    location: 'Riverside Plant',
    specifications: { description: 'Jacketed stainless steel reactor vessel', max_temperature_c: 450, service: 'high temperature exothermic batch', volume_m3: 12 },
  },
  {
    id: 'b2c3d4e5-f6a7-4901-bcde-f12345678901',
    name: 'Heat Exchanger HX-201',
    type: 'Heat Exchanger',
    location: 'Riverside Plant',
    specifications: { kind: 'shell and tube', duty_kw: 850 },
  },
  {
    id: 'c3d4e5f6-a7b8-4012-8def-123456789012',
    name: 'Distillation Column C-301',
    type: 'Distillation Column',
    location: 'Tank Farm',
    specifications: { trays: 40, pressure_bar: 2.5 },
  },
  { id: 'd4e5f6a7-b8c9-4123-9ef0-234567890123', name: 'Feed Pump P-102', type: 'pump', location: 'Riverside Plant', specifications: { rated_power_kw: 15 } },
];

describe('assets subgraph: mutations', () => {
  let t: TestDatabase;
  let sg: RunningSubgraph;
  const q = <T = any>(query: string, variables: Record<string, unknown> = {}, org?: string) => gql<T>(sg.url, query, variables, org);
  const tableCounts = async () => {
    const { rows } = await sql<{ sites: number; equipment: number; relations: number; history: number; types: number }>`
      select (select count(*)::int from assets.sites) as sites, (select count(*)::int from assets.equipment) as equipment,
             (select count(*)::int from assets.equipment_relations) as relations, (select count(*)::int from assets.status_history) as history,
             (select count(*)::int from assets.equipment_types) as types`.execute(t.db);
    return rows[0];
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

  describe('equipment', () => {
    const create = `mutation($i: CreateEquipmentInput!) { createEquipment(input: $i) { id code name status type { id } site { code } ratings { name value unit } installedOn metadata statusHistory { status reason } } }`;

    it('creates equipment with its first status recorded, then finds it by code and in search', async () => {
      const r = await q(create, {
        i: {
          code: 'Chiller-7',
          name: 'Chiller 7',
          typeId: 'chiller',
          siteId: siteIdOf('chiller-plant-room'),
          ratings: [{ name: 'capacity', value: 400, unit: 'TR' }],
          installedOn: '2024-02-29',
          metadata: { refrigerant: 'R1234ze' },
          status: 'IDLE',
        },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.createEquipment).toMatchObject({
        code: 'Chiller-7',
        status: 'IDLE',
        type: { id: 'chiller' },
        site: { code: 'chiller-plant-room' },
        installedOn: '2024-02-29',
        statusHistory: [{ status: 'IDLE', reason: 'created' }],
      });
      const found = await q(`{ equipmentByCode(code: "chiller 7") { code } searchEquipment(text: "R1234ze chiller", first: 1) { equipment { code } } }`);
      expect(found.data.equipmentByCode.code).toBe('Chiller-7');
      expect(found.data.searchEquipment[0].equipment.code).toBe('Chiller-7');
    });

    it('rejects a duplicate code (ignoring case and separators) with CONFLICT naming it, writing nothing', async () => {
      const before = await tableCounts();
      for (const code of ['chiller_001', 'CHILLER-001', 'chiller 7']) {
        const r = await q(create, { i: { code, name: 'Dup', typeId: 'chiller', siteId: siteIdOf('chiller-plant-room') } });
        expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
        expect(r.errors?.[0].message).toContain(`'${code}' is already taken`);
      }
      expect(await tableCounts()).toEqual(before);
    });

    it('rejects an unknown type (listing allowed ids), an unknown site, a malformed site id and a bad date', async () => {
      const before = await tableCounts();
      const base = { code: 'x-1', name: 'X', typeId: 'chiller', siteId: siteIdOf('chiller-plant-room') };
      const type = await q(create, { i: { ...base, typeId: 'chillr' } });
      expect(type.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(type.errors?.[0].message).toMatch(/'chillr' is not an equipment type\. Allowed: .*chiller/);
      const site = await q(create, { i: { ...base, siteId: '00000000-0000-4000-8000-00000000dead' } });
      expect(site.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const badId = await q(create, { i: { ...base, siteId: 'chiller room' } });
      expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const date = await q(create, { i: { ...base, installedOn: '2023-02-30' } });
      expect(date.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(date.errors?.[0].message).toContain("'2023-02-30' is not a date");
      const symbols = await q(create, { i: { ...base, code: '--' } });
      expect(symbols.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(symbols.errors?.[0].message).toContain("input.code '--' has no letters or digits");
      const otherTenantSite = await q(create, { i: { ...base, siteId: siteIdOf('riverside', NORTHWIND) } });
      expect(otherTenantSite.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await tableCounts()).toEqual(before);
    });

    it('updates fields, keeping omitted ones, and refuses null for a required one', async () => {
      const id = equipmentIdOf('motor_003');
      const r = await q(`mutation($id: ID!) { updateEquipment(id: $id, input: { name: "Workshop Lathe Motor", location: "Maintenance Workshop", manufacturer: "ABB" }) { code name location manufacturer } }`, { id });
      expect(r.data.updateEquipment).toEqual({ code: 'motor_003', name: 'Workshop Lathe Motor', location: 'Maintenance Workshop', manufacturer: 'ABB' });
      const s = await q(`{ searchEquipment(text: "lathe motor workshop", first: 1) { equipment { code } } }`);
      expect(s.data.searchEquipment[0].equipment.code).toBe('motor_003');
      const nul = await q(`mutation($id: ID!) { updateEquipment(id: $id, input: { name: null }) { name } }`, { id });
      expect(nul.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const dup = await q(`mutation($id: ID!) { updateEquipment(id: $id, input: { code: "motor_004" }) { code } }`, { id });
      expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
      const unknown = await q(`mutation { updateEquipment(id: "00000000-0000-4000-8000-00000000beef", input: { name: "x" }) { code } }`);
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('sets status with history, ignores a no-op, and rejects a future instant', async () => {
      const id = equipmentIdOf('chiller_002');
      const set = `mutation($id: ID!, $s: EquipmentStatus!, $since: DateTime, $r: String) { setEquipmentStatus(id: $id, status: $s, since: $since, reason: $r) { status statusSince statusHistory(first: 5) { status reason } } }`;
      const r = await q(set, { id, s: 'FAULT', r: 'high condenser pressure trip' });
      expect(r.errors).toBeUndefined();
      expect(r.data.setEquipmentStatus.status).toBe('FAULT');
      expect(r.data.setEquipmentStatus.statusHistory[0]).toEqual({ status: 'FAULT', reason: 'high condenser pressure trip' });
      const again = await q(set, { id, s: 'FAULT' });
      expect(again.data.setEquipmentStatus.statusHistory).toHaveLength(1);
      const future = await q(set, { id, s: 'RUNNING', since: '2999-01-01T00:00:00Z' });
      expect(future.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const list = await q(`{ equipmentList(filter: { statuses: [FAULT] }) { edges { node { code } } } }`);
      expect(list.data.equipmentList.edges.map((e: any) => e.node.code)).toEqual(['chiller_002']);
    });

    it('retires equipment: out of lists and search, relations removed, code kept reserved', async () => {
      const id = equipmentIdOf('motor_015');
      const r = await q(`mutation($id: ID!) { retireEquipment(id: $id) { code retiredAt } }`, { id });
      expect(r.data.retireEquipment.retiredAt).toBeTruthy();
      const after = await q(`{ equipmentList(filter: { codePrefix: "motor_015" }) { totalCount } withRetired: equipmentList(filter: { codePrefix: "motor_015", includeRetired: true }) { totalCount } searchEquipment(text: "motor 15") { equipment { code } } }`);
      expect(after.data.equipmentList.totalCount).toBe(0);
      expect(after.data.withRetired.totalCount).toBe(1);
      expect(after.data.searchEquipment.map((h: any) => h.equipment.code)).not.toContain('motor_015');
      const up = await q(`query($id: ID!) { equipment(id: $id) { upstream { equipment { code } } } }`, { id });
      expect(up.data.equipment.upstream).toEqual([]);
      const dup = await q(create, { i: { code: 'motor_015', name: 'New', typeId: 'motor', siteId: siteIdOf('utility-block') } });
      expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(dup.errors?.[0].message).toContain('retired');
    });
  });

  describe('relations', () => {
    const add = `mutation($i: EquipmentRelationInput!) { addEquipmentRelation(input: $i) { kind from { code } to { code } } }`;
    const remove = `mutation($i: EquipmentRelationInput!) { removeEquipmentRelation(input: $i) }`;

    it('adds (idempotently) and removes a relation, visible in the topology', async () => {
      const i = { fromId: equipmentIdOf('lt_mcc_050'), toId: equipmentIdOf('compressor_001'), kind: 'FEEDS' };
      const r = await q(add, { i });
      expect(r.data.addEquipmentRelation).toEqual({ kind: 'FEEDS', from: { code: 'lt_mcc_050' }, to: { code: 'compressor_001' } });
      expect((await q(add, { i })).errors).toBeUndefined();
      const up = await q(`query($id: ID!) { equipment(id: $id) { upstream(kinds: [FEEDS]) { equipment { code } } } }`, { id: i.toId });
      expect(up.data.equipment.upstream.map((n: any) => n.equipment.code)).toEqual(['lt_mcc_050', 'lt_pcc_010', 'trf_005']);
      expect((await q(remove, { i })).data.removeEquipmentRelation).toBe(true);
      const gone = await q(remove, { i });
      expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('rejects a self relation and unknown ends', async () => {
      const before = await tableCounts();
      const self = await q(add, { i: { fromId: equipmentIdOf('trf_001'), toId: equipmentIdOf('trf_001'), kind: 'FEEDS' } });
      expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = await q(add, { i: { fromId: equipmentIdOf('trf_001'), toId: equipmentIdOf('chiller_001', NORTHWIND), kind: 'FEEDS' } });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(unknown.errors?.[0].message).toContain('input.toId');
      expect(await tableCounts()).toEqual(before);
    });
  });

  describe('sites', () => {
    it('creates a room under a building inheriting its time zone, renames it into search, and retires it when empty', async () => {
      const c = await q(`mutation($p: ID!) { createSite(input: { parentId: $p, kind: ROOM, code: "battery-room", name: "Battery Room" }) { id timeZone ancestors { code } } }`, { p: siteIdOf('main-building') });
      expect(c.errors).toBeUndefined();
      expect(c.data.createSite.timeZone).toBe('Asia/Kolkata');
      expect(c.data.createSite.ancestors.map((s: any) => s.code)).toEqual(['command-center', 'main-building']);
      const room = c.data.createSite.id;
      const moved = await q(`mutation($id: ID!, $s: ID!) { updateEquipment(id: $id, input: { siteId: $s }) { site { code } } }`, { id: equipmentIdOf('ups_007'), s: room });
      expect(moved.data.updateEquipment.site.code).toBe('battery-room');
      await q(`mutation($id: ID!) { updateSite(id: $id, input: { name: "Lithium Battery Room" }) { name } }`, { id: room });
      const s = await q(`{ searchEquipment(text: "lithium battery ups", first: 1) { equipment { code } } }`);
      expect(s.data.searchEquipment[0].equipment.code).toBe('ups_007');
      const busy = await q(`mutation($id: ID!) { retireSite(id: $id) { code } }`, { id: room });
      expect(busy.errors?.[0].extensions?.code).toBe('CONFLICT');
      await q(`mutation($id: ID!, $s: ID!) { updateEquipment(id: $id, input: { siteId: $s }) { code } }`, { id: equipmentIdOf('ups_007'), s: siteIdOf('ups-room') });
      const retired = await q(`mutation($id: ID!) { retireSite(id: $id) { retiredAt } }`, { id: room });
      expect(retired.data.retireSite.retiredAt).toBeTruthy();
    });

    it('rejects a duplicate code, a loop of parents, a bad time zone and a top-level site without one', async () => {
      const before = await tableCounts();
      const dup = await q(`mutation { createSite(input: { kind: AREA, code: "DG-YARD", name: "Another", timeZone: "Asia/Kolkata" }) { id } }`);
      expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(dup.errors?.[0].message).toContain("'DG-YARD'");
      const loop = await q(`mutation($id: ID!, $p: ID!) { updateSite(id: $id, input: { parentId: $p }) { id } }`, { id: siteIdOf('utility-block'), p: siteIdOf('pump-house') });
      expect(loop.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const tz = await q(`mutation { createSite(input: { kind: FACTORY, code: "mars", name: "Mars Plant", timeZone: "Mars/Olympus" }) { id } }`);
      expect(tz.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(tz.errors?.[0].message).toContain("'Mars/Olympus' is not an IANA time zone");
      const ghost = await q(`mutation { createSite(input: { kind: FACTORY, code: "ghost", name: "Ghost", timeZone: "UTC" }) { id } }`, {}, '00000000-0000-4000-8000-0000000000ff');
      expect(ghost.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const noTz = await q(`mutation { createSite(input: { kind: FACTORY, code: "mars", name: "Mars Plant" }) { id } }`);
      expect(noTz.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await tableCounts()).toEqual(before);
    });
  });

  describe('bulk import', () => {
    const importDoc = `mutation($d: JSON!, $s: ID!, $create: Boolean, $all: Boolean, $dry: Boolean) {
      importAssets(document: $d, defaultSiteId: $s, createMissingTypes: $create, allOrNothing: $all, dryRun: $dry) {
        created updated unchanged rejected written createdTypes items { index id code outcome reason } } }`;
    const riverside = siteIdOf('riverside', NORTHWIND);

    it('rejects items of unknown types unless asked to create them, writing nothing with allOrNothing or dryRun', async () => {
      const before = await tableCounts();
      const strict = await q(importDoc, { d: CHEMICAL_ASSETS, s: riverside, all: true }, NORTHWIND);
      expect(strict.errors).toBeUndefined();
      expect(strict.data.importAssets).toMatchObject({ created: 1, rejected: 3, written: false });
      expect(strict.data.importAssets.items[0].reason).toMatch(/type 'Reactor' is not an equipment type/);
      const dry = await q(importDoc, { d: CHEMICAL_ASSETS, s: riverside, create: true, dry: true }, NORTHWIND);
      expect(dry.data.importAssets).toMatchObject({ created: 4, rejected: 0, written: false, createdTypes: ['distillation_column', 'heat_exchanger', 'reactor'] });
      expect(await tableCounts()).toEqual(before);
    });

    it('imports the chemical document, then reports a second import all UNCHANGED with no duplicates', async () => {
      const first = await q(importDoc, { d: { assets: CHEMICAL_ASSETS }, s: riverside, create: true }, NORTHWIND);
      expect(first.errors).toBeUndefined();
      expect(first.data.importAssets).toMatchObject({ created: 4, updated: 0, unchanged: 0, rejected: 0, written: true });
      const counts = await tableCounts();
      const second = await q(importDoc, { d: { assets: CHEMICAL_ASSETS }, s: riverside, create: true }, NORTHWIND);
      expect(second.data.importAssets).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: 0, written: false, createdTypes: [] });
      expect(await tableCounts()).toEqual(counts);
      const r = await q(`{ equipmentByCode(code: "reactor r101") { id type { name category } location site { code } metadata } }`, {}, NORTHWIND);
      expect(r.data.equipmentByCode).toMatchObject({ id: CHEMICAL_ASSETS[0].id, type: { name: 'Reactor', category: 'UTILITY' }, location: 'Riverside Plant', site: { code: 'riverside' } });
      expect(r.data.equipmentByCode.metadata.specifications.max_temperature_c).toBe(450);
      const s = await q(`{ searchEquipment(text: "high temperature reactor vessel", first: 1) { equipment { code } } }`, {}, NORTHWIND);
      expect(s.data.searchEquipment[0].equipment.code).toBe('Reactor R-101');
    });

    it('updates changed items and rejects bad ones with reasons, never half-writing', async () => {
      const doc = [
        { ...CHEMICAL_ASSETS[1], specifications: { kind: 'plate', duty_kw: 900 } },
        { id: 'not-a-uuid', name: 'Bad', type: 'pump' },
        { id: 'e5f6a7b8-c9d0-4234-8f01-345678901234', name: 'Reactor R-101', type: 'reactor' },
        { id: 'f6a7b8c9-d0e1-4345-9012-456789012345', type: 'pump' },
        CHEMICAL_ASSETS[0],
        CHEMICAL_ASSETS[0],
        'just a string',
        { id: '07a8b9c0-d1e2-4456-8123-567890123456', name: 'Odd', type: '???' },
      ];
      const r = await q(importDoc, { d: doc, s: riverside }, NORTHWIND);
      expect(r.errors).toBeUndefined();
      const report = r.data.importAssets;
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: 6, written: true });
      expect(report.items.map((i: any) => i.outcome)).toEqual(['UPDATED', 'REJECTED', 'REJECTED', 'REJECTED', 'UNCHANGED', 'REJECTED', 'REJECTED', 'REJECTED']);
      expect(report.items[7].reason).toContain("type '???' has no letters or digits");
      expect(report.items[0].reason).toBe('changed: metadata');
      expect(report.items[1].reason).toContain("'not-a-uuid' is not a UUID");
      expect(report.items[2].reason).toContain("code 'Reactor R-101' is already taken");
      expect(report.items[3].reason).toContain('name is missing');
      expect(report.items[5].reason).toContain('appears earlier');
      expect(report.items[6].reason).toContain('must be a JSON object');
      const hx = await q(`{ equipmentByName(name: "heat exchanger hx 201") { metadata } }`, {}, NORTHWIND);
      expect(hx.data.equipmentByName.metadata.specifications.kind).toBe('plate');
    });

    it('rejects items that would take codes other stored equipment holds, even when trading them', async () => {
      const before = await tableCounts();
      const swap = [
        { ...CHEMICAL_ASSETS[1], code: 'Distillation Column C-301' },
        { ...CHEMICAL_ASSETS[2], code: 'Heat Exchanger HX-201' },
      ];
      const r = await q(importDoc, { d: swap, s: riverside }, NORTHWIND);
      expect(r.errors).toBeUndefined();
      expect(r.data.importAssets).toMatchObject({ rejected: 2, written: false });
      expect(r.data.importAssets.items[0].reason).toContain("code 'Distillation Column C-301' is already taken");
      expect(await tableCounts()).toEqual(before);
    });

    it('rejects a document that is not a list and one over 5000 items', async () => {
      const bad = await q(importDoc, { d: { foo: 1 }, s: riverside }, NORTHWIND);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const many = await q(importDoc, { d: Array.from({ length: 5001 }, () => ({})), s: riverside }, NORTHWIND);
      expect(many.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
      const site = await q(importDoc, { d: [], s: siteIdOf('dg-yard') }, NORTHWIND);
      expect(site.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(site.errors?.[0].message).toContain('defaultSiteId');
    });
  });
});
