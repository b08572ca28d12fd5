import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pools, rng, syntheticExtraction } from '../scripts/bench/synthetic.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { rawOf } from './support/build-extraction.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('output into a pipe that closes early (`communique export | head`)', () => {
  it('stops quietly with exit 0, no EPIPE stack trace', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'communique-pipe-')), 'p.db');
    const store = await SqliteStore.open(db);
    const p = pools();
    const r = rng(3);
    // Far more output than a pipe buffers (64 KiB), so the writer is still writing when the reader goes.
    const docs = Array.from({ length: 150 }, (_, i) => syntheticExtraction(p, r, i, 6));
    await store.ingest(docs.map((e) => ({ extraction: e, raw: rawOf(e) })));
    await store.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'export', '--format', 'jsonl', '--db', db], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let first = '';
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(first).toMatch(/^\{"statement"/);
    expect(stderr).not.toMatch(/EPIPE|internal error/);
    expect(code).toBe(0);
  }, 60_000);
});
