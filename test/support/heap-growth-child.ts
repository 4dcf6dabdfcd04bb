// Run by test/unit/heap.test.ts in its own process: applies `setHeapGrowth(argv[2])`, keeps
// about 110 MB alive, collects it fully, then keeps allocating live objects and prints how far the
// heap grew (as a fraction of the live size) before V8's next full collection began.
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setHeapGrowth } from '../../common/heap.js';

setHeapGrowth(Number(process.argv[2]));
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
let majors = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if ((e as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++;
}).observe({ entryTypes: ['gc'] });
const used = () => getHeapStatistics().used_heap_size;
const kept: { a: number; b: string }[][] = [[], []];
// On the global object, so V8 cannot tell they are never read again.
(globalThis as Record<string, unknown>).heapGrowthKept = kept;
for (let i = 0; i < 1_500_000; i++) kept[0].push({ a: i, b: `x${i}` });
gc();
gc();
await new Promise((r) => setTimeout(r, 20));
const live = used();
majors = 0;
let peak = live;
for (let step = 0; step < 2000 && !majors; step++) {
  for (let i = 0; i < 20_000; i++) kept[1].push({ a: i, b: `y${i}` });
  await new Promise((r) => setImmediate(r));
  if (!majors) peak = Math.max(peak, used());
}
console.log(JSON.stringify({ liveMiB: live / 2 ** 20, grew: (peak - live) / live, majors }));
