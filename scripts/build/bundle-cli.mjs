/**
 * `npm run build` step: bundles the CLI (dist/cli/main.js and what it imports) into dist/cli-bundle/,
 * one ES module plus chunks for what is imported dynamically (the pipeline, the server, the Postgres
 * store: loaded only by the commands that use them). As separate modules, `communique ingest` loaded
 * ~390 files on its main thread before it started a worker (263 of them kysely's), ~0.4 s of CPU for
 * an ingest of an empty directory; bundled ~0.2 s. bin/communique.js runs the bundle when it is as new
 * as dist/cli/main.js, else the modules (dist rebuilt by `tsc` alone).
 *
 * Same code: each bundled file's `import.meta.url` is rewritten to the URL of the file it came from,
 * so paths it resolves (the worker file, the web root, data directories) are those of the unbundled
 * build. Packages with native code or files of their own (better-sqlite3, pg, piscina's worker …) stay
 * external and load from node_modules.
 */
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { englishCountriesOnly } from './plugins.mjs';

const OUT = 'dist/cli-bundle';

/** `import.meta.url` of a dist file, as seen from the chunk it lands in (all chunks sit in OUT). */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(resolve(OUT), args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

await rm(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/cli/main.js' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  external: ['better-sqlite3', 'pg', 'pg-native', 'pg-*', 'graphile-worker', 'piscina', 'tsx', 'tsx/*', 'esbuild', 'vite'],
  // CommonJS packages inside an ES module bundle call require(): give each chunk one.
  banner: { js: "import { createRequire as __communiqueCreateRequire } from 'node:module'; const require = __communiqueCreateRequire(import.meta.url);" },
  plugins: [ownImportMetaUrl, englishCountriesOnly],
});
