// Brings the rollups up to date after points were written (an ingest or a bulk load), for the
// given series over [from, to]. One function for both storage modes:
//  - plain: readings.refresh_rollups() rebuilds the 15-minute, hourly and daily tables over a
//    range, readings.refresh_rollup_buckets() just the buckets an ingest wrote into; both may
//    run inside the caller's transaction (pass the transaction), which keeps ingest atomic;
//    given a plain Kysely instance they open a transaction of their own.
//  - timescaledb: the continuous aggregates are refreshed first, which TimescaleDB refuses to
//    do inside a transaction (pass the plain Kysely instance, after commit), then the daily table.
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { type StorageMode, storageMode } from './storage-mode.js';

const HOUR_MS = 3600e3;

/**
 * TimescaleDB only: materialises the 15-minute and hourly continuous aggregates over [from, to],
 * widened to whole hours (an aggregate materialises only buckets wholly inside the window).
 * Cannot run inside a transaction.
 */
export async function refreshContinuousAggregates(db: Kysely<Database>, from: Date, to: Date): Promise<void> {
  const lo = new Date(Math.floor(from.getTime() / HOUR_MS) * HOUR_MS).toISOString();
  const hi = new Date(Math.ceil(to.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS).toISOString();
  await sql`call refresh_continuous_aggregate('readings.rollup_15m', ${lo}::timestamptz, ${hi}::timestamptz)`.execute(db);
  await sql`call refresh_continuous_aggregate('readings.rollup_1h', ${lo}::timestamptz, ${hi}::timestamptz)`.execute(db);
}

/** Rebuilds the rollup tables (all three in plain mode, the daily one in timescaledb mode). */
export async function rebuildRollupTables(db: Kysely<Database>, seriesIds: readonly number[], from: Date, to: Date): Promise<void> {
  if (seriesIds.length === 0) return;
  const rebuild = async (trx: Kysely<Database>) => {
    await lockSeries(trx, seriesIds);
    await sql`select readings.refresh_rollups(${[...seriesIds]}::int[], ${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)`.execute(trx);
  };
  if (db.isTransaction) await rebuild(db);
  else await db.transaction().execute(rebuild);
}

/**
 * Refreshes the rollup rows of the 15-minute buckets that gained points (pairs: `seriesIds[i]`,
 * `buckets[i]`, each bucket's start), their hours and their local days — in timescaledb mode only
 * the days (refresh the continuous aggregates first). Rows of buckets that lost points are left
 * alone: use rebuildRollupTables over a range for deletions.
 */
export async function refreshRollupBuckets(db: Kysely<Database>, seriesIds: readonly number[], buckets: readonly Date[]): Promise<void> {
  if (seriesIds.length === 0) return;
  const refresh = async (trx: Kysely<Database>) => {
    await lockSeries(trx, seriesIds);
    await sql`select readings.refresh_rollup_buckets(${[...seriesIds]}::int[], ${buckets.map((b) => b.toISOString())}::timestamptz[])`.execute(trx);
  };
  if (db.isTransaction) await refresh(db);
  else await db.transaction().execute(refresh);
}

/**
 * Serializes writers of the same series' rollups until the caller's transaction ends: concurrent
 * rebuilds would both delete and re-insert the same buckets (a unique violation for the second),
 * and concurrent bucket refreshes would each recompute a bucket from a snapshot without the
 * other's points. Per-series advisory locks, taken in id order so two writers cannot deadlock.
 */
export async function lockSeries(trx: Kysely<Database>, seriesIds: readonly number[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ROLLUP_LOCK}::int, id) from unnest(${[...new Set(seriesIds)].sort((a, b) => a - b)}::int[]) id`.execute(trx);
}

export async function refreshRollups(
  db: Kysely<Database>,
  seriesIds: readonly number[],
  from: Date,
  to: Date,
  mode?: StorageMode,
): Promise<void> {
  if (seriesIds.length === 0) return;
  if ((mode ?? (await storageMode(db))) === 'timescaledb') await refreshContinuousAggregates(db, from, to);
  await rebuildRollupTables(db, seriesIds, from, to);
}

/** Advisory-lock namespace of rollup rebuilds (first key of pg_advisory_xact_lock(int, int)). */
const ROLLUP_LOCK = 72_011;
