/**
 * Stage 1 → extraction (worker threads) → dedup + store, as one streaming run. The writer commits one
 * transaction per batch, so a killed run leaves every committed document whole; re-running skips what
 * is stored (same source and raw hash) and continues where it stopped.
 */
import { createHash } from 'node:crypto';
import type { RawDocument } from '../core/analysis.js';
import type { Failure, Result } from '../core/errors.js';
import { readSources, type ReadOptions } from '../stages/ingest/read-files.js';
import type { IngestItem, Store } from '../store/store.js';
import { createExtractor, type Extractor } from '../workers/pool.js';
import type { ExtractTaskResult } from '../workers/extract-task.js';
import type { ExtractOptions } from './extract.js';

export interface IngestOptions {
  readonly read?: ReadOptions;
  readonly extract?: ExtractOptions;
  /** Worker threads for extraction (1 = inline). */
  readonly threads?: number;
  /** An extractor to use (and leave open) instead of starting one: a server or a bench keeps its pool warm. */
  readonly extractor?: Extractor;
  /** Documents per transaction. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly onFailure?: (failure: Failure) => void;
  /** When the run began (Date.now()), for its elapsed time and rate: a caller that started the extractor earlier. */
  readonly startedAt?: number;
}

export interface IngestProgress {
  /** Documents read (including skipped and failed). */
  readonly read: number;
  /** Already stored by an earlier run (resumed) or identical to a stored document. */
  readonly skipped: number;
  readonly stored: number;
  readonly statements: number;
  readonly merged: number;
  readonly duplicates: number;
  readonly failures: number;
  readonly elapsedMs: number;
}

/** Documents in flight per worker thread (submitted, not yet written). */
const WINDOW_PER_THREAD = 16;
/** Documents ready to write before a wait on a worker writes them early (batchSize writes them anyway). */
const EARLY_FLUSH = 16;
/** Raw bytes in flight above which reading waits for the writer (large documents). */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** A promise and whether it has settled yet. */
function tracked<T>(promise: Promise<T>): { done: Promise<T>; ready: boolean } {
  const t = { done: promise, ready: false };
  t.done = promise.then((v) => {
    t.ready = true;
    return v;
  });
  return t;
}

export function rawHash(raw: RawDocument): string {
  return `sha256:${createHash('sha256').update(raw.body).digest('hex')}`;
}

/** Reads `sources` (files, directories, globs, URLs, `-`) and ingests every document. */
export function ingestSources(store: Store, sources: readonly string[], options: IngestOptions = {}): Promise<IngestProgress> {
  return ingestStream(store, readSources(sources, options.read), options);
}

/**
 * Ingests documents from any reader, or given directly (an HTTP upload):
 * @example await ingestStream(store, [ok({ source: 'upload:1', body: html, mediaType: 'text/html' })], { threads: 1 })
 */
export async function ingestStream(
  store: Store,
  documents: AsyncIterable<Result<RawDocument>> | Iterable<Result<RawDocument>>,
  options: IngestOptions = {},
): Promise<IngestProgress> {
  const started = options.startedAt ?? Date.now();
  const batchSize = options.batchSize ?? 64;
  const extractor = options.extractor ?? createExtractor(options.threads);
  // Results are written in submission order, so one slow document holds back the writing of those
  // after it: the window must be deep enough that the other workers keep busy meanwhile (4 per thread
  // left a worker idle a third of the time on raw-news/dev). Raw bytes in flight are bounded too.
  // Inline extraction is done when submitted: a window only delays the writes.
  const window = extractor.inline ? 4 : Math.max(8, extractor.threads * WINDOW_PER_THREAD);
  let bytesInFlight = 0;
  const p = { read: 0, skipped: 0, stored: 0, statements: 0, merged: 0, duplicates: 0, failures: 0 };
  const progress = (): IngestProgress => ({ ...p, elapsedMs: Date.now() - started });
  type Done = { result: ExtractTaskResult; raw: { source: string; rawHash: string }; bytes: number };
  const inFlight: { done: Promise<Done>; ready: boolean }[] = [];
  let reading = true;
  let batch: IngestItem[] = [];
  let failed: Failure[] = [];

  const failure = (f: Failure) => {
    p.failures++;
    failed.push(f);
    options.onFailure?.(f);
  };
  const flush = async () => {
    if (batch.length > 0) {
      const r = await store.ingest(batch);
      p.stored += r.documents;
      p.skipped += r.skipped;
      p.statements += r.statements;
      p.merged += r.merged;
      p.duplicates += r.duplicates;
      batch = [];
    }
    if (failed.length > 0) {
      await store.recordFailures(failed.map((f) => ({ source: f.source, code: f.code, message: f.message })));
      failed = [];
    }
    options.onProgress?.(progress());
  };
  // Results are taken in submission order, so the database is the same whatever the thread timing.
  const drainOne = async () => {
    const head = inFlight.shift()!;
    // Waiting on a worker: write what is ready meanwhile, so the last batch is not all written after the
    // last extraction (with the workers idle). Not for a handful of documents while reading: every
    // transaction adds full-text index segments.
    if (!head.ready && batch.length >= (reading ? EARLY_FLUSH : 1)) await flush();
    const { result, raw, bytes } = await head.done;
    bytesInFlight -= bytes;
    if (result.ok) batch.push({ extraction: result.extraction, raw, ...(result.signature && { signature: result.signature }) });
    else failure(result.failure);
    if (batch.length >= batchSize) await flush();
    else options.onProgress?.(progress());
  };

  try {
    for await (const r of documents) {
      p.read++;
      if (!r.ok) {
        failure(r.failure);
        continue;
      }
      const raw = { source: r.value.source, rawHash: rawHash(r.value) };
      const [seen] = await store.hasIngested([raw]);
      if (seen) {
        p.skipped++;
        continue;
      }
      const bytes = r.value.body.length;
      bytesInFlight += bytes;
      inFlight.push(tracked(extractor.run(r.value, options.extract ?? {}).then((result) => ({ result, raw, bytes }))));
      while (inFlight.length >= window || (bytesInFlight > MAX_BYTES_IN_FLIGHT && inFlight.length > extractor.threads)) await drainOne();
    }
    reading = false;
    while (inFlight.length > 0) await drainOne();
    await flush();
  } finally {
    if (!options.extractor) await extractor.close();
  }
  return progress();
}
