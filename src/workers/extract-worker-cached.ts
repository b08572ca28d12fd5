/**
 * Piscina worker entry of a built install: the whole pipeline bundled into one file by `npm run build`,
 * compiled from its V8 code cache (code-cache.ts). pool.ts picks it when the bundle is up to date.
 */
import { fileURLToPath } from 'node:url';
import { loadCachedBundle } from './code-cache.js';
import type { ExtractTask, ExtractTaskResult } from './extract-task.js';

type Handler = (task: ExtractTask) => ExtractTaskResult;

const bundle = loadCachedBundle<{ default: Handler }>(fileURLToPath(new URL('./extract-worker.bundle.cjs', import.meta.url)));

/** Without a valid cache, this worker writes one after this many documents (the code they needed compiled). */
const REFRESH_AFTER = 24;
let tasks = 0;

export default function extractWorker(task: ExtractTask): ExtractTaskResult {
  const result = bundle.exports.default(task);
  if (!bundle.fromCache && ++tasks === REFRESH_AFTER) bundle.saveCache();
  return result;
}
