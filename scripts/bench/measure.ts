import v8 from 'node:v8';
import vm from 'node:vm';

// A collector to call between runs so each starts from the same heap (no --expose-gc needed).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export interface Measure {
  readonly pagesPerSecond: number;
  readonly msPerPage: number;
  /** Highest heap in use above the heap before each round, in MiB (sampled after every page). */
  readonly peakHeapMiB: number;
  /** Highest resident set size during its rounds, in MiB (process-wide). */
  readonly peakRssMiB: number;
}

/**
 * Runs each function over every item `rounds` times after one warm-up pass, alternating the
 * functions round by round so that both see the same machine load (the machine is shared).
 */
export function measureAlternating<T>(items: readonly T[], rounds: number, fns: readonly ((item: T) => unknown)[]): Measure[] {
  const ms = fns.map(() => 0);
  const peakHeap = fns.map(() => 0);
  const peakRss = fns.map(() => 0);
  for (const fn of fns) for (const it of items) fn(it);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      gc();
      const base = process.memoryUsage().heapUsed;
      const started = performance.now();
      for (const it of items) {
        fn(it);
        const m = process.memoryUsage();
        peakHeap[k] = Math.max(peakHeap[k]!, m.heapUsed - base);
        peakRss[k] = Math.max(peakRss[k]!, m.rss);
      }
      ms[k] = ms[k]! + performance.now() - started;
    });
  }
  const n = items.length * rounds;
  return fns.map((_, k) => ({ pagesPerSecond: (n * 1000) / ms[k]!, msPerPage: ms[k]! / n, peakHeapMiB: peakHeap[k]! / 2 ** 20, peakRssMiB: peakRss[k]! / 2 ** 20 }));
}
