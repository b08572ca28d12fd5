/**
 * Scale-out: `communique enqueue` + `communique worker` over PostgreSQL store exactly what one
 * `communique ingest` stores — with several workers at once, bad documents counted and skipped, and
 * re-enqueueing changing nothing. Needs COMMUNIQUE_TEST_DATABASE_URL (skipped, saying so, without it).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { enqueue, work } from '../src/queue/queue.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { freshSchemaUrl, postgresLabel, testServer } from './support/postgres.js';
import { projectRoot } from './support/shared.js';

const MAIN = join(projectRoot, 'src', 'cli', 'main.ts');

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

/** Bundled public-domain VOA stories as text files, one exact copy under another name, a JSONL dump, and bad files. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-queue-'));
  const stories = readFileSync(join(projectRoot, 'data', 'demo', 'voa_stories.jsonl'), 'utf8').trim().split('\n');
  const text = (line: string) => {
    const s = JSON.parse(line) as { title: string; text: string; published: string };
    return `date ${s.published.slice(0, 10)}\n${s.title}\n\n${s.text}`;
  };
  for (let i = 0; i < 6; i++) writeFileSync(join(dir, `story-${i}.txt`), text(stories[i]!));
  mkdirSync(join(dir, 'mirror'));
  writeFileSync(join(dir, 'mirror', 'story-0.txt'), text(stories[0]!));
  writeFileSync(join(dir, 'dump.jsonl'), `${stories.slice(6, 9).join('\n')}\n`);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x61, 0x62]));
  return dir;
}

async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function stats(db: string): Promise<Record<string, unknown>> {
  const r = await cli(['stats', '--json', '--db', db]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function workerProcess(db: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', '--once', '--threads', '1', '--db', db], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('enqueue and worker need a PostgreSQL database', () => {
  it.each([['enqueue', '.'], ['worker', '--once']])('%s refuses a SQLite file with STORE_BAD_URL', async (command, arg) => {
    const db = join(mkdtempSync(join(tmpdir(), 'communique-queue-sqlite-')), 'x.db');
    const r = await cli([command, arg, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/STORE_BAD_URL: `communique (enqueue|worker)` needs a PostgreSQL database/);
  });
});

describe.skipIf(!testServer.url)(postgresLabel('enqueue + worker on PostgreSQL'), () => {
  it('two worker processes store what one ingest stores: same documents, statements merged across outlets, failures counted', { timeout: 240_000 }, async () => {
    const dir = corpus();
    const db = freshSchemaUrl('queue');
    const enq = await cli(['enqueue', dir, '--batch-files', '2', '--db', db]);
    expect(enq.code).toBe(0);
    // 9 single files in batches of 2 → 5 jobs, and the dump is one more.
    expect(enq.stderr).toMatch(/enqueued 6 job\(s\) for 10 source\(s\) into postgres:\/\/[^:]*:\*\*\*@.*; 6 job\(s\) waiting/);
    const workers = await Promise.all([workerProcess(db), workerProcess(db)]);
    const out = workers.map((w) => w.stderr).join('');
    for (const w of workers) expect([0, 1], w.stderr).toContain(w.code);
    expect(out.match(/^job \d+: /gm)).toHaveLength(6);
    expect(out).toMatch(/error DECODE_EMPTY .*empty\.txt/);
    expect(out).toMatch(/error INGEST_MALFORMED_CONTAINER .*broken\.html\.gz/);

    const sqlite = join(mkdtempSync(join(tmpdir(), 'communique-queue-ref-')), 'ref.db');
    await cli(['ingest', dir, '--db', sqlite, '--threads', '1', '--quiet']);
    const [got, want] = [await stats(db), await stats(sqlite)];
    expect(got).toEqual(want);
    expect(got).toMatchObject({ documents: 10, duplicateDocuments: 1, failures: 2 });
    expect(got.statementSources as number).toBeGreaterThan(got.statements as number);
  });

  it('counts a bad document in a job with its code and skips it; the job itself succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-queue-bad-'));
    writeFileSync(join(dir, 'good.txt'), 'date 2022-02-26\nThe minister said on Friday that "the talks must resume without delay," and left for Geneva.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x03, 0x00].concat(Array(200).fill(0))));
    writeFileSync(join(dir, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    const db = freshSchemaUrl('queuebad');
    expect((await cli(['enqueue', dir, '--db', db])).code).toBe(0);
    const w = await cli(['worker', '--once', '--threads', '1', '--db', db]);
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/error DECODE_BINARY_INPUT .*binary\.txt/);
    expect(w.stderr).toMatch(/error DECODE_EMPTY .*empty\.txt/);
    expect(w.stderr).toMatch(/error INGEST_MALFORMED_CONTAINER .*broken\.html\.gz/);
    expect(w.stderr).toMatch(/job \d+: 4 source\(s\) → 1 stored, 0 already present, 3 failed/);
    expect(await stats(db)).toMatchObject({ documents: 1, failures: 3 });
    // Nothing is left to retry: the job finished.
    expect((await cli(['enqueue', '--db', db, join(dir, 'nothing-*.txt')])).stderr).toMatch(/0 job\(s\) waiting/);
  });

  it('enqueueing the same sources again neither doubles the jobs nor changes the database', async () => {
    const dir = corpus();
    const db = freshSchemaUrl('queueagain');
    const first = await cli(['enqueue', dir, '--batch-files', '4', '--db', db]);
    const second = await cli(['enqueue', dir, '--batch-files', '4', '--db', db]);
    expect(first.stderr).toMatch(/enqueued 4 job\(s\) .*; 4 job\(s\) waiting/);
    expect(second.stderr).toMatch(/enqueued 4 job\(s\) .*; 4 job\(s\) waiting/);
    await cli(['worker', '--once', '--threads', '1', '--db', db]);
    const before = await stats(db);
    expect(before).toMatchObject({ documents: 10, failures: 2 });
    await cli(['enqueue', dir, '--batch-files', '4', '--db', db]);
    const again = await cli(['worker', '--once', '--threads', '1', '--db', db]);
    expect(again.stderr).toMatch(/worker done: 4 job\(s\), 0 documents stored \(10 already present/);
    expect(await stats(db)).toEqual(before);
  });

  it('a waiting worker picks up jobs enqueued later, and stops when asked, after the job in hand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-queue-live-'));
    writeFileSync(join(dir, 'a.txt'), 'date 2022-02-26\nThe minister said on Friday that "the talks must resume without delay," and left for Geneva.\n');
    const url = freshSchemaUrl('queuelive');
    const store = await PostgresStore.open(url);
    const worker = await PostgresStore.open(url);
    const stop = new AbortController();
    const lines: string[] = [];
    try {
      const running = work(worker, { threads: 1, signal: stop.signal, log: (l) => lines.push(l) });
      await enqueue(store, [{ v: 1, sources: [join(dir, 'a.txt')], format: 'auto', fields: {}, followLinks: false, maxBytes: null, published: null }]);
      for (let i = 0; i < 300 && (await store.stats()).documents === 0; i++) await new Promise((r) => setTimeout(r, 100));
      stop.abort();
      const report = await running;
      expect(report).toMatchObject({ jobs: 1, progress: { stored: 1, failures: 0 } });
      expect(lines.join('')).toMatch(/job \d+: 1 source\(s\) → 1 stored/);
    } finally {
      await worker.close();
      await store.close();
    }
  });
});
