import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerServe } from '../src/cli/commands/serve.js';
import { runCli } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { corpusExtractions, ingestItem } from './support/explorer-corpus.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'communique-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('communique serve', () => {
  it('rejects a bad port as a usage error', async () => {
    const io = capture();
    expect(await runCli(['serve', '--port', 'eighty'], io)).toBe(2);
    expect(io.stderr).toMatch(/port number/);
  });

  it('says so when --db names no existing database (a typo would otherwise show an empty explorer)', async () => {
    const stop = new AbortController();
    const io = capture();
    const program = new Command().exitOverride();
    registerServe(program, io, () => undefined, stop.signal);
    const db = join(dir, 'typo.db');
    const run = program.parseAsync(['serve', '--db', db, '--port', '0'], { from: 'user' });
    await expect.poll(() => io.stdout, { timeout: 20_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    stop.abort();
    await run;
    expect(io.stderr).toContain(`${db} did not exist: it is a new, empty database. Add documents with \`communique ingest SOURCES --db ${db}\``);
    const again = capture();
    const second = new Command().exitOverride();
    const stop2 = new AbortController();
    registerServe(second, again, () => undefined, stop2.signal);
    const run2 = second.parseAsync(['serve', '--db', db, '--port', '0'], { from: 'user' });
    await expect.poll(() => again.stdout, { timeout: 20_000 }).toMatch(/http:/);
    stop2.abort();
    await run2;
    expect(again.stderr).toBe('');
  }, 60_000);

  it('serves the API on the printed URL until stopped with SIGTERM', async () => {
    const db = join(dir, 'serve.db');
    const store = await SqliteStore.open(db);
    await store.ingest(corpusExtractions().map(ingestItem));
    await store.close();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'cli', 'main.ts'), 'serve', '--db', db, '--port', '0'], {
      env: { ...process.env, COMMUNIQUE_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code} before listening: ${out}`)));
    });
    expect(out).toMatch(/writes open to this machine only/);
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { statements: number };
    expect(stats.statements).toBe(6);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
