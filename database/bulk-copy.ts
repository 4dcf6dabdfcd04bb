// Bulk loading of readings.points and the rollup refresh that must follow it. Used by the plant
// simulator and by the readings ingest path alike, so both leave the rollups in the same state.
//  - PostgreSQL server: COPY … FROM STDIN (text format) over one connection per stream, with
//    synchronous_commit off for the load session (a crash loses the tail of the load, never
//    consistency; the caller can simply reload).
//  - PGlite: COPY … FROM '/dev/blob', one chunk per statement.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from './create-database.js';
import { rebuildRollupTables, refreshContinuousAggregates } from './rollup-refresh.js';
import { storageMode } from './storage-mode.js';

/** A piece of COPY text-format input for readings.points (series_id, time, value, source). */
export interface CopyChunk {
  text: string;
  rows: number;
}

export type ChunkSource = Iterable<CopyChunk> | AsyncIterable<CopyChunk>;

export interface CopyResult {
  rows: number;
  seconds: number;
}

const COPY_POINTS = 'COPY readings.points (series_id, time, value, source) FROM';

/**
 * Loads every chunk of every source into readings.points. On a server each source gets its own
 * connection and they run in parallel; keep each source in (series_id, time) order so index
 * inserts stay append-mostly.
 */
export async function copyPoints(handle: DatabaseHandle, sources: ChunkSource[], onRows?: (rows: number) => void): Promise<CopyResult> {
  const started = performance.now();
  let rows = 0;
  const count = (c: CopyChunk) => {
    rows += c.rows;
    onRows?.(c.rows);
  };
  const engine = handle.engine;
  if (engine.kind === 'pglite') {
    for (const source of sources) {
      for await (const chunk of source) {
        if (chunk.rows === 0) continue;
        await engine.pg.query(`${COPY_POINTS} '/dev/blob'`, [], { blob: new Blob([chunk.text]) });
        count(chunk);
      }
    }
  } else {
    await Promise.all(sources.map((source) => copyOverConnection(engine.url, source, count)));
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}

async function copyOverConnection(url: string, source: ChunkSource, count: (c: CopyChunk) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'plantgraph-bulk-copy' });
  await client.connect();
  try {
    await client.query('SET synchronous_commit = off');
    async function* texts() {
      for await (const chunk of source) {
        if (chunk.rows === 0) continue;
        yield chunk.text;
        count(chunk);
      }
    }
    await pipeline(Readable.from(texts()), client.query(copyFrom(`${COPY_POINTS} STDIN`)));
  } finally {
    await client.end();
  }
}

export interface RollupBatch {
  seriesIds: number[];
  from: Date;
  to: Date;
}

export interface RollupResult {
  seconds: number;
  batches: number;
}


/**
 * Brings the rollups up to date after a bulk load: in timescaledb mode refreshes the continuous
 * aggregates (15 min, then 1 h) over the loaded range first — that cannot run inside a
 * transaction — then calls readings.refresh_rollups per batch, which rebuilds the plain-mode
 * rollup tables and the daily rollup in both modes.
 */
export async function refreshRollupsAfterBulkLoad(
  handle: DatabaseHandle,
  batches: RollupBatch[],
  onBatch?: (done: number, total: number) => void,
  /** Batches refreshed at once; batches never share a series, so a server can run them in parallel. */
  concurrency = handle.engine.kind === 'postgres' ? 2 : 1,
): Promise<RollupResult> {
  const started = performance.now();
  const work = batches.filter((b) => b.seriesIds.length > 0);
  if (work.length === 0) return { seconds: 0, batches: 0 };
  if ((await storageMode(handle.db)) === 'timescaledb') {
    const from = new Date(Math.min(...work.map((b) => b.from.getTime())));
    const to = new Date(Math.max(...work.map((b) => b.to.getTime())));
    await refreshContinuousAggregates(handle.db, from, to);
  }
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const b = work[next++];
      await rebuildRollupTables(handle.db, b.seriesIds, b.from, b.to);
      onBatch?.(++done, work.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, work.length)) }, worker));
  return { seconds: (performance.now() - started) / 1000, batches: work.length };
}

/** Splits series into rollup batches of about `pointsPerBatch` points each. */
export function rollupBatches(series: { id: number; points: number }[], from: Date, to: Date, pointsPerBatch = 250_000): RollupBatch[] {
  const batches: RollupBatch[] = [];
  let current: number[] = [];
  let size = 0;
  for (const s of series) {
    if (current.length && size + s.points > pointsPerBatch) {
      batches.push({ seriesIds: current, from, to });
      current = [];
      size = 0;
    }
    current.push(s.id);
    size += s.points;
  }
  if (current.length) batches.push({ seriesIds: current, from, to });
  return batches;
}
