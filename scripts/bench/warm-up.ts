/**
 * What an extraction worker's warm-up costs: in a fresh process (like a worker thread of an ingest), the built
 * worker bundle is loaded from its code cache, then every other document of raw-news/dev (the share one of two
 * workers gets) is extracted three times over. The first pass runs cold (bytecode not yet optimised, regular
 * expressions compiled on first use, tables filled); the third runs warm. Figures are process CPU (TurboFan's
 * and the GC's helper threads included, as an ingest pays them), the median of a few fresh processes; the warm
 * per-document cost is the in-run baseline. Needs `npm run build` and ../shared (or COMMUNIQUE_SHARED).
 * Run alone: `npx tsx scripts/bench/warm-up.ts [--rounds N]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { datasetDir } from '../../test/support/shared.js';
import { formatSection, skipped, type EvalSection } from '../eval/report.js';

const CODE_CACHE = fileURLToPath(new URL('../../dist/workers/code-cache.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/workers/extract-worker.bundle.cjs', import.meta.url));

/** The child: prints `{ load, passes: [cpu ms of pass 1, 2, 3], docs }` as JSON. */
const CHILD = `
import { readdirSync, readFileSync } from 'node:fs';
const [cache, bundleFile, dir] = process.argv.slice(1);
const docs = readdirSync(dir).sort().filter((_, i) => i % 2 === 0).map((f) => ({ source: dir + '/' + f, body: readFileSync(dir + '/' + f), mediaType: null }));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const t0 = cpu();
const { loadCachedBundle } = await import(cache);
const bundle = loadCachedBundle(bundleFile);
const load = cpu() - t0;
const passes = [];
for (let p = 0; p < 3; p++) {
  const t = cpu();
  for (const raw of docs) bundle.exports.default({ raw, options: {} });
  passes.push(cpu() - t);
}
console.log(JSON.stringify({ load, passes, docs: docs.length, fromCache: bundle.fromCache }));
`;

interface Run {
  readonly load: number;
  readonly passes: readonly number[];
  readonly docs: number;
  readonly fromCache: boolean;
}

function once(dir: string): Run {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(CODE_CACHE).href, BUNDLE, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`warm-up bench failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim()) as Run;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchWarmUp(rounds = 3): EvalSection {
  const name = `worker warm-up: process CPU per raw-news/dev document, cold (first pass) vs warm (third pass), median of ${rounds} fresh processes`;
  if (!existsSync(BUNDLE)) return skipped(name, 'dist/ is absent: run `npm run build`');
  const dir = datasetDir('raw-news');
  if (!dir) return skipped(name, 'no ../shared/datasets/raw-news (set COMMUNIQUE_SHARED)');
  const runs = Array.from({ length: rounds }, () => once(`${dir}/dev`));
  const docs = runs[0]!.docs;
  const cold = median(runs.map((r) => r.passes[0]! / docs));
  const warm = median(runs.map((r) => r.passes[2]! / docs));
  const load = median(runs.map((r) => r.load));
  return {
    name: `${name}${runs.every((r) => r.fromCache) ? '' : ' (the code cache was not used)'}`,
    skipped: null,
    figures: [
      { label: 'documents per pass (one worker’s share)', value: docs },
      { label: 'bundle load: CPU ms', value: load },
      { label: 'cold: CPU ms per document', value: cold },
      { label: 'warm: CPU ms per document (baseline)', value: warm },
      { label: 'cold × warm', value: cold / warm },
      { label: 'warm-up: CPU ms per worker (load + cold − warm pass)', value: load + (cold - warm) * docs },
    ],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--rounds');
  process.stdout.write(formatSection(benchWarmUp(at > 0 ? Number(process.argv[at + 1]) : 3)));
}
