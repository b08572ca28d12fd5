import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInterval, runWatch } from '../src/cli/commands/watch.js';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

/** A watch over a fresh store and feed, its output captured; `onLine` sees each stderr line (to add items, or stop). */
async function watching(onLine: (line: string, stop: AbortController, feed: Awaited<ReturnType<typeof feedServer>>) => void) {
  const feed = await feedServer();
  servers.push(feed.server);
  const store = await SqliteStore.open(newDb());
  const stop = new AbortController();
  const io = capture();
  const err = io.err;
  io.err = (t: string) => {
    err(t);
    onLine(t, stop, feed);
  };
  return { feed, store, stop, io };
}

const item = (n: number) =>
  `<item><title>Minister speaks ${n}</title><link>https://news.test/${n}</link><pubDate>Fri, 0${n} Mar 2022 10:00:00 GMT</pubDate>` +
  `<description>The foreign minister said on Thursday that talks on the border would resume in round ${n}. "We will not give up on dialogue," she told reporters.</description></item>`;

/** A feed server whose items the test can add to between polls. */
async function feedServer(): Promise<{ url: string; items: number[]; server: Server }> {
  const items = [1, 2];
  const server = createServer((req, res) => {
    if (req.url !== '/feed.xml') {
      res.statusCode = 404;
      res.end('not here');
      return;
    }
    res.setHeader('content-type', 'application/rss+xml');
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items.map(item).join('')}</channel></rss>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, items, server };
}

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

const newDb = () => join(mkdtempSync(join(tmpdir(), 'communique-watch-')), 'w.db');

describe('communique watch', () => {
  it('--once ingests the items of a feed, and polling again stores nothing twice', async () => {
    const { url, server } = await feedServer();
    servers.push(server);
    const db = newDb();
    const first = capture();
    expect(await runCli(['watch', url, '--once', '--db', db], first)).toBe(0);
    expect(first.stderr).toMatch(/poll 1: 2 new items, \d+ new statements \(0 already stored, 0 failed\)/);
    const again = capture();
    expect(await runCli(['watch', url, '--once', '--db', db], again)).toBe(0);
    expect(again.stderr).toMatch(/poll 1: 0 new items, 0 new statements \(2 already stored, 0 failed\)/);
    const store = await SqliteStore.open(db);
    expect((await store.stats()).documents).toBe(2);
    expect((await store.searchStatements({ text: 'dialogue' })).items.length).toBeGreaterThan(0);
    await store.close();
  });

  it('polls at the interval, picks up a new item, and stops when signalled', async () => {
    const { feed, store, stop, io } = await watching((t, stop, feed) => {
      if (/poll 1:/.test(t)) feed.items.push(3);
      if (/poll 2:/.test(t)) stop.abort();
    });
    const code = await runWatch(store, [feed.url], { interval: 1000 }, io, stop.signal);
    expect(code).toBe(0);
    expect(io.stderr).toMatch(/poll 2: 1 new item,/);
    expect(io.stderr).toMatch(/stopped: 3 new items/);
    expect((await store.stats()).documents).toBe(3);
    await store.close();
  });

  it('reports a failing feed once, keeps polling, and exits 1', async () => {
    const { feed, store, stop, io } = await watching((t, stop) => {
      if (/poll 2:/.test(t)) stop.abort();
    });
    const code = await runWatch(store, [feed.url.replace('feed.xml', 'gone.xml'), feed.url], { interval: 1000 }, io, stop.signal);
    expect(code).toBe(1);
    expect(io.stderr.match(/error INGEST_UNREADABLE/g)).toHaveLength(1);
    expect(io.stderr).toMatch(/poll 2: 0 new items, 0 new statements \(2 already stored, 1 failed\)/);
    await store.close();
  });

  it('a real process stops cleanly on SIGINT between polls (exit 0, database closed)', async () => {
    const feed = await feedServer();
    servers.push(feed.server);
    const db = newDb();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'watch', feed.url, '--interval', '1h', '--db', db], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const polled = new Promise<void>((resolve) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/poll 1:/.test(stderr)) resolve();
      }),
    );
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    await polled;
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr).toMatch(/stopped: 2 new items/);
    const store = await SqliteStore.open(db);
    expect((await store.stats()).documents).toBe(2);
    await store.close();
  }, 60_000);

  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['2.5s', 2500],
    ['30', 30_000],
    ['1500ms', 1500],
  ])('--interval %s is %d ms', (text, ms) => expect(parseInterval(text)).toBe(ms));

  it.each([['0'], ['500ms'], ['soon'], ['-5m']])('--interval %s is a usage error (exit 2)', async (text) => {
    const io = capture();
    expect(await runCli(['watch', 'https://x.test/feed', '--interval', text, '--db', newDb()], io)).toBe(2);
    expect(io.stderr).toMatch(/at least 1s/);
  });
});
