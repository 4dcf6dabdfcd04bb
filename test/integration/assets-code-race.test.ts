// Equipment codes are unique per organization ignoring case and separators, and the database
// holds that line: writes that both passed the application's check cannot both land. The forced
// interleavings need a second connection that holds a transaction open, so they run on a
// PostgreSQL server (DATABASE_URL); PGlite is one connection and cannot interleave at all.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { ConflictError } from '../../common/errors.js';
import { importAssets } from '../../subgraphs/assets/repositories/asset-import.js';
import { createEquipment, updateEquipment } from '../../subgraphs/assets/repositories/equipment-writes.js';
import { NORTHWIND, seedAssetsFixture, siteIdOf } from '../support/assets-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const SITE = siteIdOf('riverside', NORTHWIND);

describe('assets: equipment code uniqueness under concurrency', () => {
  let t: TestDatabase;
  const create = (code: string) => createEquipment(t.db, NORTHWIND, { code, name: `Air compressor ${code}`, typeId: 'compressor', siteId: SITE });
  const holdersOf = async (key: string) =>
    (await t.db.selectFrom('assets.equipment').select('code').where('organization_id', '=', NORTHWIND).where('lookup_key', '=', key).execute()).map((r) => r.code);
  const rawInsert = (code: string, id = randomUUID()) =>
    sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name)
        values (${id}, ${NORTHWIND}, ${SITE}, 'compressor', ${code}, ${code})`.execute(t.db);

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedAssetsFixture(t.db);
  });
  afterAll(() => t.destroy());

  it('has a unique index on (organization_id, lookup_key) that leaves codes without letters or digits out', async () => {
    const { rows } = await sql<{ indexname: string; indexdef: string }>`
      select indexname, indexdef from pg_indexes where schemaname = 'assets' and tablename = 'equipment' and indexname like 'equipment_org_lookup%'`.execute(t.db);
    expect(rows.map((r) => r.indexname)).toEqual(['equipment_org_lookup_key']);
    expect(rows[0].indexdef).toMatch(/^CREATE UNIQUE INDEX equipment_org_lookup_key ON assets\.equipment .*\(organization_id, lookup_key\) WHERE \(lookup_key <> ''::text\)$/);

    // Straight SQL, past the application's check.
    await rawInsert('Blower-4');
    await expect(rawInsert('blower_4')).rejects.toMatchObject({ code: '23505', constraint: 'equipment_org_lookup_key' });
    // No letters or digits is no code of its own; only the same text collides.
    await rawInsert('--');
    await rawInsert('++');
    await expect(rawInsert('--')).rejects.toMatchObject({ code: '23505' });
    await sql`delete from assets.equipment where organization_id = ${NORTHWIND} and code in ('Blower-4', '--', '++')`.execute(t.db);
  });

  it('lets exactly one of two concurrent creates of Compressor-9 and compressor_9 succeed', async () => {
    const outcomes = await Promise.allSettled([create('Compressor-9'), create('compressor_9')]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ code: string }>).value.code;
    const loser = winner === 'Compressor-9' ? 'compressor_9' : 'Compressor-9';
    expect(lost[0].reason).toBeInstanceOf(ConflictError);
    expect(lost[0].reason).toMatchObject({ code: 'CONFLICT' });
    expect(lost[0].reason.message).toContain(`'${loser}'`);
    expect(lost[0].reason.message).toContain(`by '${winner}'`);
    expect(await holdersOf('compressor9')).toEqual([winner]);
  });

  if (!process.env.DATABASE_URL) return;

  /** A second connection, outside the pool, to hold locks or uncommitted rows. */
  async function sideConnection(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: t.url });
    await c.connect();
    return c;
  }
  /** Until `n` backends of this database wait on a lock: the interleaving is in place. */
  async function waitForLockWaiters(n: number): Promise<void> {
    for (let i = 0; i < 500; i++) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
      if (rows[0].n >= n) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`never saw ${n} backends waiting on a lock`);
  }

  it('refuses the second of two creates that both passed the code check, naming the holder', async () => {
    // Holding status_history stops each create after its equipment insert: the first waits there,
    // the second has passed the check (the first row is not committed) and waits on the unique
    // index. Without the index both would wait on status_history and both would land.
    const side = await sideConnection();
    try {
      await side.query('begin');
      await side.query('lock table assets.status_history in share mode');
      const first = create('Compressor-8');
      await waitForLockWaiters(1);
      const second = create('compressor_8');
      await waitForLockWaiters(2);
      await side.query('commit');
      await expect(first).resolves.toMatchObject({ code: 'Compressor-8' });
      const error = await second.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'CONFLICT', details: { code: 'compressor_8' } });
      expect((error as Error).message).toBe(`Equipment code 'compressor_8' is already taken in this organization by 'Compressor-8'. Choose another code.`);
    } finally {
      await side.end();
    }
    expect(await holdersOf('compressor8')).toEqual(['Compressor-8']);
    const history = await t.db.selectFrom('assets.status_history').innerJoin('assets.equipment as e', 'e.id', 'equipment_id').select('e.code').where('e.lookup_key', '=', 'compressor8').execute();
    expect(history.map((h) => h.code)).toEqual(['Compressor-8']);
  });

  it('refuses a rename onto a code a concurrent writer takes, naming the holder', async () => {
    const target = await create('Compressor-6');
    const side = await sideConnection();
    try {
      await side.query('begin');
      await side.query(`insert into assets.equipment (id, organization_id, site_id, type_id, code, name) values ($1, $2, $3, 'compressor', 'COMPRESSOR 7', 'x')`, [randomUUID(), NORTHWIND, SITE]);
      const rename = updateEquipment(t.db, NORTHWIND, target.id, { code: 'compressor-7' });
      await waitForLockWaiters(1);
      await side.query('commit');
      await expect(rename).rejects.toThrow(`Equipment code 'compressor-7' is already taken in this organization by 'COMPRESSOR 7'. Choose another code.`);
    } finally {
      await side.end();
    }
    expect(await holdersOf('compressor6')).toEqual(['Compressor-6']);
    expect(await holdersOf('compressor7')).toEqual(['COMPRESSOR 7']);
  });

  describe('importAssets', () => {
    const doc = (suffix: string) => [
      { id: randomUUID(), name: `Feed pump ${suffix}`, code: `Pump-${suffix}`, type: 'pump' },
      { id: randomUUID(), name: `Air compressor ${suffix}`, code: `Compressor-${suffix}`, type: 'compressor' },
      { id: randomUUID(), name: `Blower ${suffix}`, code: `Blower-${suffix}`, type: `Blower ${suffix}` },
    ];
    /** Imports `items` while a side transaction inserts `rivalCode`, committing it once the import waits on it. */
    async function importAgainst(items: ReturnType<typeof doc>, rivalCode: string, allOrNothing: boolean) {
      const side = await sideConnection();
      try {
        await side.query('begin');
        await side.query(`insert into assets.equipment (id, organization_id, site_id, type_id, code, name) values ($1, $2, $3, 'compressor', $4, 'rival')`, [randomUUID(), NORTHWIND, SITE, rivalCode]);
        const report = importAssets(t.db, NORTHWIND, items, { defaultSiteId: SITE, createMissingTypes: true, allOrNothing, dryRun: false });
        await waitForLockWaiters(1);
        await side.query('commit');
        return await report;
      } finally {
        await side.end();
      }
    }

    it('turns a code taken during the import into a REJECTED item and writes the rest', async () => {
      const items = doc('71');
      const report = await importAgainst(items, 'compressor 71', false);
      expect(report).toMatchObject({ created: 2, rejected: 1, written: true, createdTypes: ['blower_71'] });
      expect(report.items[1]).toMatchObject({ outcome: 'REJECTED', code: 'Compressor-71' });
      expect(report.items[1].reason).toMatch(/^code 'Compressor-71' was taken in this organization by 'compressor 71' \(id [0-9a-f-]+\) while this import ran/);
      expect(report.items.map((i) => i.outcome)).toEqual(['CREATED', 'REJECTED', 'CREATED']);
      expect(await holdersOf('pump71')).toEqual(['Pump-71']);
      expect(await holdersOf('compressor71')).toEqual(['compressor 71']);
      expect(await holdersOf('blower71')).toEqual(['Blower-71']);
      const history = await t.db.selectFrom('assets.status_history').select('equipment_id').where('equipment_id', '=', (eb) => eb.fn.any(eb.val(items.map((i) => i.id)))).execute();
      expect(history.map((h) => h.equipment_id).sort()).toEqual([items[0].id, items[2].id].sort());
    });

    it('writes nothing, not even a new type, when the race leaves allOrNothing with a rejection', async () => {
      const report = await importAgainst(doc('72'), 'PUMP_72', true);
      expect(report).toMatchObject({ created: 2, rejected: 1, written: false });
      expect(report.items[0]).toMatchObject({ outcome: 'REJECTED', code: 'Pump-72' });
      expect(await holdersOf('pump72')).toEqual(['PUMP_72']);
      expect(await holdersOf('compressor72')).toEqual([]);
      expect(await holdersOf('blower72')).toEqual([]);
      expect(await t.db.selectFrom('assets.equipment_types').select('id').where('id', '=', 'blower_72').execute()).toEqual([]);
    });
  });
});
