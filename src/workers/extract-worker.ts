/** Piscina worker entry: dist/workers/extract-worker.js when built; loaded through tsx from source. */
import { setFlagsFromString } from 'node:v8';
import { runExtractTask, type ExtractTask, type ExtractTaskResult } from './extract-task.js';

// Each worker starts cold, and the pipeline runs hundreds of regular expressions. By default V8 first
// interprets a regular expression and compiles it to machine code once it is used again: compiling
// at once is 8.5% fewer instructions for a cold worker's start and first 60 raw-news documents
// (valgrind callgrind, 14.58 → 13.35 billion), the same results. The flag is process-wide; it changes
// how regular expressions are compiled, never what they match.
setFlagsFromString('--no-regexp-tier-up');

export default function extractWorker(task: ExtractTask): ExtractTaskResult {
  return runExtractTask(task);
}
