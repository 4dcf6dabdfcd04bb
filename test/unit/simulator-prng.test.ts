import { hash32, normalAt, Rng, smoothNoise, uniformAt } from '../../database/simulator/prng.js';

// The canonical mulberry32, as published by Tommy Ettinger and widely copied.
function mulberry32(a: number) {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('simulator PRNG', () => {
  it('is mulberry32: the sequential stream matches the reference implementation', () => {
    for (const seed of [0, 1, 42, -7, 0x7fffffff, hash32('x')]) {
      const ref = mulberry32(seed);
      const rng = new Rng(seed);
      for (let i = 0; i < 1000; i++) expect(rng.next()).toBe(ref());
    }
  });

  it('gives random access to the same stream: uniformAt(seed, n) is the n-th draw', () => {
    const ref = mulberry32(1234);
    for (let n = 0; n < 500; n++) expect(uniformAt(1234, n)).toBe(ref());
  });

  it('is deterministic and sensitive to every part of a key', () => {
    expect(hash32(42, 'cc', 'chiller_001', 'w')).toBe(hash32(42, 'cc', 'chiller_001', 'w'));
    const variants = [hash32(42, 'cc', 'chiller_001', 'w'), hash32(43, 'cc', 'chiller_001', 'w'), hash32(42, 'cc', 'chiller_002', 'w'), hash32(42, 'cc', 'chiller_001', 's'), hash32(42, 'ccchiller_001', 'w')];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('draws standard normals', () => {
    const n = 40000;
    let s = 0;
    let ss = 0;
    let beyond3 = 0;
    for (let i = 0; i < n; i++) {
      const z = normalAt(99, i);
      s += z;
      ss += z * z;
      if (Math.abs(z) > 3) beyond3++;
    }
    const mean = s / n;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.sqrt(ss / n - mean * mean)).toBeCloseTo(1, 1);
    expect(beyond3 / n).toBeLessThan(0.006);
  });

  it('smooth noise passes through its lattice and changes little between neighbours', () => {
    for (let k = 0; k < 50; k++) expect(smoothNoise(5, k * 60, 60)).toBeCloseTo(normalAt(5, k), 12);
    let worst = 0;
    for (let t = 0; t < 6000; t++) worst = Math.max(worst, Math.abs(smoothNoise(5, t + 1, 60) - smoothNoise(5, t, 60)));
    expect(worst).toBeLessThan(0.2);
  });

  it('shuffles into a permutation and picks only members', () => {
    const rng = new Rng(3);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    for (let i = 0; i < 100; i++) {
      const k = rng.int(3, 7);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(7);
    }
  });
});
