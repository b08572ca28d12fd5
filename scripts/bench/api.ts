/**
 * API bench: p50/p95/p99 and requests/s of filtered searches through the real HTTP server on
 * loopback (autocannon), against a baseline in the same run — GET /api/health, which pays for
 * HTTP and routing but not the database — and the first page load's JavaScript, gzipped.
 *
 *   npx tsx scripts/bench/api.ts [--statements 1000000] [--duration 10] [--connections 8]
 *
 * The database is grown once per size by the store's generator (scripts/bench/grow-db.ts) and
 * reused by later runs.
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../src/server/serve.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EvalSection } from '../eval/report.js';
import { DEFAULT_BENCH_DB, growDb } from './grow-db.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LatencyRow {
  readonly name: string;
  readonly path: string;
  readonly requests: number;
  /** Requests per second with `connections` clients at once. */
  readonly rps: number;
  /** Latencies (ms) with one client: the time a request takes, not time spent queued behind others. */
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: number;
  /** p95 of this row over p95 of the baseline. */
  readonly ratio: number;
}

export interface PageWeight {
  /** JS fetched by the first page load (entry + modulepreload), gzip bytes. */
  readonly firstLoadJsGzip: number;
  /** JS loaded later on demand (the map), gzip bytes. */
  readonly lazyJsGzip: number;
  readonly cssGzip: number;
}

export interface ApiBenchResult {
  readonly statements: number;
  readonly connections: number;
  readonly rows: readonly LatencyRow[];
  readonly page: PageWeight;
}

export interface ApiBenchOptions {
  readonly statements?: number;
  readonly duration?: number;
  /** Concurrent clients for the requests/s figure (latency is measured with one). */
  readonly connections?: number;
  readonly log?: (line: string) => void;
}

/** The bench database: the store's generator grows it once (scripts/bench/grow-db.ts) and later runs reuse it. */
export async function benchDatabase(statements: number, log: (line: string) => void): Promise<string> {
  const path = statements === 1_000_000 ? DEFAULT_BENCH_DB : join(tmpdir(), `communique-bench-${statements}.db`);
  const grown = await growDb(path, statements, log);
  log(`  database: ${grown.path}, ${grown.statements.toLocaleString('en')} statements`);
  return path;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(url: string, path: string, duration: number, connections: number) {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${url}${path.slice(1)}`, duration, connections }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, status, _bytes, time) => {
      if (status === 200) times.push(time);
      else errors++;
    });
  });
  times.sort((a, b) => a - b);
  return { requests: times.length, rps: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), errors: errors + result.errors };
}

/** Sizes of the built page: what the first load fetches, and what loads later. */
export async function pageWeight(): Promise<PageWeight> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'communique-bench-web-'));
  try {
    await build({ configFile: join(ROOT, 'src', 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const firstLoad = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
    const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
    let first = 0;
    let lazy = 0;
    let css = 0;
    for (const f of readdirSync(join(outDir, 'assets'))) {
      const file = `assets/${f}`;
      if (f.endsWith('.css')) css += gz(file);
      else if (f.endsWith('.js') && firstLoad.has(file)) first += gz(file);
      else if (f.endsWith('.js')) lazy += gz(file);
    }
    return { firstLoadJsGzip: first, lazyJsGzip: lazy, cssGzip: css };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function benchApi(options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const statements = options.statements ?? 1_000_000;
  const duration = options.duration ?? 10;
  const connections = options.connections ?? 8;
  const log = options.log ?? (() => undefined);
  const path = await benchDatabase(statements, log);
  const store = await SqliteStore.open(path);
  const server = await startServer({ host: '127.0.0.1', port: 0, store, webRoot: null });
  const cases: [string, string][] = [
    ['baseline: GET /api/health', '/api/health'],
    ['search: target + stance + dates', '/api/statements?target=RUS&stance=critical&since=2022-06-01&until=2022-09-30&limit=20'],
    ['search: actor + event', '/api/statements?actor=FRA&event=11&limit=20'],
    ['search: full text + actor', '/api/statements?q=ceasefire%20sanctions&actor=DEU&limit=20'],
    ['search: speaker', '/api/statements?speaker=Petrov&limit=20'],
    ['facets: target', '/api/facets?target=RUS'],
    ['reactions toward RUS,UKR', '/api/reactions?toward=RUS,UKR'],

  ];
  // The most active actor of whatever the generator made: its page is what users open first.
  const top = ((await (await fetch(`${server.url}api/actors?limit=1`)).json()) as { items: { code: string }[] }).items[0];
  if (top) cases.push([`actor page: ${top.code}`, `/api/actors/${encodeURIComponent(top.code)}`]);
  const rows: LatencyRow[] = [];
  try {
    for (const [name, p] of cases) {
      await measure(server.url, p, 1, 1); // warm-up: page cache and prepared statements
      const latency = await measure(server.url, p, duration, 1);
      const load = await measure(server.url, p, duration, connections);
      const base = rows[0]?.p95 ?? latency.p95;
      rows.push({ name, path: p, ...latency, rps: load.rps, errors: latency.errors + load.errors, ratio: latency.p95 / base });
      log(`  ${name}: p95 ${latency.p95.toFixed(1)} ms, ${load.rps.toFixed(0)} req/s`);
    }
  } finally {
    await server.close();
    await store.close();
  }
  return { statements, connections, rows, page: await pageWeight() };
}

export function formatApiBench(r: ApiBenchResult): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => n.toFixed(1).padStart(6);
  const lines = [
    `API on loopback, ${r.statements.toLocaleString('en')} statements (autocannon; latency with 1 client, req/s with ${r.connections})`,
    `${'case'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'p95/base'.padStart(9)} ${'errors'.padStart(7)}`,
    ...r.rows.map((x) => `${x.name.padEnd(34)} ${x.rps.toFixed(0).padStart(8)} ${ms(x.p50)} ${ms(x.p95)} ${ms(x.p99)} ${x.ratio.toFixed(1).padStart(9)} ${`${x.errors}`.padStart(7)}`),
    '(latencies in ms)',
    `First page load: ${kb(r.page.firstLoadJsGzip)} JS gzip (budget 300 KB), ${kb(r.page.cssGzip)} CSS gzip; map code on demand: ${kb(r.page.lazyJsGzip)} JS gzip`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The bench as a section of `npm run bench` (issue 7 bars: filtered search p95 < 100 ms, first-load JS < 300 KB gzip). */
export async function benchApiSection(options: ApiBenchOptions = {}): Promise<EvalSection> {
  const r = await benchApi(options);
  const row = (name: string) => r.rows.find((x) => x.name.startsWith(name));
  const filtered = row('search: target + stance + dates')!;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name: `api: HTTP on loopback at ${r.statements.toLocaleString('en')} statements (autocannon)`,
    skipped: null,
    figures: [
      { label: 'filtered search p95 (ms)', value: round(filtered.p95), bar: { op: '<=', value: 100 } },
      { label: 'filtered search req/s', value: Math.round(filtered.rps) },
      { label: 'filtered search p95 / health p95', value: round(filtered.ratio) },
      { label: 'first page load JS gzip (KB)', value: round(r.page.firstLoadJsGzip / 1024), bar: { op: '<=', value: 300 } },
    ],
    notes: formatApiBench(r).trimEnd().split('\n'),
  };
}

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchApi({
    statements: flag('statements', Number(process.env.COMMUNIQUE_BENCH_STATEMENTS) || 1_000_000),
    duration: flag('duration', 10),
    connections: flag('connections', 8),
    log: (l) => process.stderr.write(`${l}\n`),
  });
  process.stdout.write(formatApiBench(result));
}
