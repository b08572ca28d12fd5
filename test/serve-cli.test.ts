import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
