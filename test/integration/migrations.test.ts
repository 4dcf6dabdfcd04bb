import { sql } from 'kysely';
import { migrateToLatest } from '../../database/migrate.js';
import { storageMode } from '../../database/storage-mode.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  it('creates one schema per subgraph plus platform', async () => {
    const { rows } = await sql<{ nspname: string }>`
      select nspname from pg_namespace where nspname in ('platform','assets','readings','energy','training') order by 1`.execute(t.db);
    expect(rows.map((r) => r.nspname)).toEqual(['assets', 'energy', 'platform', 'readings', 'training']);
  });

  it('records plain storage mode on a server without TimescaleDB', async () => {
    expect(await storageMode(t.db)).toBe('plain');
  });

  it('is idempotent: a second run applies nothing', async () => {
    const again = await migrateToLatest(t.db);
    expect(again.results).toEqual([]);
  });

  it('publishes read-only views for other subgraphs', async () => {
    const { rows } = await sql<{ v: string }>`
      select table_schema || '.' || table_name as v from information_schema.views
      where table_schema in ('assets','readings') order by 1`.execute(t.db);
    expect(rows.map((r) => r.v)).toEqual(
      expect.arrayContaining(['assets.pub_equipment', 'readings.pub_rollup_1d', 'readings.pub_series']),
    );
  });
});
