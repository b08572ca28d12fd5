/**
 * Store benchmarks: ingest rate (documents/s, statements/s) for text and HTML with 1 thread and all
 * cores, database size per 1,000 documents, and search latency on a 1,000,000-statement database.
 * Figures are absolute plus ratios against a baseline measured in the same run (extraction alone,
 * inline), never pass/fail on time. Run alone: `tsx scripts/bench/ingest.ts`; or list `benchIngest`
 * and `benchSearch` in scripts/bench/run.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** The CLI also runs over the corpus this many times over, for its fixed and per-document costs. */
const CLI_TIMES = 4;

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

/** Loaded into the CLI's process: prints its CPU time (all threads: workers, compiler and GC threads) at exit. */
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('[cpu] '+(u.user+u.system)+'\\n')})`;

interface CliRun {
  /** Documents read. */
  readonly docs: number;
  /** The rate the CLI prints (its clock starts with the ingest, worker start-up included). */
  readonly printed: number;
  /** Seconds of the process's wall clock (Node start and module loading included). */
  readonly wall: number;
  /** Seconds of CPU of the process, all threads. */
  readonly cpu: number;
}

/**
 * What a user sees: the built CLI (`npm run build` first) in a new process, all cores, cold, into a
 * fresh database. Null without dist/ or when its summary line cannot be read.
 */
function cliIngest(path: string): CliRun | null {
  const bin = join(ROOT, 'bin', 'communique.js');
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  try {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, bin, 'ingest', path, '--db', join(dir, 'cli.db'), '--quiet'], { encoding: 'utf8' });
    const wall = (performance.now() - started) / 1000;
    const m = /\(([\d.]+) docs\/s\)/.exec(r.stderr);
    const docs = /ingested (\d+) new documents? \((\d+) already present, (\d+) duplicates? of others, (\d+) failed\)/.exec(r.stderr);
    const cpu = /\[cpu\] (\d+)/.exec(r.stderr);
    if (!m || !docs || !cpu) return null;
    const read = Number(docs[1]) + Number(docs[2]) + Number(docs[4]);
    return { docs: read, printed: Number(m[1]), wall, cpu: Number(cpu[1]) / 1e6 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The corpus `times` over in one directory (copies under other names): the CLI's run time t = a + n·b
 * over two sizes separates the fixed cost a of a run (process, module loading, worker start-up, JIT
 * warm-up) from the cost b of each further document. The copies are stored as duplicates of the
 * originals (same text, other source), so the writer's share of b is a little lower than for new text.
 */
function repeated(path: string, times: number): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-corpus-'));
  for (let k = 0; k < times; k++) {
    const into = join(dir, `copy${k}`);
    cpSync(path, into, { recursive: true });
  }
  return { dir, path: dir };
}

/** Fixed cost and per-document cost of the CLI from a run over the corpus and one over it `times` over. */
function cliSplit(path: string, times: number): { one: CliRun; many: CliRun; fixedWall: number; perDocWallMs: number; fixedCpu: number; perDocCpuMs: number } | null {
  const one = cliIngest(path);
  const copies = repeated(path, times);
  try {
    const many = cliIngest(copies.path);
    if (!one || !many || many.docs <= one.docs) return null;
    const b = (many.wall - one.wall) / (many.docs - one.docs);
    const bc = (many.cpu - one.cpu) / (many.docs - one.docs);
    return { one, many, fixedWall: one.wall - one.docs * b, perDocWallMs: b * 1000, fixedCpu: one.cpu - one.docs * bc, perDocCpuMs: bc * 1000 };
  } finally {
    rmSync(copies.dir, { recursive: true, force: true });
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
    'ratios are against extraction alone in one thread (warm), measured in the same run; the CLI figures run the built dist/ in a new process;',
    `the CLI's fixed cost and cost per further document fit t = a + n·b to its runs over the corpus and the corpus ${CLI_TIMES}× over (copies, stored as duplicates)`,
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
    const split = cliSplit(c.path, CLI_TIMES);
    if (split) {
      const { one: cli, many } = split;
      const isText = c.label.startsWith('text');
      figures.push({ label: `${c.label}: CLI ingest, all cores, cold (docs/s printed)`, value: round(cli.printed), ...(isText && { bar: { op: '>=', value: 200 } }) });
      figures.push({ label: `${c.label}: CLI ingest, all cores, cold (docs/s, process wall clock)`, value: round(cli.docs / cli.wall) });
      figures.push({ label: `${c.label}: CLI ingest, all cores (process CPU s, all threads)`, value: round(cli.cpu, 2) });
      figures.push({ label: `${c.label}: CLI printed / extract-only`, value: round(cli.printed / baseRate, 2) });
      figures.push({ label: `${c.label}: CLI ×${CLI_TIMES} corpus (docs/s, process wall clock)`, value: round(many.docs / many.wall) });
      figures.push({ label: `${c.label}: CLI fixed cost per run (wall s)`, value: round(split.fixedWall, 2) });
      figures.push({ label: `${c.label}: CLI cost per further document (wall ms)`, value: round(split.perDocWallMs, 2) });
      figures.push({ label: `${c.label}: CLI fixed cost per run (CPU s)`, value: round(split.fixedCpu, 2) });
      figures.push({ label: `${c.label}: CLI cost per further document (CPU ms)`, value: round(split.perDocCpuMs, 2) });
      figures.push({ label: `${c.label}: extract-only cost per document (ms, 1 thread, warm)`, value: round(1000 / baseRate, 2) });
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
