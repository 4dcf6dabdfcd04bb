// Reproducible sampling: every random choice is a pure function of (seed, stream, index), so
// item i of a dataset is the same whether it is drawn alone, in a page of an export, or in a
// call for 10,000 items. mulberry32's state after n steps is seed + n·0x6D2B79F5, which gives
// random access without stepping. PostgreSQL's random() is never used: it is neither seedable
// per request nor the same across engines.
const GOLDEN = 0x6d2b79f5;

function mix(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}

/** 32-bit FNV-1a of the parts, mixed once so near-equal keys spread apart. */
export function streamKey(...parts: (string | number)[]): number {
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

/** The n-th (0-based) uniform draw in [0, 1) of stream `key`. */
export function uniformAt(key: number, n: number): number {
  return mix((key + Math.imul(n + 1, GOLDEN)) | 0) / 4294967296;
}

/** An integer in [0, size) from the n-th draw of stream `key`. */
export function indexAt(key: number, n: number, size: number): number {
  return Math.min(size - 1, Math.floor(uniformAt(key, n) * size));
}

/** Sequential stream (for shuffles): the k-th call equals uniformAt(key, k). */
export class Stream {
  #n = 0;
  constructor(readonly key: number) {}
  next(): number {
    return uniformAt(this.key, this.#n++);
  }
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.min(i, Math.floor(this.next() * (i + 1)));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
