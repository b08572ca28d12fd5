/**
 * Start-up of one extraction worker of a built install (dist/workers/extract-worker-cached.js: the bundle and
 * its code cache): the process CPU from `new Worker` to the result of its first document, in a fresh process
 * each time, against a bare worker thread started and answering in the same way (Node's own start-up of a
 * thread: the in-run baseline). Every ingest pays this once per core before its documents. CPU time, not wall
 * time: the machine is shared. Needs `npm run build`. Run alone: `npx tsx scripts/bench/worker-start.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatSection, skipped, type EvalSection } from '../eval/report.js';

const ROUNDS = 5;
const WORKER = fileURLToPath(new URL('../../dist/workers/extract-worker-cached.js', import.meta.url));
const VOA = fileURLToPath(new URL('../../data/demo/voa_stories.jsonl', import.meta.url));

/** The worker's code: extracts one VOA story with the extraction worker given (none: only answers). */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
(async () => {
  if (workerData.worker) {
    const m = await import(workerData.worker);
    const d = JSON.parse(readFileSync(workerData.voa, 'utf8').split('\\n')[0]);
    m.default({ raw: { source: 'voa', body: d.text, mediaType: null }, options: {} });
  }
  parentPort.postMessage(0);
})();`;

/** A child process: starts one worker and prints the process CPU ms when it has answered. */
const CHILD = `
import { Worker } from 'node:worker_threads';
const [worker, voa] = process.argv.slice(1);
const w = new Worker(${JSON.stringify(WORKER_CODE)}, { eval: true, execArgv: [], workerData: { worker, voa } });
w.on('message', () => { const c = process.cpuUsage(); console.log((c.user + c.system) / 1000); w.terminate(); });
`;

function cpuMs(extract: boolean): number {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, extract ? pathToFileURL(WORKER).href : '', VOA], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`worker start-up bench failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchWorkerStart(): EvalSection {
  const name = `worker start-up: process CPU from new Worker to its first result (median of ${ROUNDS} fresh processes)`;
  if (!existsSync(WORKER)) return skipped(name, 'dist/ is absent: run `npm run build`');
  const bare: number[] = [];
  const worker: number[] = [];
  // Alternated, so that both see the same load of a shared machine.
  for (let r = 0; r < ROUNDS; r++) {
    bare.push(cpuMs(false));
    worker.push(cpuMs(true));
  }
  return {
    name,
    skipped: null,
    figures: [
      { label: 'bare worker thread: CPU ms (baseline)', value: median(bare) },
      { label: 'extraction worker, first document: CPU ms', value: median(worker) },
      { label: 'extraction worker × bare worker', value: median(worker) / median(bare) },
    ],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(formatSection(benchWorkerStart()));
