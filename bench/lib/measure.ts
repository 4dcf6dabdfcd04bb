// Timing and statistics. Every headline figure is a ratio of two medians measured in the same
// run, so a noisy machine moves both sides alike.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export interface SidesTiming {
  /** Per side: the median of its repetitions' medians, in ms. */
  medians: number[];
  /** Per repetition, per side: the median of its calls. */
  rounds: number[][];
}

/** Warm-up keeps calling every side for at least this long: servers are measured warm (JIT-compiled paths, plan caches, open connections), as they run in production. */
export const WARMUP_MS = 1500;
const WARMUP_MAX_CALLS = 300;

/**
 * Times several answers to one question: at least `warmup` calls of each, and more until
 * WARMUP_MS has passed (at most WARMUP_MAX_CALLS), then `repeat` repetitions of `iterations`
 * calls each, the sides taking turns call by call (in rotating order) so all see the same
 * machine. A side's figure is the median of its repetitions' medians.
 */
export async function timeSides(sides: (() => Promise<unknown>)[], o: { warmup: number; repeat: number; iterations: number }): Promise<SidesTiming> {
  const warmStart = performance.now();
  for (let i = 0; i < o.warmup || (performance.now() - warmStart < WARMUP_MS && i < WARMUP_MAX_CALLS); i++) for (const run of sides) await run();
  const rounds: number[][] = [];
  let turn = 0;
  for (let r = 0; r < o.repeat; r++) {
    const samples = sides.map(() => [] as number[]);
    for (let i = 0; i < o.iterations; i++, turn++) {
      for (let k = 0; k < sides.length; k++) {
        const s = (k + turn) % sides.length;
        samples[s].push(await timeMs(sides[s]));
      }
    }
    rounds.push(samples.map(median));
  }
  return { medians: sides.map((_, s) => median(rounds.map((r) => r[s]))), rounds };
}

export const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toPrecision(digits)) : x);
