// Array parameters of the readings statements. Two concerns:
// - pg escapes and quotes every element of an array parameter on its own, which for the
//   10,000-element arrays of an ingest batch cost more than building one text literal
//   (`plainArrayLiteral`, cast in SQL as `$1::text::int[]`).
// - The keys a statement looks up (equipment ids, metric names) go through
//   readings.opaque_array (migration 20261124150000), which the planner cannot see through: it
//   assumes 10 elements in every plan. Given the keys, each custom plan of a prepared statement
//   looked cheaper than the generic plan (one or two keys against the generic plan's assumed
//   10), so PostgreSQL planned the statement on every call and never settled on the generic
//   plan: for the 1-day series statement, 1.0 ms of planning against 0.25 ms of execution. Hiding
//   an array from a support function's estimate takes a volatile function: even a text literal
//   cast to an array is evaluated for estimates.
import { type RawBuilder, sql } from 'kysely';

/** `{1,2,3}`: an array literal of numbers or ISO times, which need no quoting. */
export function plainArrayLiteral(items: readonly (number | string)[]): string {
  return `{${items.join(',')}}`;
}

/** A uuid[] parameter the planner cannot see into (use it in FROM, as `unnest(…)`). */
export function opaqueUuids(ids: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`readings.opaque_array(${[...ids]}::uuid[])`;
}

/** A text[] parameter the planner cannot see into (use it in FROM, as `unnest(…)`). */
export function opaqueTexts(items: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`readings.opaque_array(${[...items]}::text[])`;
}
