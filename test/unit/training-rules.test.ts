// Pure rules of the training subgraph: the seeded generator, the comparability rule and margin,
// trajectory steps, batch rounding, and that nothing in the subgraph writes to the database.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isComparable, marginOf, preferredSide, type Candidate, type ComparabilityRule } from '../../subgraphs/training/preference.js';
import { indexAt, Rng, hash32, uniformAt } from '../../common/random.js';
import { anomalyCountFor, trajectorySteps } from '../../subgraphs/training/sampling.js';

const rule: ComparabilityRule = { maxStartOffsetMinutes: 60, outdoorTempToleranceC: 2, loadMetric: 'cooling_load_tr', loadTolerance: 0.1 };
function candidate(over: Partial<Candidate> & { id?: string; type?: string }): Candidate {
  return {
    ord: 1,
    equipment: { id: over.id ?? 'a', typeId: over.type ?? 'chiller' } as Candidate['equipment'],
    start: new Date('2024-06-15T10:00:00Z'),
    minuteOfDay: 600,
    score: 100,
    unit: 'kW',
    buckets: [],
    load: 200,
    loadUnit: 'TR',
    outdoor: 30,
    ...over,
  };
}

describe('training rules', () => {
  it('draws the same numbers for the same key and index, and different ones otherwise', () => {
    const k = hash32('states', 42);
    expect(uniformAt(k, 7)).toBe(uniformAt(hash32('states', 42), 7));
    expect(uniformAt(k, 7)).not.toBe(uniformAt(hash32('states', 43), 7));
    const draws = Array.from({ length: 10_000 }, (_, i) => uniformAt(k, i));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(Math.abs(draws.reduce((a, b) => a + b, 0) / draws.length - 0.5)).toBeLessThan(0.02);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[indexAt(k, i, 3)]++;
    expect(counts.every((c) => c > 900 && c < 1100)).toBe(true);
    const s = new Rng(k);
    expect(new Rng(k).shuffle([1, 2, 3, 4, 5, 6])).toEqual(s.shuffle([1, 2, 3, 4, 5, 6]));
  });

  it('applies every condition of the comparability rule', () => {
    const a = candidate({});
    expect(isComparable(a, candidate({ id: 'b' }), rule)).toBe(true);
    expect(isComparable(a, candidate({}), rule)).toBe(false); // same equipment and window
    expect(isComparable(a, candidate({ id: 'b', type: 'pump' }), rule)).toBe(false);
    expect(isComparable(a, candidate({ id: 'b', minuteOfDay: 661 }), rule)).toBe(false);
    expect(isComparable(candidate({ minuteOfDay: 1410 }), candidate({ id: 'b', minuteOfDay: 20 }), rule)).toBe(true); // 23:30 and 00:20
    expect(isComparable(a, candidate({ id: 'b', outdoor: 32.5 }), rule)).toBe(false);
    expect(isComparable(a, candidate({ id: 'b', outdoor: null }), rule)).toBe(false);
    expect(isComparable(a, candidate({ id: 'b', load: 223 }), rule)).toBe(false);
    expect(isComparable(a, candidate({ id: 'b', load: 218 }), rule)).toBe(true);
    expect(isComparable(a, candidate({ id: 'b', load: null }), { ...rule, loadMetric: null })).toBe(true);
    expect(marginOf(100, 90)).toEqual({ margin: 10, relativeMargin: 0.1 });
    expect(preferredSide(100, 90, 'lower')).toBe('B');
    expect(preferredSide(100, 90, 'higher')).toBe('A');
  });

  it('counts trajectory steps with an exclusive end and rounds batches halves up', () => {
    expect(trajectorySteps(1, 15)).toBe(4);
    expect(trajectorySteps(1, 60)).toBe(1);
    expect(trajectorySteps(1, 25)).toBe(3);
    expect(trajectorySteps(24, 1)).toBe(1440);
    expect(() => trajectorySteps(1, 61)).toThrow(/larger than the duration/);
    expect([anomalyCountFor(32, 0.2), anomalyCountFor(2, 0.25), anomalyCountFor(3, 0.5), anomalyCountFor(1000, 1)]).toEqual([6, 1, 2, 1000]);
  });

  it('never writes: no statement of the training subgraph inserts, updates, deletes or creates', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.includes('generated')) files.push(p);
      }
    };
    walk('subgraphs/training');
    const sqlText = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/sql(?:<[^`]*?>)?`([^`]*)`/g)].map((m) => m[1]));
    expect(sqlText.length).toBeGreaterThan(10);
    for (const text of sqlText) expect(text).not.toMatch(/\b(insert\s+into|update\s+\w+\.\w+\s+set|delete\s+from|truncate|create\s+|drop\s+|alter\s+)/i);
  });
});
