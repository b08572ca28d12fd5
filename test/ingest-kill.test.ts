/**
 * Crash safety: an ingest killed with SIGKILL at random moments leaves a database that passes
 * integrity_check, holds no partial document, and a re-run completes the set with no duplicates.
 */
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const N = 300;
const KILLS = 20;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-kill-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  for (let i = 0; i < N; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(docs, `doc-${String(i).padStart(5, '0')}.txt`),
      `date 2022-03-${day}\nThe foreign minister of country ${i} said on Friday that "the talks number ${i} must resume without delay".\n\n` +
        `"We call on all parties to show restraint in round ${i}," the ministry said in a statement.\n\n${'Background paragraph. '.repeat(20)}\n`,
    );
  }
  return dir;
}

function ingest(docs: string, db: string, threads: number): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', docs, '--db', db, '--batch-size', '8', '--threads', String(threads), '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      if (code !== null && code !== 0) console.error(stderr);
      resolve({ code, signal });
    }),
  );
  return { done, kill: () => void child.kill('SIGKILL') };
}

/** What must hold after any crash. */
function checkConsistent(db: string): number {
  const raw = new BetterSqlite3(db);
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const tables = raw.prepare("select name from sqlite_master where name = 'documents'").all();
    if (tables.length === 0) return 0;
    // Every stored document has all its statements and its full-text row: none is partial.
    const partial = raw
      .prepare(
        `select d.rowid from documents d where d.statement_count <> (select count(*) from statement_sources s where s.document_rowid = d.rowid)
           or d.rowid not in (select rowid from documents_fts)`,
      )
      .all();
    expect(partial).toEqual([]);
    const dup = raw.prepare('select source, count(*) n from documents group by source having n > 1').all();
    expect(dup).toEqual([]);
    return (raw.prepare('select count(*) n from documents').get() as { n: number }).n;
  } finally {
    raw.close();
  }
}

describe('ingest killed with SIGKILL', () => {
  it(`stays consistent after ${KILLS} random kills and completes on re-run`, async () => {
    const dir = corpus();
    const docs = join(dir, 'docs');
    const db = join(dir, 'kill.db');
    let kills = 0;
    let attempts = 0;
    const counts: number[] = [];
    // One run to the end first: how long a whole ingest takes on this machine now (process start-up
    // alone takes seconds on a loaded machine, so fixed delays killed every run before its first commit).
    const started = Date.now();
    expect((await ingest(docs, db, 1).done).code).toBe(0);
    // Kills are drawn between the latest delay that found nothing committed yet and the earliest that found
    // the run finished, both learnt as the test goes: most of a run is process start-up (tsx compiling the
    // sources), and on a loaded machine its length changes while the test runs, so fixed shares of one
    // run's time often all landed before the first commit.
    let lo = 0;
    let hi = Date.now() - started;
    const reset = () => {
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    };
    reset();
    while (kills < KILLS && attempts < KILLS * 4) {
      attempts++;
      if (hi - lo < 200) [lo, hi] = [lo * 0.8, hi * 1.2];
      const run = ingest(docs, db, attempts % 4 === 0 ? 2 : 1);
      const delay = lo + (hi - lo) * (0.1 + Math.random() * 0.8);
      const timer = setTimeout(run.kill, delay);
      const runStarted = Date.now();
      const { signal } = await run.done;
      const ran = Date.now() - runStarted;
      clearTimeout(timer);
      const stored = checkConsistent(db);
      if (signal === 'SIGKILL') {
        kills++;
        counts.push(stored);
        if (stored === 0) lo = Math.max(lo, delay);
        else if (stored === N) {
          hi = Math.min(hi, delay);
          reset();
        }
      } else {
        // The run finished before the kill: start again from an empty database.
        hi = Math.min(hi, ran);
        reset();
      }
    }
    expect(kills).toBe(KILLS);
    // Killing mid-way left work to resume at least once.
    expect(counts.some((c) => c > 0 && c < N)).toBe(true);

    const final = ingest(docs, db, 1);
    expect((await final.done).code).toBe(0);
    expect(checkConsistent(db)).toBe(N);
    const again = ingest(docs, db, 1);
    expect((await again.done).code).toBe(0);
    expect(checkConsistent(db)).toBe(N);
  }, 600_000);
});
