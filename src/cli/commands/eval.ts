import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, type CliIo } from '../io.js';

/** The checkout this CLI runs from: src/cli/commands (tsx) and dist/cli/commands (built) are both three levels down. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * How to run the evaluation from `root`: the eval scripts and tsx live in a source checkout with its
 * dev dependencies, not in an installed package. Returns the node arguments, or what is missing.
 */
export function evalInvocation(root: string, args: readonly string[]): { argv: string[] } | { missing: string } {
  const script = join(root, 'scripts', 'eval', 'run.ts');
  if (!existsSync(script)) {
    return { missing: `communique eval runs the evaluation scripts of a source checkout (scripts/eval/run.ts), and ${root} has none: clone the repository and run it there (or \`npm run eval\`).` };
  }
  if (!existsSync(join(root, 'node_modules', 'tsx'))) {
    return { missing: `communique eval needs the development dependencies (tsx): run \`npm install\` in ${root} first.` };
  }
  return { argv: ['--import', 'tsx', script, ...args] };
}

/** `communique eval [SECTION…]`: the same report as `npm run eval`, section by section. */
export function registerEval(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('Print every quality figure of DESIGN.md (the same report as `npm run eval`) on ../shared/datasets')
    .argument('[sections...]', 'only the sections whose name contains one of these words (seed, polnear, events …)')
    .option('--list', 'list the sections and exit')
    .option('--json', 'the figures as JSON')
    .addHelpText(
      'after',
      '\nNeeds a source checkout with its development dependencies (`npm install`) and the datasets in\n' +
        '../shared/datasets beside it, or COMMUNIQUE_SHARED=/path/to/shared. A section whose data is absent\n' +
        'is skipped, saying so. Figures with a bar say whether it is met; an unmet bar is not a failure.\n\n' +
        'Examples:\n  communique eval\n  communique eval seed events\n  communique eval polnear --json > polnear.json',
    )
    .action(async (sections: string[], flags: { list?: boolean; json?: boolean }) => {
      const how = evalInvocation(PROJECT_ROOT, [...sections, ...(flags.list ? ['--list'] : []), ...(flags.json ? ['--json'] : [])]);
      if ('missing' in how) {
        io.err(`error EVAL_UNAVAILABLE: ${how.missing}\n`);
        setExit(EXIT.failure);
        return;
      }
      setExit(await run(how.argv, io));
    });
}

function run(argv: string[], io: CliIo): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => io.out(d.toString()));
    child.stderr.on('data', (d: Buffer) => io.err(d.toString()));
    child.on('error', (e) => {
      io.err(`error EVAL_UNAVAILABLE: cannot start the evaluation (${e.message}).\n`);
      done(EXIT.failure);
    });
    // run.ts exits 2 for a section name that matches nothing: a usage error here too.
    child.on('close', (code) => done(code === 0 ? EXIT.ok : code === EXIT.usage ? EXIT.usage : EXIT.failure));
  });
}
