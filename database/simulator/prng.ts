// Randomness for the simulator: the shared seeded generator (common/random.ts), plus smooth
// noise for weather fronts, demand swings and sensor wander. Every reading is a pure function
// of (seed, stream key, time index): a 7-day window and a 3-year history agree on the minutes
// they share, and filtering equipment never changes another one's numbers.
import { normalAt } from '../../common/random.js';

export { hash32, mix, normalAt, Rng, uniformAt } from '../../common/random.js';

/**
 * Smooth value noise with unit variance at the lattice points: normal draws every `period`
 * units of `t`, joined by a smoothstep. Weather fronts, demand swings and sensor wander are
 * this at different periods.
 */
export function smoothNoise(key: number, t: number, period: number): number {
  const x = t / period;
  const i = Math.floor(x);
  const f = x - i;
  const s = f * f * (3 - 2 * f);
  const a = normalAt(key, i);
  const b = normalAt(key, i + 1);
  return a + (b - a) * s;
}
