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

  it('says so when a directory holds no document, for extract and clean', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'communique-empty-'));
    for (const command of ['extract', 'clean']) {
      const io = capture();
      expect(await runCli([command, empty], io)).toBe(0);
      expect(io.stdout).toBe('');
      expect(io.stderr).toBe(`nothing to ${command}: no documents found in ${empty}\n`);
    }
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

  it('answers --help with every command of DESIGN.md (but enqueue/worker, which need PostgreSQL) and the exit codes', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const c of ['extract', 'clean', 'ingest', 'search', 'statements', 'actors', 'reactions', 'export', 'watch', 'serve', 'eval', 'stats', 'show', 'demo']) {
      expect(io.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    }
    expect(io.stdout).toMatch(/Exit codes: 0 ok; 1 .*\n2 usage error/);
  });

  it.each(['extract', 'clean', 'ingest', 'watch', 'search', 'statements', 'actors', 'show', 'stats', 'export', 'demo', 'reactions', 'serve', 'eval'])(
    '%s --help exits 0 with its usage and an example',
    async (command) => {
      const io = capture();
      expect(await runCli([command, '--help'], io)).toBe(0);
      expect(io.stdout).toMatch(new RegExp(`^Usage: communique ${command} `));
      if (command !== 'demo') expect(io.stdout).toMatch(/Examples?:\n {2}(communique|COMMUNIQUE_TOKEN)/);
    },
  );

  it.each([
    [['search', 'x', '--limit', '0']],
    [['statements', '--limit', 'many']],
    [['actors', '--limit', '1000']],
    [['clean', '--format', 'xml', 'a.html']],
    [['export', '--format', 'xml']],
    [['watch', 'https://x.test/feed', '--interval', 'soon']],
    [['stats', 'extra-argument']],
    [['no-such-command']],
  ])('a bad argument is a usage error, exit 2, before anything is read: %j', async (argv) => {
    const io = capture();
    // A database that does not exist: a command that got past its arguments would fail with 1 instead.
    const db = ['clean', 'no-such-command'].includes(argv[0]!) ? [] : ['--db', join(mkdtempSync(join(tmpdir(), 'communique-usage-')), 'none.db')];
    expect(await runCli([...argv, ...db], io)).toBe(2);
    expect(io.stderr).toMatch(/^error: (unknown command|too many arguments|option '--(limit|format|interval) )/);
  });
});
