// Query.equipment's existence check remembers found ids for a while, so a dashboard polling the
// same equipment pays no statement for it; ids not found are asked again every time.
import { knownEquipment } from '../../subgraphs/readings/known-equipment.js';
import { createPlant, ORG } from '../support/readings-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

const OTHER_ORG = '00000000-0000-4000-8000-0000000000ff';
const MISSING = 'e0000000-0000-4000-8000-999999999999';

describe('readings known equipment', () => {
  let t: TestDatabase;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestDatabase();
    ids = (await createPlant(t, { equipmentPerSite: 3 })).equipment.map((e) => e.id);
  });
  afterAll(() => t?.destroy());

  it('asks the database once for found ids, and every time for missing ones', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const first = await countStatements(t, () => knownEquipment(t.db, ORG, [ids[0], ids[1], MISSING], now));
    expect(first.count).toBe(1);
    expect(first.result.map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());

    const again = await countStatements(t, () => knownEquipment(t.db, ORG, [ids[0], ids[1]], now + 1000));
    expect(again.count).toBe(0);
    expect(again.result.map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());

    const missing = await countStatements(t, () => knownEquipment(t.db, ORG, [ids[0], MISSING], now + 2000));
    expect(missing.count).toBe(1);
    expect(missing.result.map((r) => r.id)).toEqual([ids[0]]);
  });

  it('forgets after a minute, and never answers for another organization', async () => {
    const now = Date.parse('2026-02-01T00:00:00Z');
    await knownEquipment(t.db, ORG, [ids[2]], now);
    const expired = await countStatements(t, () => knownEquipment(t.db, ORG, [ids[2]], now + 61_000));
    expect(expired.count).toBe(1);
    expect(expired.result).toEqual([{ id: ids[2] }]);

    const other = await countStatements(t, () => knownEquipment(t.db, OTHER_ORG, [ids[2]], now + 62_000));
    expect(other.count).toBe(1);
    expect(other.result).toEqual([]);
  });
});
