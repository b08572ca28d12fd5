import v8 from 'node:v8';
import vm from 'node:vm';

// A collector to call between runs so each starts from the same heap (no --expose-gc needed).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export interface Measure {
  readonly pagesPerSecond: number;
  readonly msPerPage: number;
  /** Highest heap in use above the heap before the run, in MiB (sampled after every page). */
  readonly peakHeapMiB: number;
  /** Highest resident set size during the run, in MiB. */
  readonly peakRssMiB: number;
}

/** Runs `fn` over every item `rounds` times (after one warm-up pass) and measures it. */
export function measure<T>(items: readonly T[], rounds: number, fn: (item: T) => unknown): Measure {
  for (const it of items) fn(it);
  gc();
  const base = process.memoryUsage().heapUsed;
  let peakHeap = base;
  let peakRss = process.memoryUsage.rss();
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const it of items) {
      fn(it);
      const m = process.memoryUsage();
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      if (m.rss > peakRss) peakRss = m.rss;
    }
  }
  const ms = performance.now() - started;
  const n = items.length * rounds;
  gc();
  return { pagesPerSecond: (n * 1000) / ms, msPerPage: ms / n, peakHeapMiB: (peakHeap - base) / 2 ** 20, peakRssMiB: peakRss / 2 ** 20 };
}
