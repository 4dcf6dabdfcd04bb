import { type Kysely, sql } from 'kysely';

export type StorageMode = 'timescaledb' | 'plain';

/**
 * TimescaleDB when the server offers the extension, unless PLANTGRAPH_STORAGE=plain forces the
 * plain-PostgreSQL layout (PLANTGRAPH_STORAGE=timescaledb makes its absence an error).
 */
export async function storageModeWanted(db: Kysely<any>): Promise<StorageMode> {
  const wanted = process.env.PLANTGRAPH_STORAGE ?? 'auto';
  if (wanted === 'plain') return 'plain';
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'timescaledb'`.execute(db);
  const available = rows[0].n > 0;
  if (wanted === 'timescaledb' && !available) {
    throw new Error('PLANTGRAPH_STORAGE=timescaledb but this PostgreSQL server has no timescaledb extension');
  }
  return available ? 'timescaledb' : 'plain';
}

/** The mode recorded by the migrations for this database. */
export async function storageMode(db: Kysely<any>): Promise<StorageMode> {
  const { rows } = await sql<{ value: StorageMode }>`
    select value from platform.settings where key = 'storage_mode'`.execute(db);
  if (!rows[0]) throw new Error('database is not migrated: no storage_mode setting');
  return rows[0].value;
}
