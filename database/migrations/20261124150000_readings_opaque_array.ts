import { type Kysely, sql } from 'kysely';

// readings.opaque_array(a) returns `a`, in a way the planner cannot see through (volatile
// PL/pgSQL), so it estimates the array at 10 elements whether or not it knows the value. The
// readings statements unnest their keys through it: with the keys visible, each custom plan of a
// prepared statement looked cheaper than the generic plan (one or two keys against the generic
// plan's assumed 10), and PostgreSQL planned the statement again on every call. For the 1-day
// series statement that planning was 1.0 ms against 0.25 ms of execution. See
// database/array-parameters.ts.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function readings.opaque_array(a anyarray) returns anyarray
      language plpgsql volatile parallel safe as $$ begin return a; end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists readings.opaque_array(anyarray)`.execute(db);
}
