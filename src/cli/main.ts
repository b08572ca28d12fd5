#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CommuniqueError } from '../core/errors.js';
import { pathToFileURL } from 'node:url';
import { registerDemo } from './commands/demo.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerQueries } from './commands/query.js';
import { registerQueue } from './commands/queue.js';
import { registerReactions } from './commands/reactions.js';
import { registerServe } from './commands/serve.js';
import { registerWatch } from './commands/watch.js';
import { EXIT, exitQuietlyOnBrokenPipe, processIo, type CliIo } from './io.js';

/** Builds the `communique` program; commands register themselves here, in the order `--help` lists them. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('communique')
    .description('Who said what, to whom, when, and with what stance: evidence-backed statements from raw news.')
    .version('0.1.0')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nThe database is --db PATH, else $COMMUNIQUE_DB, else ~/.local/share/communique/communique.db.\n' +
        'Exit codes: 0 ok; 1 a document, feed or query failed (each failure on stderr with a stable code);\n' +
        '2 usage error. `communique help COMMAND` (or COMMAND --help) explains one command, with examples.\n\n' +
        'Start here:\n  communique demo && communique serve --demo     # the bundled corpus in the web explorer\n' +
        '  communique extract article.txt --pretty       # one document, no database',
    );
  registerExtract(program, io, setExit);
  registerIngest(program, io, setExit);
  registerWatch(program, io, setExit);
  registerQueries(program, io, setExit);
  registerExport(program, io, setExit);
  registerDemo(program, io, setExit);
  registerReactions(program, io, setExit);
  registerServe(program, io, setExit);
  registerQueue(program, io, setExit);
  registerEval(program, io, setExit);
  return program;
}

/** Runs the CLI and returns its exit code (0 ok, 1 a document or job failed, 2 usage). */
export { exitQuietlyOnBrokenPipe };

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = Math.max(code, c)));
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // A failure of the whole command (no database, a refused query): its code and sentence, exit 1.
    if (e instanceof CommuniqueError) {
      io.err(`error ${e.code}: ${e.message}\n`);
      return EXIT.failure;
    }
    throw e;
  }
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitQuietlyOnBrokenPipe();
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`internal error (a bug; please report it): ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = EXIT.failure;
    },
  );
}
