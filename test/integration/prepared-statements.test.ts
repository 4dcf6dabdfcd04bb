// Repeated reads go to PostgreSQL as named prepared statements (database/prepared-statements.ts):
// parsed once per connection, with the same answers; one-off reads and writes stay unnamed, and a
// connection keeps a bounded number of them.
// PGlite has no prepared statements to name: without DATABASE_URL the test runs on a private
// PostgreSQL cluster of its own.
import { sql } from 'kysely';
import { createDatabase, type DatabaseHandle } from '../../database/create-database.js';
import { migrateToLatest } from '../../database/migrate.js';
import { latestByOwners } from '../../subgraphs/readings/repositories/latest-repository.js';
import { loadSeries } from '../../subgraphs/readings/series.js';
import { createPlant, createSeries, ORG, writeWave } from '../support/readings-fixtures.js';
import { type PrivatePostgres, startPrivatePostgres } from '../support/private-postgres.js';
import { createTestDatabase } from '../support/test-database.js';

describe('prepared statements', () => {
  let t: DatabaseHandle;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    // One connection, so pg_prepared_statements shows what this handle's statements left behind.
    if (process.env.DATABASE_URL) {
      const test = await createTestDatabase({ poolSize: 1 });
      [t, url, cleanup] = [test, test.url!, () => test.destroy()];
    } else {
      const cluster: PrivatePostgres = await startPrivatePostgres();
      const handle = await createDatabase({ url: cluster.url, poolSize: 1 });
      [t, url, cleanup] = [handle, cluster.url, async () => (await handle.close(), await cluster.destroy())];
    }
    await sql`create table prep_probe (id int primary key, v text)`.execute(t.db);
  }, 120_000);
  afterAll(() => cleanup?.());

  const prepared = async () =>
    (await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements order by name`.execute(t.db)).rows;

  it('names a read from its second call on, and answers it the same', async () => {
    const read = (n: number) => sql<{ x: number }>`select ${n}::int + 1 as x`.execute(t.db);
    expect((await read(1)).rows).toEqual([{ x: 2 }]);
    expect((await prepared()).filter((p) => p.statement.includes('::int + 1'))).toEqual([]);
    expect((await read(2)).rows).toEqual([{ x: 3 }]);
    expect((await read(41)).rows).toEqual([{ x: 42 }]);
    const named = (await prepared()).filter((p) => p.statement.includes('::int + 1'));
    expect(named).toHaveLength(1);
    expect(named[0].name).toMatch(/^pg_[\w-]{22}$/);
  });

  it('leaves writes unnamed', async () => {
    for (let i = 0; i < 3; i++) await sql`insert into prep_probe (id, v) values (${i}, 'x')`.execute(t.db);
    expect((await prepared()).filter((p) => /insert/i.test(p.statement))).toEqual([]);
  });

  it("settles the readings statements on their generic plans instead of planning every call", async () => {
    await migrateToLatest(t.db);
    const { equipment } = await createPlant(t, { equipmentPerSite: 1 });
    const eq = equipment[0];
    for (const metric of ['active_power_kw', 'power_factor']) {
      await writeWave(t, await createSeries(t, eq, metric), '2026-01-01T00:00:00Z', '2026-01-01T06:00:00Z', { stepSeconds: 600 });
    }
    const keys = [{ ownerId: eq.id, metric: 'active_power_kw' }, { ownerId: eq.id, metric: 'power_factor' }];
    const args = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-01-01T06:00:00Z'), interval: '1 hour', maxPoints: null, aggregation: 'avg' as const, fill: 'none' as const, timeZone: null, downsample: null };
    // The plan cache tries five custom plans first, then compares.
    for (let i = 0; i < 8; i++) {
      const series = await loadSeries(t.db, ORG, 'equipment', keys, args, { maxPoints: 20000, maxRawRangeHours: 24 });
      expect([...series.values()].map((x) => x.points.length)).toEqual([6, 6]);
      const latest = await latestByOwners(t.db, ORG, 'equipment', [eq.id], ['active_power_kw', 'power_factor']);
      expect(latest.map((l) => l.metric)).toEqual(['active_power_kw', 'power_factor']);
    }
    const { rows } = await sql<{ statement: string; generic_plans: number; custom_plans: number }>`
      select statement, generic_plans::int, custom_plans::int from pg_prepared_statements where statement like '%sel0 as%' or statement like '%order by time desc limit 1%'`.execute(t.db);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect({ generic: r.generic_plans, custom: r.custom_plans }).toEqual({ generic: 2, custom: 5 });
  });

  it('keeps at most 200 per connection and sends the rest unnamed, still answering them', async () => {
    for (let k = 0; k < 210; k++) {
      for (let i = 0; i < 2; i++) {
        const { rows } = await sql<{ x: number }>`select ${sql.lit(k)}::int * ${i}::int as x`.execute(t.db);
        expect(rows[0].x).toBe(k * i);
      }
    }
    expect((await prepared()).length).toBe(200);
  });

  it('is off with prepare: false', async () => {
    const plain = await createDatabase({ url, poolSize: 1, prepare: false });
    try {
      for (let i = 0; i < 3; i++) await sql`select ${i}::int as x`.execute(plain.db);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(plain.db);
      expect(rows[0].n).toBe(0);
    } finally {
      await plain.close();
    }
  });
});
