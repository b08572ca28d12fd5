/**
 * `npm run build` step: bundles the extraction worker (dist/workers/extract-worker.js and every module
 * and data file it imports) into one file, dist/workers/extract-worker.bundle.js. Each worker thread
 * of an ingest loads the whole pipeline; as ~70 ES modules that cost ~0.65 s of CPU per thread
 * (resolving and linking, not running them), as one file about half, and on a 2-core machine the
 * threads start in the ingest's own time. Same code, same data: the pool falls back to the
 * unbundled worker when the bundle is absent (running from sources).
 */
import { build } from 'esbuild';

/**
 * i18n-iso-countries' Node entry registers all of its 79 languages at load; the pipeline registers and
 * reads English only (src/stages/quotes/lexicon.ts). The bundle takes the library without the other 78
 * (0.9 MB of the bundle's source, parsed and built by every worker thread): the same names, in English.
 */
const englishCountriesOnly = {
  name: 'i18n-iso-countries-without-locales',
  setup(b) {
    b.onResolve({ filter: /^i18n-iso-countries$/ }, (args) => b.resolve('i18n-iso-countries/index.js', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};

await build({
  entryPoints: ['dist/workers/extract-worker.js'],
  outfile: 'dist/workers/extract-worker.bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [englishCountriesOnly],
  // CommonJS dependencies (iconv-lite …) call require() for Node built-ins.
  banner: { js: "import { createRequire as __communiqueRequire } from 'node:module'; const require = __communiqueRequire(import.meta.url);" },
});
