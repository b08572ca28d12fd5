import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { fixturesDir } from './support/fixtures.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

describe('communique extract', () => {
  it('prints one JSON object per document with the header date', async () => {
    const io = capture();
    const code = await runCli(['extract', join(fixturesDir, 'seed', 'input.txt')], io);
    expect(code).toBe(0);
    const lines = io.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.document.publishedAt).toBe('2022-02-26');
    expect(out.document.publishedAtBasis).toBe('header');
  });

  it('reports bad documents with a stable code, goes on with the batch, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-cli-'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    writeFileSync(join(dir, 'c-good.txt'), 'date 2024-05-03\nThe minister said the talks would resume.');
    const io = capture();
    const code = await runCli(['extract', dir], io);
    expect(code).toBe(1);
    expect(io.stderr).toMatch(/DECODE_EMPTY .*a-empty\.txt/);
    expect(io.stderr).toMatch(/DECODE_BINARY_INPUT .*b-binary\.txt/);
    const docs = io.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.source)).toEqual([join(dir, 'c-good.txt')]);
  });

  it('reads Windows-1252 text that is not valid UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-cli-'));
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from('The president\x92s office said \x93no\x94 to the plan.', 'latin1'));
    const io = capture();
    expect(await runCli(['extract', dir], io)).toBe(0);
    expect(JSON.parse(io.stdout).document.text).toContain('president’s office said “no”');
  });

  it('rejects a malformed --published date as a usage error', async () => {
    const io = capture();
    expect(await runCli(['extract', '--published', '2022-02-30', 'x.txt'], io)).toBe(2);
    expect(io.stderr).toMatch(/YYYY-MM-DD/);
  });

  it('refuses an article text over --max-chars with EXTRACT_TOO_LONG and goes on with the batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-cli-'));
    const paragraph = 'The minister said on Monday that the talks in Geneva would resume next week after a pause.';
    writeFileSync(join(dir, 'a-long.txt'), Array.from({ length: 40 }, () => paragraph).join('\n\n'));
    writeFileSync(join(dir, 'b-short.txt'), paragraph);
    const io = capture();
    expect(await runCli(['extract', dir, '--max-chars', '2000'], io)).toBe(1);
    expect(io.stderr).toMatch(/EXTRACT_TOO_LONG .*a-long\.txt/);
    expect(io.stdout.trim().split('\n').map((l) => JSON.parse(l).document.source)).toEqual([join(dir, 'b-short.txt')]);
  });

  it('answers --help with the commands', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/extract/);
    expect(io.stdout).toMatch(/clean/);
  });
});
