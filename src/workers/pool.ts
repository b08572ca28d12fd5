/** Extraction over all cores (piscina worker threads), or inline on one. */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RawDocument } from '../core/analysis.js';
import type { ExtractOptions } from '../pipeline/extract.js';
import type { ExtractTaskResult, runExtractTask } from './extract-task.js';

export interface Extractor {
  readonly threads: number;
  /** True when documents are extracted in the calling thread (no worker): nothing runs ahead of the writer. */
  readonly inline?: boolean;
  run(raw: RawDocument, options: ExtractOptions): Promise<ExtractTaskResult>;
  close(): Promise<void>;
}

/** Cores available to this process. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Tasks handed to each worker ahead of the one it runs. The main thread feeds the workers and also
 * writes to the database, synchronously (a 64-document transaction holds it ~0.1 s): with one task per
 * worker, every worker that finished during a write sat idle until the write ended; with a few queued in
 * the worker it goes straight on to the next.
 */
const TASKS_PER_WORKER = 4;

/**
 * Compiled code loads the worker bundled into one file by `npm run build` (scripts/build/bundle-worker.mjs:
 * half the start-up cost of each thread), compiled from its V8 code cache (code-cache.ts), else the
 * compiled modules; source code (tests, tsx) loads it through a tsx shim.
 */
function workerFile(): string {
  if (import.meta.url.endsWith('.ts')) return new URL('./extract-worker-tsx.mjs', import.meta.url).href;
  const bundle = new URL('./extract-worker.bundle.cjs', import.meta.url);
  const modules = new URL('./extract-worker.js', import.meta.url);
  // A bundle older than the compiled modules (dist rebuilt by `tsc` alone) would run stale code.
  const fresh = (statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0) >= (statSync(modules, { throwIfNoEntry: false })?.mtimeMs ?? Infinity);
  return (fresh ? new URL('./extract-worker-cached.js', import.meta.url) : modules).href;
}

/**
 * `threads` ≤ 1 runs in this thread (no worker start-up cost) unless `workers` asks for a worker anyway.
 * The pipeline is imported only then: with workers, the calling thread never loads it (it cost the
 * CLI's main thread 0.7 s of CPU at start-up, on a core the workers need).
 */
export function createExtractor(threads: number = defaultThreads(), options: { readonly inline?: boolean } = {}): Extractor {
  if (threads < 1 || (threads === 1 && options.inline !== false)) {
    let task: Promise<typeof runExtractTask> | undefined;
    return {
      threads: 1,
      inline: true,
      run: async (raw, options) => (await (task ??= import('./extract-task.js').then((m) => m.runExtractTask)))({ raw, options }),
      close: async () => undefined,
    };
  }
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: TASKS_PER_WORKER });
  return {
    threads,
    run: (raw, options) => pool.run({ raw, options }) as Promise<ExtractTaskResult>,
    close: () => pool.destroy(),
  };
}
