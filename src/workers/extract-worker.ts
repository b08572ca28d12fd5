/** Piscina worker entry: dist/workers/extract-worker.js when built; loaded through tsx from source. */
import { runExtractTask, type ExtractTask, type ExtractTaskResult } from './extract-task.js';

export default function extractWorker(task: ExtractTask): ExtractTaskResult {
  return runExtractTask(task);
}
