// How far V8 lets the old generation grow before its next full collection, set for the gateway.
// V8 picks that limit itself, from how fast its collector runs against how fast the program fills
// the old generation. For the gateway, 63 MB live after a collection, it put the next limit at
// 86 MB and began marking again straight after each collection (`--trace-incremental-marking`:
// `Start (task)`, well under the limit): on three-year answers it ran a full mark-compact every 33
// requests (30 per 1,000, each about 45 ms of marking). At twice the live size it ran 3 per 1,000,
// and the gateway's CPU per answer fell from 3.7–4.4 ms to 1.6–2.0 ms, for about 15 MB more peak
// RSS. The subgraphs keep V8's own choice: readings, which allocates far more, ran more full
// collections at a fixed 2× (12 per 1,000 against 5), since V8 lets a heap like its grow further.
import { setFlagsFromString } from 'node:v8';

/**
 * Lets the old generation grow to (1 + percent / 100) × its live size before the next full
 * collection; 0 leaves V8's own choice. V8 reads this flag each time it sets the limit, so setting
 * it once at start-up holds for the life of the process.
 */
export function setHeapGrowth(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0) throw new Error(`The heap growth must be a whole percentage, 0 or more, got ${percent}.`);
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
