/**
 * `npm run build` step: bundles the extraction worker (dist/workers/extract-worker.js and every module
 * and data file it imports) into one file, dist/workers/extract-worker.bundle.cjs. Each worker thread
 * of an ingest loads the whole pipeline; as ~70 ES modules that cost ~0.65 s of CPU per thread
 * (resolving and linking, not running them), as one file about half, and on a 2-core machine the
 * threads start in the ingest's own time. Then makes the bundle's V8 code cache
 * (dist/workers/extract-worker.bundle.cache, src/workers/code-cache.ts): a fresh process loads the
 * bundle, extracts the bundled demo corpus, and saves the code compiled by then. Same code, same
 * data: the pool falls back to the unbundled worker when the bundle is absent (running from sources).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { englishCountriesOnly } from './plugins.mjs';

// The cache of the previous bundle goes first: it never sits beside a bundle it was not made for.
rmSync('dist/workers/extract-worker.bundle.cache', { force: true });
// CommonJS, so that the bundle is one classic script V8 can cache (code-cache.ts compiles it).
await build({
  entryPoints: ['dist/workers/extract-worker.js'],
  outfile: 'dist/workers/extract-worker.bundle.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  plugins: [englishCountriesOnly],
});
// The ES-module bundle of earlier builds.
rmSync('dist/workers/extract-worker.bundle.js', { force: true });

/** Documents of the bundled demo corpus extracted before the cache is saved: what they run gets compiled. */
const WARM_UP_DOCUMENTS = 40;
const warmUp = `
import { cacheFileOf, loadCachedBundle } from './dist/workers/code-cache.js';
import { readSources } from './dist/stages/ingest/read-files.js';
import { fileURLToPath } from 'node:url';
const file = fileURLToPath(new URL('./dist/workers/extract-worker.bundle.cjs', import.meta.url));
const { rmSync } = await import('node:fs');
rmSync(cacheFileOf(file), { force: true });
const bundle = loadCachedBundle(file);
let n = 0;
for await (const r of readSources(['data/demo/voa_stories.jsonl'])) {
  if (r.ok) bundle.exports.default({ raw: r.value, options: {} });
  if (++n >= ${WARM_UP_DOCUMENTS}) break;
}
if (!bundle.saveCache()) throw new Error('could not write the code cache');
`;
const made = spawnSync(process.execPath, ['--input-type=module', '-e', warmUp], { stdio: 'inherit' });
if (made.status !== 0) throw new Error('making the worker code cache failed');
