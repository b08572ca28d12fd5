/**
 * Store benchmarks: ingest rate (documents/s, statements/s) for text and HTML with 1 thread and all
 * cores, database size per 1,000 documents, and search latency on a 1,000,000-statement database.
 * Figures are absolute plus ratios against a baseline measured in the same run (extraction alone,
 * inline), never pass/fail on time. Run alone: `tsx scripts/bench/ingest.ts`; or list `benchIngest`
 * and `benchSearch` in scripts/bench/run.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ingestSources, rawHash } from '../../src/pipeline/ingest.js';
import { readSources } from '../../src/stages/ingest/read-files.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { IngestItem } from '../../src/store/store.js';
import { runExtractTask } from '../../src/workers/extract-task.js';
import { createExtractor, defaultThreads, type Extractor } from '../../src/workers/pool.js';
import { datasetDir } from '../../test/support/shared.js';
import { formatSection, skipped, type EvalSection, type Figure } from '../eval/report.js';
import { benchSearch } from './search.js';

interface Corpus {
  readonly label: string;
  readonly path: string;
}

function corpora(): Corpus[] {
  const out: Corpus[] = [];
  const raw = datasetDir('raw-news');
  if (raw) out.push({ label: 'text (raw-news/dev)', path: join(raw, 'dev') });
  const html = datasetDir('article-extraction');
  if (html) out.push({ label: 'HTML (article-extraction/dev)', path: join(html, 'dev', 'html') });
  return out;
}

/**
 * Extraction alone (what a worker does: extract + dedup signature), in this thread, no database: the
 * baseline the ingest rates are compared with. Also returns the items, for the writer-alone figure.
 */
async function extractOnly(path: string): Promise<{ docs: number; seconds: number; items: IngestItem[] }> {
  const started = performance.now();
  let docs = 0;
  const items: IngestItem[] = [];
  for await (const r of readSources([path])) {
    docs++;
    if (!r.ok) continue;
    const t = runExtractTask({ raw: r.value, options: {} });
    if (t.ok) items.push({ extraction: t.extraction, raw: { source: r.value.source, rawHash: rawHash(r.value) }, ...(t.signature && { signature: t.signature }) });
  }
  return { docs, seconds: (performance.now() - started) / 1000, items };
}

/** The writer alone: already-extracted documents stored in batches of 64 into a fresh database (docs/s). */
async function writerOnly(items: readonly IngestItem[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  const store = await SqliteStore.open(join(dir, 'bench.db'));
  try {
    const started = performance.now();
    for (let i = 0; i < items.length; i += 64) await store.ingest(items.slice(i, i + 64));
    return items.length / ((performance.now() - started) / 1000);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What a user sees: the built CLI (`npm run build` first) in a new process, all cores, cold, into a
 * fresh database. Returns the rate it prints (its clock starts with the ingest, worker start-up
 * included) and the process's wall clock (Node start and module loading included); null without dist/.
 */
function cliIngest(path: string): { printed: number; wall: number } | null {
  const bin = join(ROOT, 'bin', 'communique.js');
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  try {
    const started = performance.now();
    const r = spawnSync(process.execPath, [bin, 'ingest', path, '--db', join(dir, 'cli.db'), '--quiet'], { encoding: 'utf8' });
    const wall = (performance.now() - started) / 1000;
    const m = /\(([\d.]+) docs\/s\)/.exec(r.stderr);
    const docs = /ingested (\d+) new documents \((\d+) already present, (\d+) duplicates of others, (\d+) failed\)/.exec(r.stderr);
    if (!m || !docs) return null;
    const read = Number(docs[1]) + Number(docs[2]) + Number(docs[4]);
    return { printed: Number(m[1]), wall: read / wall };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function dbBytes(path: string): number {
  return [path, `${path}-wal`].reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
}

/** One ingest into a fresh database, with the given (possibly warm) worker pool. */
async function ingestOnce(path: string, threads: number, extractor?: Extractor) {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  const db = join(dir, 'bench.db');
  const store = await SqliteStore.open(db);
  try {
    const started = performance.now();
    const p = await ingestSources(store, [path], { threads, ...(extractor && { extractor }) });
    const seconds = (performance.now() - started) / 1000;
    store.raw.pragma('wal_checkpoint(TRUNCATE)');
    return { docs: p.read, stored: p.stored, statements: p.statements + p.merged, seconds, bytes: dbBytes(db) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cold: a new pool inside the clock (what one CLI run pays). Warm: the same pool's second pass (JIT done). */
async function ingestColdAndWarm(path: string, threads: number) {
  const extractor = createExtractor(threads);
  try {
    const cold = await ingestOnce(path, threads, extractor);
    const warm = await ingestOnce(path, threads, extractor);
    return { cold, warm };
  } finally {
    await extractor.close();
  }
}

export async function benchIngest(): Promise<EvalSection> {
  const name = 'store: ingest rate and size';
  const list = corpora();
  if (list.length === 0) return skipped(name, 'no ../shared/datasets/raw-news or article-extraction (set COMMUNIQUE_SHARED)');
  const cores = defaultThreads();
  const figures: Figure[] = [];
  const notes: string[] = [
    `${cores} cores; "ingest" rates are a warm pool's second pass, "cold pool" its first (worker start-up and JIT warm-up in the time);`,
    'ratios are against extraction alone in one thread (warm), measured in the same run; the CLI figures run the built dist/ in a new process',
  ];
  for (const c of list) {
    const files = readdirSync(c.path).length;
    await extractOnly(c.path); // JIT warm-up, as the warm ingest runs below have had
    const base = await extractOnly(c.path);
    const baseRate = base.docs / base.seconds;
    figures.push({ label: `${c.label}: extract only, 1 thread (docs/s)`, value: round(baseRate) });
    const writer = await writerOnly(base.items);
    figures.push({ label: `${c.label}: writer alone (docs/s)`, value: round(writer) });
    figures.push({ label: `${c.label}: writer alone / extract-only`, value: round(writer / baseRate, 2) });
    for (const threads of [...new Set([1, cores])]) {
      const { cold, warm: best } = await ingestColdAndWarm(c.path, threads);
      const coldRate = cold.docs / cold.seconds;
      figures.push({ label: `${c.label}: ingest ${threads} thread(s), cold pool (docs/s)`, value: round(coldRate) });
      const rate = best.docs / best.seconds;
      const isRawAllCores = c.label.startsWith('text') && threads === cores;
      figures.push({ label: `${c.label}: ingest ${threads} thread(s) (docs/s)`, value: round(rate), ...(isRawAllCores && { bar: { op: '>=', value: 200 } }) });
      figures.push({ label: `${c.label}: ingest ${threads} thread(s) (statements/s)`, value: round(best.statements / best.seconds) });
      figures.push({ label: `${c.label}: ingest ${threads} thread(s) / extract-only`, value: round(rate / baseRate, 2) });
      if (threads === 1) figures.push({ label: `${c.label}: DB size per 1,000 docs (MB)`, value: round((best.bytes / Math.max(1, best.stored)) * 1000 / 1024 / 1024, 2) });
    }
    const cli = cliIngest(c.path);
    if (cli) {
      figures.push({ label: `${c.label}: CLI ingest, all cores, cold (docs/s printed)`, value: round(cli.printed), ...(c.label.startsWith('text') && { bar: { op: '>=', value: 200 } }) });
      figures.push({ label: `${c.label}: CLI ingest, all cores, cold (docs/s, process wall clock)`, value: round(cli.wall) });
      figures.push({ label: `${c.label}: CLI printed / extract-only`, value: round(cli.printed / baseRate, 2) });
    } else notes.push(`${c.label}: no CLI figure (run \`npm run build\` first)`);
    notes.push(`${c.label}: ${files} files`);
  }
  return { name, skipped: null, figures, notes };
}

function round(v: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const section of [benchIngest, benchSearch]) process.stdout.write(`${formatSection(await section())}\n`);
}
