import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { fixturesDir } from './support/fixtures.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('communique reactions', () => {
  it('prints the reactions as JSON with --json', async () => {
    const io = capture();
    const code = await runCli(['reactions', join(fixturesDir, 'seed', 'input.txt'), '--toward', 'RUS,UKR', '--json'], io);
    expect(code).toBe(0);
    const rows = JSON.parse(io.stdout) as { actor: { code: string }; position: Record<string, string> }[];
    expect(Array.isArray(rows)).toBe(true);
    for (const r of rows) expect(Object.keys(r.position).every((c) => c === 'RUS' || c === 'UKR')).toBe(true);
  });

  it('rejects malformed target codes with a usage error', async () => {
    const io = capture();
    expect(await runCli(['reactions', 'x.txt', '--toward', 'R!'], io)).toBe(2);
    expect(io.stderr).toMatch(/actor codes/);
  });

  it('reports a missing file with its code and exits 1', async () => {
    const io = capture();
    expect(await runCli(['reactions', join(fixturesDir, 'no-such-file.txt')], io)).toBe(1);
    expect(io.stderr).toMatch(/INGEST_NOT_FOUND/);
  });
});
