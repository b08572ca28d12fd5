import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalInvocation } from '../src/cli/commands/eval.js';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { sharedDir } from './support/shared.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('communique eval', () => {
  it('says what it needs outside a source checkout, or without the development dependencies', () => {
    const bare = mkdtempSync(join(tmpdir(), 'communique-eval-'));
    expect(evalInvocation(bare, [])).toEqual({ missing: expect.stringMatching(/source checkout \(scripts\/eval\/run\.ts\).*npm run eval/) });
    mkdirSync(join(bare, 'scripts', 'eval'), { recursive: true });
    writeFileSync(join(bare, 'scripts', 'eval', 'run.ts'), '');
    expect(evalInvocation(bare, [])).toEqual({ missing: expect.stringMatching(/npm install/) });
  });

  it('--list names the sections of `npm run eval`', async () => {
    const io = capture();
    expect(await runCli(['eval', '--list'], io)).toBe(0);
    expect(io.stdout.split('\n')).toEqual(expect.arrayContaining(['seed', 'polnear', 'events', 'golden']));
  }, 60_000);

  it('a section name that matches nothing is a usage error that lists the sections', async () => {
    const io = capture();
    expect(await runCli(['eval', 'no-such-section'], io)).toBe(2);
    expect(io.stderr).toMatch(/No eval section matches no-such-section; the sections are: seed, /);
  }, 60_000);

  it.skipIf(!sharedDir())('runs one section and prints its figures, as npm run eval does', async () => {
    const io = capture();
    expect(await runCli(['eval', 'seed'], io)).toBe(0);
    expect(io.stdout).toMatch(/## seed[\s\S]*fields right +\d+\/\d+/);
  }, 120_000);
});
