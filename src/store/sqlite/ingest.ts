/**
 * The SQLite writer: the same rows as the shared writer (../shared/ingest.ts, which PostgreSQL uses),
 * written through prepared better-sqlite3 statements in one synchronous IMMEDIATE transaction. Building
 * every insert through Kysely cost more CPU than SQLite spent running it, on the thread that also feeds
 * the extraction workers (callgrind: 0.38× the instructions). Idempotent on (content hash, source).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Statement } from '../../core/types.js';
import { bands, decodeSignature, encodeSignature, NEAR_DUPLICATE_THRESHOLD, similarity } from '../../stages/dedup/minhash.js';
import { statementKey } from '../../stages/dedup/statement-key.js';
import { addToSummaries, documentPublicId, statementDate, type SummaryIncrements, type WriterCache } from '../shared/ingest.js';
import { dayBase, DAY_SHIFT } from '../shared/rowid.js';
import type { IngestItem, IngestReport } from '../store.js';
import type { WriteStatements } from './write-statements.js';

/**
 * What one batch (one transaction) accumulates: the last rowid used per day block, and the running
 * totals' increments, written once per key at the end instead of once per statement.
 */
interface BatchState extends SummaryIncrements {
  readonly sql: WriteStatements;
  readonly cache: WriterCache;
  readonly lastRowid: Map<number, number>;
  /** The batch's statements' full-text rows, written at the end in rowid order (indexStatements says why). */
  readonly fts: { rowid: number; content: string; speaker: string }[];
}

/**
 * Stores a batch in one IMMEDIATE transaction (the write lock taken up front: a deferred transaction
 * that upgrades later can fail with SQLITE_BUSY instead of waiting when another process writes).
 * Synchronous on purpose: the prepared statements (write-statements.ts) run back to back, and a
 * killed process leaves either the whole batch or none of it.
 */
export function ingestBatch(db: BetterSqlite3.Database, sql: WriteStatements, items: readonly IngestItem[], cache: WriterCache = { actors: new Set() }): IngestReport {
  const report = { documents: 0, skipped: 0, statements: 0, merged: 0, duplicates: 0 };
  if (items.length === 0) return report;
  const run = db.transaction(() => {
    const state: BatchState = { sql, cache, lastRowid: new Map(), fts: [], actorTotals: new Map(), reactionCounts: new Map(), dailyCounts: new Map() };
    for (const item of items) ingestOne(item, report, state);
    indexStatements(state);
    flushSummaries(state);
  });
  try {
    run.immediate();
  } catch (e) {
    // Actors added by the rolled-back transaction are gone again.
    cache.actors.clear();
    throw e;
  }
  return report;
}

function ingestOne(item: IngestItem, report: { -readonly [K in keyof IngestReport]: number }, state: BatchState): void {
  const { sql } = state;
  const { document, statements } = item.extraction;
  if (sql.documentByContentSource.get(document.id, item.raw.source)) {
    report.skipped++;
    return;
  }
  const dup = findDuplicate(sql, document.id, item.signature ?? null);
  if (dup) report.duplicates++;
  const inserted = sql.insertDocument.run(
    documentPublicId(document.id, item.raw.source),
    document.id,
    item.raw.source,
    item.raw.rawHash,
    document.url ?? null,
    document.title ?? null,
    document.publishedAt ?? null,
    document.publishedAtBasis ?? null,
    document.outlet ?? null,
    document.language ?? null,
    JSON.stringify(document.authors),
    document.text,
    JSON.stringify(document.removed),
    statements.length,
    dup?.rowid ?? null,
    dup?.similarity ?? null,
    item.signature ? encodeSignature(item.signature) : null,
  );
  const docRowid = Number(inserted.lastInsertRowid);
  report.documents++;
  // A source that failed in an earlier run and now went in is no longer a failure.
  sql.deleteFailure.run(item.raw.source);
  sql.insertDocumentFts.run(docRowid, document.title ?? '', document.text);
  if (item.signature && !dup) for (const band of bands(item.signature)) sql.insertBand.run(band, docRowid);
  for (const st of statements) {
    if (ingestStatement(st, docRowid, document.publishedAt, state)) report.merged++;
    else report.statements++;
  }
}

/** Returns true when the statement joined an existing one as a further source. */
function ingestStatement(st: Statement, docRowid: number, publishedAt: string | null, state: BatchState): boolean {
  const { cache, sql } = state;
  const date = statementDate(st, publishedAt);
  const key = statementKey(st, date);
  const found = sql.statementByKeyOrId.get(key, st.id);
  const json = JSON.stringify(st);
  if (found) {
    const already = sql.sourceOf.get(found.rowid, docRowid);
    sql.insertSourceIgnore.run(found.rowid, docRowid, st.id, json);
    if (!already) sql.bumpSourceCount.run(found.rowid);
    return true;
  }
  for (const actor of [st.actor, ...st.targets]) {
    if (actor && !cache.actors.has(actor.code)) {
      sql.upsertActor.run(actor.code, actor.name, actor.country ?? null, actor.sector ?? null);
      cache.actors.add(actor.code);
    }
  }
  const speaker = st.speaker?.name ?? st.speaker?.text ?? null;
  // Date-clustered rowid: the next free one in the day's block (we hold the write lock).
  const base = dayBase(date);
  let previous = state.lastRowid.get(base);
  if (previous === undefined) previous = sql.lastRowidInRange.get(base, base + DAY_SHIFT)?.rowid ?? base;
  const rowid = previous + 1;
  state.lastRowid.set(base, rowid);
  sql.insertStatement.run(
    rowid,
    st.id,
    key,
    docRowid,
    st.kind,
    st.content.text,
    speaker,
    st.actor?.code ?? null,
    st.event?.cameo ?? null,
    st.event?.plover ?? null,
    st.stance,
    date ?? '',
    st.confidence,
    json,
    1,
  );
  state.fts.push({ rowid, content: st.content.text, speaker: speaker ?? '' });
  sql.insertSource.run(rowid, docRowid, st.id, null);
  const targets = new Map(st.targets.map((t) => [t.code, t.stance]));
  for (const [code, stance] of targets) sql.insertTarget.run(rowid, code, stance);
  addToSummaries(state, st.actor?.code ?? null, targets, date, st.stance);
  return false;
}

/**
 * The batch's statements into the full-text index, in ascending rowid order (same transaction). FTS5
 * keeps a transaction's new rows in memory and must write them out as a new segment whenever a rowid
 * comes lower than the one before; the date-clustered rowids of statements in document order go back
 * and forth between days, so inserting them as they came wrote a segment every few rows (then merged
 * them again): the statements' index cost more CPU than the documents' full text. Nothing in the batch
 * reads the index, and the rows are the same.
 */
function indexStatements(state: BatchState): void {
  const { sql, fts } = state;
  fts.sort((a, b) => a.rowid - b.rowid);
  for (const row of fts) sql.insertStatementFts.run(row.rowid, row.content, row.speaker);
}

/** Writes the batch's increments (same transaction): the totals stay equal to grouping the statements. */
function flushSummaries(state: BatchState): void {
  const { sql } = state;
  for (const [code, t] of state.actorTotals) sql.addActorTotals.run(code, t.statements, t.targeted);
  for (const [key, n] of state.reactionCounts) {
    const [actor, target, stance] = JSON.parse(key) as [string, string, string];
    sql.addReactionCount.run(actor, target, stance, n);
  }
  for (const [key, n] of state.dailyCounts) {
    const [actor, day, stance] = JSON.parse(key) as [string, string, string];
    sql.addDailyCount.run(actor, day, stance, n);
  }
}

/** An exact copy (same clean text, other source) or a near duplicate found through MinHash bands. */
function findDuplicate(sql: WriteStatements, contentHash: string, sig: readonly number[] | null): { rowid: number; similarity: number } | null {
  const exact = sql.documentByContent.get(contentHash);
  if (exact) return { rowid: exact.duplicate_of ?? exact.rowid, similarity: 1 };
  if (!sig) return null;
  const keys = bands(sig);
  let best: { rowid: number; similarity: number } | null = null;
  for (const c of sql.bandCandidates(keys.length).all(...keys)) {
    if (!c.signature) continue;
    const s = similarity(sig, decodeSignature(c.signature));
    if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { rowid: c.rowid, similarity: s };
  }
  return best;
}
