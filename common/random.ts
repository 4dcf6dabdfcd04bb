// Seeded randomness for everything that must be reproducible (the simulator's data, the
// training samples). One generator, mulberry32, with two faces:
//  - random access (`uniformAt`): its state after n steps is seed + n·0x6D2B79F5, so the n-th
//    draw of a stream is computed directly — item i of a dataset is the same whether drawn
//    alone, in a page of an export, or among 10,000;
//  - a sequential stream (`Rng`) whose k-th call equals uniformAt(seed, k).
// PostgreSQL's random() is never used: it is neither seedable per request nor the same across
// engines.

const GOLDEN = 0x6d2b79f5;

export function mix(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}

/** 32-bit FNV-1a over the parts, then one mulberry32 mix so that near-equal keys spread apart. */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = typeof part === 'number' ? `#${part}` : part;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return mix(h | 0);
}

/** The n-th (0-based) uniform draw in [0, 1) of the mulberry32 stream seeded with `key`. */
export function uniformAt(key: number, n: number): number {
  return mix((key + Math.imul(n + 1, GOLDEN)) | 0) / 4294967296;
}

/** An integer in [0, size) from the n-th draw of stream `key`. */
export function indexAt(key: number, n: number, size: number): number {
  return Math.min(size - 1, Math.floor(uniformAt(key, n) * size));
}

/** A standard normal draw at index n of stream `key` (Box–Muller over draws 2n and 2n+1). */
export function normalAt(key: number, n: number): number {
  const u1 = uniformAt(key, 2 * n) || 1 / 4294967296;
  const u2 = uniformAt(key, 2 * n + 1);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Sequential mulberry32 stream with the helpers planning code needs. */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed | 0;
  }

  /** Uniform in [0, 1). Identical to uniformAt(seed, k) for the k-th call. */
  next(): number {
    this.#state = (this.#state + GOLDEN) | 0;
    return mix(this.#state) / 4294967296;
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  normal(): number {
    const u1 = this.next() || 1 / 4294967296;
    const u2 = this.next();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** A new shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
