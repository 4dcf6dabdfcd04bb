// Array fills for per-minute signals. Each is a pure function of (key, absolute index), so a
// block of minutes computed alone equals the same minutes computed inside a longer block.
import { normalAt } from './prng.js';

/** out[i] += amplitude × smooth noise at index from + i (lattice every `period` indices). */
export function addSmooth(out: Float64Array, key: number, from: number, period: number, amplitude: number): Float64Array {
  let cell = Number.NaN;
  let a = 0;
  let b = 0;
  for (let i = 0; i < out.length; i++) {
    const x = (from + i) / period;
    const c = Math.floor(x);
    if (c !== cell) {
      cell = c;
      a = normalAt(key, c);
      b = normalAt(key, c + 1);
    }
    const f = x - c;
    out[i] += amplitude * (a + (b - a) * f * f * (3 - 2 * f));
  }
  return out;
}

/** out[i] += sd × independent normal draw at index from + i. */
export function addWhite(out: Float64Array, key: number, from: number, sd: number): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] += sd * normalAt(key, from + i);
  return out;
}

export function filled(n: number, value: number): Float64Array {
  return new Float64Array(n).fill(value);
}

export const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
