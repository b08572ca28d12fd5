/**
 * Start-up of the built CLI on its main thread: the process CPU of `communique ingest` over an empty
 * directory (Node's start, loading the CLI, opening and migrating a fresh database; no worker is started),
 * run by bin/communique.js (the bundle of scripts/build/bundle-cli.mjs) against the same command run from
 * the compiled modules (dist/cli/main.js: the in-run baseline) and a bare `node -e 0`. An ingest pays this
 * before it starts its workers. CPU time, not wall time: the machine is shared. Needs `npm run build`.
 * Run alone: `npx tsx scripts/bench/cli-start.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatSection, skipped, type EvalSection } from '../eval/report.js';

const ROUNDS = 7;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'communique.js');
const MODULES = join(ROOT, 'dist', 'cli', 'main.js');
const BUNDLE = join(ROOT, 'dist', 'cli-bundle', 'main.js');
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('[cpu] '+(u.user+u.system)+'\\n')})`;

/** The CLI from the compiled modules, as bin/communique.js ran it before the bundle. */
const FROM_MODULES = `const { runCli } = await import(${JSON.stringify(pathToFileURL(MODULES).href)}); process.exitCode = await runCli(process.argv.slice(1));`;

function cpuMs(args: string[]): number {
  const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, ...args], { encoding: 'utf8' });
  const cpu = /\[cpu\] (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !cpu) throw new Error(`CLI start-up bench failed: ${r.stderr}`);
  return Number(cpu[1]) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchCliStart(): EvalSection {
  const name = `CLI start-up: process CPU of \`ingest\` over an empty directory, fresh database (median of ${ROUNDS} processes)`;
  if (!existsSync(BUNDLE) || !existsSync(MODULES)) return skipped(name, 'dist/ is absent: run `npm run build`');
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-cli-'));
  const bare: number[] = [];
  const modules: number[] = [];
  const bundled: number[] = [];
  try {
    const empty = join(dir, 'empty');
    spawnSync(process.execPath, ['-e', `require('node:fs').mkdirSync(${JSON.stringify(empty)})`]);
    const ingest = (n: number) => ['ingest', empty, '--db', join(dir, `${n}.db`), '--quiet'];
    // Alternated, so that all three see the same load of a shared machine.
    for (let r = 0; r < ROUNDS; r++) {
      bare.push(cpuMs(['-e', '0']));
      modules.push(cpuMs(['--input-type=module', '-e', FROM_MODULES, ...ingest(2 * r)]));
      bundled.push(cpuMs([BIN, ...ingest(2 * r + 1)]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    name,
    skipped: null,
    figures: [
      { label: 'bare node -e 0: CPU ms', value: median(bare) },
      { label: 'CLI from the compiled modules: CPU ms (baseline)', value: median(modules) },
      { label: 'CLI bundled (bin/communique.js): CPU ms', value: median(bundled) },
      { label: 'bundled × modules', value: median(bundled) / median(modules) },
    ],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(formatSection(benchCliStart()));
