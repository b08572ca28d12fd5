#!/usr/bin/env node
import { exitQuietlyOnBrokenPipe, runCli } from '../dist/cli/main.js';

exitQuietlyOnBrokenPipe();
runCli(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`internal error (a bug; please report it): ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
