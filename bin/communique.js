#!/usr/bin/env node
import { statSync } from 'node:fs';

// The CLI bundled by `npm run build` (scripts/build/bundle-cli.mjs: one file instead of ~390 modules,
// half the start-up CPU), unless it is older than the compiled modules (dist rebuilt by `tsc` alone).
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = (mtime('../dist/cli-bundle/main.js') ?? -1) >= (mtime('../dist/cli/main.js') ?? Infinity);
const { exitQuietlyOnBrokenPipe, runCli } = await import(bundled ? '../dist/cli-bundle/main.js' : '../dist/cli/main.js');

exitQuietlyOnBrokenPipe();
runCli(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`internal error (a bug; please report it): ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
