import type { Command } from 'commander';
import { resolve } from 'node:path';
import { ingestSources, type IngestProgress } from '../../pipeline/ingest.js';
import { countDocuments } from '../../stages/ingest/count.js';
import type { Store } from '../../store/store.js';
import { createExtractor, defaultThreads, type Extractor } from '../../workers/pool.js';
import { EXIT, reportFailure, type CliIo } from '../io.js';
import { addReadingOptions, parseCount, type ReadingFlags } from '../options.js';
import { progressView } from '../progress.js';
import { addDbOption, dbLabel, dbPath, withStore, type DbFlags } from '../store-options.js';

export interface IngestFlags extends DbFlags, ReadingFlags {
  threads?: number;
  batchSize?: number;
  quiet?: boolean;
}

/** Below this many documents, extraction runs inline. */
const SMALL_INPUT = 16;

/** `communique ingest SOURCES…`: read, extract on all cores, store; progress on stderr, summary at the end. */
export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const cmd = program
    .command('ingest')
    .description('Read documents (files, directories, globs, JSONL/CSV dumps, RSS/Atom, WARC, URLs, -) into the database')
    .argument('<sources...>', 'files, directories, globs ("pages/**/*.html"), feed or page URLs, or - for standard input')
    .option('--threads <n>', `extraction worker threads (default: all ${defaultThreads()} cores)`, parseCount)
    .option('--batch-size <n>', 'documents per database transaction', parseCount, 64);
  addReadingOptions(cmd)
    .option('--quiet', 'no progress, summary only')
    .addHelpText(
      'after',
      '\nExamples:\n  communique ingest saved-pages/ --db news.db\n  communique ingest dump.csv --text-field body --date-field published_at\n  communique ingest "crawl/*.warc.gz" https://example.org/feed.xml',
    );
  addDbOption(cmd).action(async (sources: string[], flags: IngestFlags) => {
    // The workers start first: each spends a good part of a second loading the pipeline, meanwhile
    // this thread opens the database (loading the query layer and migrating).
    const startedAt = Date.now();
    const total = await countDocuments(sources);
    const extractor = createExtractor(threadsFor(flags, total));
    try {
      setExit(await withStore(flags, (store) => runIngest(store, sources, flags, io, { total, extractor, startedAt })));
    } finally {
      await extractor.close();
    }
  });
}

/** A handful of files is done before worker threads would have started: those run inline. */
function threadsFor(flags: IngestFlags, total: number | null): number | undefined {
  return flags.threads ?? (total !== null && total < SMALL_INPUT ? 1 : undefined);
}

/** `started`: the document count and the extractor when the caller already has them (else made here). */
export async function runIngest(
  store: Store,
  sources: readonly string[],
  flags: IngestFlags,
  io: CliIo,
  started?: { readonly total: number | null; readonly extractor: Extractor; readonly startedAt: number },
): Promise<number> {
  const total = started ? started.total : await countDocuments(sources);
  const threads = threadsFor(flags, total);
  const view = progressView(io, total);
  const fields = { text: flags.textField, date: flags.dateField, url: flags.urlField, title: flags.titleField };
  const db = resolve(dbPath(flags));
  const result = await ingestSources(store, sources, {
    read: { format: flags.format ?? 'auto', fields, exclude: [db, `${db}-wal`, `${db}-shm`, `${db}-journal`], followLinks: Boolean(flags.followLinks), ...(flags.maxBytes && { maxBytes: flags.maxBytes }) },
    extract: { published: flags.published ?? null },
    ...(threads && { threads }),
    ...(started && { extractor: started.extractor, startedAt: started.startedAt }),
    ...(flags.batchSize && { batchSize: flags.batchSize }),
    onProgress: (p) => !flags.quiet && view.update(p),
    onFailure: (f) => reportFailure(io, f),
  });
  if (!flags.quiet) view.done(result);
  io.err(summary(result, dbLabel(flags)));
  // An empty directory or feed is not an error (a drop folder is often empty), but silence would read as success.
  if (result.read === 0 && result.failures === 0) io.err(`nothing to ingest: no documents found in ${sources.join(', ')}\n`);
  return result.failures > 0 ? EXIT.failure : EXIT.ok;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function summary(p: IngestProgress, db: string): string {
  const secs = p.elapsedMs / 1000;
  return (
    `ingested ${plural(p.stored, 'new document')} (${p.skipped} already present, ${plural(p.duplicates, 'duplicate')} of others, ${p.failures} failed) ` +
    `and ${plural(p.statements, 'new statement')} (+${p.merged} reported again) in ${secs.toFixed(1)} s ` +
    `(${secs > 0 ? (p.read / secs).toFixed(1) : '0'} docs/s) into ${db}\n`
  );
}
