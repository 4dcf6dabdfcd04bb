// Named prepared statements for the statements a server runs again and again. Through `pg`,
// Kysely sends every statement unnamed, so PostgreSQL parses and plans it on every call: for the
// series statement of a dashboard chart that was 1.1–1.6 ms of a 3–5 ms statement, the largest
// part of the readings subgraph's time in the database for short questions. A statement whose
// text has been seen HOT_AFTER times is sent with a name derived from its text; `pg` then parses
// it once per connection, and PostgreSQL's plan cache may settle on a generic plan (it compares
// its cost with the custom plans of the first five calls, and keeps planning per call when the
// parameters matter). postgres.js and pgx do the same by default.
//
// Only reads (`select`, `with`) are prepared: their texts are the few fixed shapes of the
// repositories, while writes include multi-row inserts whose text grows with the batch. Each
// connection keeps at most MAX_PER_CONNECTION of them; beyond that, statements go unnamed.
// Connection poolers in transaction mode (PgBouncer before 1.21) cannot keep named statements:
// DATABASE_PREPARE=false turns this off.
import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { BoundedCache } from '../common/bounded-cache.js';

const HOT_AFTER = 2;
const MAX_PER_CONNECTION = 200;
const READ = /^\s*(select|with)\b/i;

interface Seen {
  count: number;
  name: string | null;
}

/** Kysely's pool interface over `pool`, naming the statements that repeat. */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const seen = new BoundedCache<string, Seen>(2000);
  const prepared = new WeakMap<pg.PoolClient, Set<string>>();

  function nameFor(text: string): string | null {
    // Writes are never named, so their texts (which may be long) are not counted or kept either.
    if (!READ.test(text)) return null;
    let entry = seen.get(text);
    if (!entry) {
      entry = { count: 0, name: null };
      seen.set(text, entry);
    }
    entry.count++;
    if (entry.count < HOT_AFTER) return null;
    entry.name ??= `pg_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    return entry.name;
  }

  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      const own = prepared.get(client) ?? new Set<string>();
      prepared.set(client, own);
      return {
        query(textOrCursor: string | PostgresCursor<unknown>, parameters?: ReadonlyArray<unknown>): any {
          if (typeof textOrCursor !== 'string') return client.query(textOrCursor as any);
          const values = parameters as unknown[];
          const name = nameFor(textOrCursor);
          if (name && (own.has(name) || own.size < MAX_PER_CONNECTION)) {
            own.add(name);
            return client.query({ name, text: textOrCursor, values }) as Promise<PostgresQueryResult<unknown>>;
          }
          return client.query(textOrCursor, values) as Promise<PostgresQueryResult<unknown>>;
        },
        release: () => client.release(),
      } as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
