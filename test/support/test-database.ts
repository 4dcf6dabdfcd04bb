// Each test file gets a database of its own: a fresh database on the PostgreSQL server named by
// DATABASE_URL, or a fresh in-memory PGlite when it is unset. Both are migrated to latest.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type DatabaseHandle, type DatabaseOptions } from '../../database/create-database.js';
import { migrateToLatest } from '../../database/migrate.js';

export interface TestDatabase extends DatabaseHandle {
  /** URL of the fresh server database (undefined on PGlite). */
  url: string | undefined;
  /** Closes the handle and drops the server database. */
  destroy(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabaseOptions extends Pick<DatabaseOptions, 'timescale' | 'poolSize'> {
  /** Force the embedded engine even when DATABASE_URL is set. */
  embedded?: boolean;
  migrate?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.embedded || options.timescale ? undefined : process.env.DATABASE_URL;
  let url: string | undefined;
  if (serverUrl) {
    const name = `plantgraph_test_${randomBytes(6).toString('hex')}`;
    await admin(serverUrl, (c) => c.query(`create database ${name}`));
    url = withDatabase(serverUrl, name);
  }
  const handle = await createDatabase({ url, timescale: options.timescale, poolSize: options.poolSize ?? 5 });
  if (options.migrate !== false) await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    async destroy() {
      await handle.close();
      if (serverUrl && url) {
        const name = new URL(url).pathname.slice(1);
        await admin(serverUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
      }
    },
  };
}

/** Counts the statements `handle.db` executes while `fn` runs. */
export async function countStatements<T>(handle: DatabaseHandle, fn: () => Promise<T>): Promise<{ result: T; count: number; sql: string[] }> {
  const seen: string[] = [];
  const stop = handle.onQuery((e) => seen.push(e.query.sql));
  try {
    const result = await fn();
    return { result, count: seen.length, sql: seen };
  } finally {
    stop();
  }
}
