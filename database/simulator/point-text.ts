// The text form of generated points: what COPY receives and what the seed checksum hashes.
// Bodies carry no series id (ids are assigned by the database), so the checksum depends only
// on what was generated; the id is spliced in front of each line just before COPY.
import { createHash, type Hash } from 'node:crypto';
import type { CopyChunk } from '../bulk-copy.js';
import type { PointJob } from './generate-readings.js';

export const ROWS_PER_CHUNK = 100_000;

/** PostgreSQL timestamptz input in UTC: '2026-02-01 00:00:00+00'. */
export function timeText(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}+00`;
}

/** Time strings of a regular grid, shared by every series on it. */
export class TimeGrids {
  #key = '';
  #times: string[] = [];

  get(startMs: number, stepMs: number, count: number): string[] {
    const key = `${startMs}/${stepMs}`;
    if (key !== this.#key || this.#times.length < count) {
      const times = new Array<string>(count);
      for (let i = 0; i < count; i++) times[i] = timeText(startMs + i * stepMs);
      this.#key = key;
      this.#times = times;
    }
    return this.#times;
  }
}

/** Lines `time\tvalue\tsource\n` for rows [from, to) of a job. */
export function body(job: PointJob, times: string[], from: number, to: number): string {
  const parts = new Array<string>(to - from);
  const v = job.values;
  for (let i = from; i < to; i++) parts[i - from] = times[i] + '\t' + v[i] + (i >= job.realFrom ? '\t0\n' : '\t1\n');
  return parts.join('');
}

/** A body with the series id in front of every line: COPY text input. */
export function withSeriesId(text: string, seriesId: number): string {
  const prefix = `${seriesId}\t`;
  return prefix + text.slice(0, -1).replaceAll('\n', `\n${prefix}`) + '\n';
}

/** SHA-256 of one job: its series key, then its bodies in order. */
export function jobHash(job: PointJob): Hash {
  return createHash('sha256').update(`${job.series.key}\n`);
}

/** COPY chunks of a job, hashing the bodies as they go by. */
export function* jobChunks(job: PointJob, seriesId: number, grids: TimeGrids, hash: Hash, rowsPerChunk = ROWS_PER_CHUNK): Generator<CopyChunk> {
  const n = job.values.length;
  const times = grids.get(job.startMs, job.stepMs, n);
  for (let from = 0; from < n; from += rowsPerChunk) {
    const to = Math.min(n, from + rowsPerChunk);
    const text = body(job, times, from, to);
    hash.update(text);
    yield { text: withSeriesId(text, seriesId), rows: to - from };
  }
}

/** The seed checksum: structure, each job's digest in generation order, then the events. */
export function seedChecksum(structure: string, jobDigests: string[], events: string): string {
  const h = createHash('sha256').update(structure).update('\n');
  for (const d of jobDigests) h.update(d);
  return h.update('\n').update(events).digest('hex');
}
