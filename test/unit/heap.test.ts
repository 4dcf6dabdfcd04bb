import { spawnSync } from 'node:child_process';
import { loadConfig } from '../../common/config.js';
import { setHeapGrowth } from '../../common/heap.js';

/** How far the heap grew before the next full collection, in a fresh process with `percent`. */
function growthWith(percent: number): { liveMiB: number; grew: number; majors: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/heap-growth-child.ts', String(percent)], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`heap-growth child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

describe('heap growth (common/heap.ts)', () => {
  it('sets how far the old generation grows past the live heap before V8 collects it fully', () => {
    // The young generation's contents count too (up to a few tens of MB here), so the bounds
    // leave room for them: 10 % must collect well before 100 % does (seen: 0.23–0.45 against 1.08–1.65).
    const tight = growthWith(10);
    const roomy = growthWith(100);
    expect(tight.majors).toBeGreaterThan(0);
    expect(roomy.majors).toBeGreaterThan(0);
    expect(tight.liveMiB).toBeGreaterThan(80);
    expect(tight.grew).toBeLessThan(0.7);
    expect(roomy.grew).toBeGreaterThan(0.9);
  }, 120_000);

  it('refuses a negative or fractional percentage, and 0 leaves V8 its own choice', () => {
    expect(() => setHeapGrowth(-1)).toThrow(/whole percentage, 0 or more/);
    expect(() => setHeapGrowth(1.5)).toThrow(/whole percentage/);
    expect(() => setHeapGrowth(0)).not.toThrow();
  });

  it('is configured by HEAP_GROWING_PERCENT: 100 by default, 0 allowed, nonsense refused', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(100);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '250' }).heapGrowingPercent).toBe(250);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow(/HEAP_GROWING_PERCENT must be an integer of at least 0, got '-5'/);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: 'lots' })).toThrow(/HEAP_GROWING_PERCENT/);
  });
});
