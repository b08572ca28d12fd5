/** Piscina worker entry: dist/workers/extract-worker.js when built; loaded through tsx from source. */
import { setWorkerFlags } from './code-cache.js';
import { runExtractTask, type ExtractTask, type ExtractTaskResult } from './extract-task.js';

// Each worker starts cold, and the pipeline runs hundreds of regular expressions. By default V8 first
// interprets a regular expression and compiles it to machine code once it is used again: compiling
// at once (--no-regexp-tier-up) is 8.5% fewer instructions for a cold worker's start and first 60
// raw-news documents (valgrind callgrind, 14.58 → 13.35 billion), the same results.
// V8 sends a function to its optimising compiler (TurboFan, on background threads) after its
// interrupt budget of 66 KB of bytecode executed has run out a few times. For this pipeline — many
// medium-hot functions, each worker warming up on its own — that default optimised too early: code
// compiled on thin type feedback was thrown away and compiled again, and the compiler threads took
// ~2.6 s of CPU in a 9 s two-worker ingest of raw-news/dev. With --interrupt-budget=600000, the process
// CPU of extracting raw-news/dev in one thread went 5.2 → 4.4 s (896 documents: 11.9 → 11.0 s), the
// steady per-document cost unchanged. Both flags are process-wide; they change when and how code is
// compiled, never what it computes.
setWorkerFlags();

export default function extractWorker(task: ExtractTask): ExtractTaskResult {
  return runExtractTask(task);
}
