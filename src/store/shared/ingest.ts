/** The writer of both backends: one transaction per batch; idempotent on (content hash, source). */
import { createHash } from 'node:crypto';
import type { Actor, Extraction, Statement } from '../../core/types.js';
import { bands, decodeSignature, encodeSignature, NEAR_DUPLICATE_THRESHOLD, similarity } from '../../stages/dedup/minhash.js';
import { statementKey } from '../../stages/dedup/statement-key.js';
import type { IngestItem, IngestReport } from '../store.js';
import { dayBase, DAY_SHIFT } from './rowid.js';
import type { StoreContext, StoreDialect, Tx } from './dialect.js';

/** Public id of a stored document: stable for a (content hash, source) pair. */
export function documentPublicId(contentHash: string, source: string): string {
  return `doc_${createHash('sha256').update(`${contentHash}\n${source}`).digest('hex').slice(0, 20)}`;
}

/** The day a statement sorts and filters by: said on, else published. */
export function statementDate(statement: Statement, publishedAt: string | null): string | null {
  return statement.saidOn?.date.slice(0, 10) ?? publishedAt?.slice(0, 10) ?? null;
}

/** What the writer remembers between batches of one process (actors already stored). */
export interface WriterCache {
  readonly actors: Set<string>;
}

/**
 * What one batch (one transaction) accumulates: the last rowid used per day block, and the running
 * totals' increments, written once per key at the end instead of once per statement.
 */
interface BatchState extends SummaryIncrements {
  readonly dialect: StoreDialect;
  readonly cache: WriterCache;
  readonly lastRowid: Map<number, number>;
}

export async function ingestBatch(ctx: StoreContext, items: readonly IngestItem[], cache: WriterCache = { actors: new Set() }): Promise<IngestReport> {
  const report = { documents: 0, skipped: 0, statements: 0, merged: 0, duplicates: 0 };
  if (items.length === 0) return report;
  try {
    await ctx.dialect.writeTransaction(ctx.db, async (tx) => {
      const state: BatchState = { dialect: ctx.dialect, cache, lastRowid: new Map(), actorTotals: new Map(), reactionCounts: new Map(), dailyCounts: new Map() };
      for (const item of items) await ingestOne(tx, item, report, state);
      await flushSummaries(tx, state);
    });
  } catch (e) {
    // Actors added by the rolled-back transaction are gone again.
    cache.actors.clear();
    throw e;
  }
  return report;
}

async function ingestOne(db: Tx, item: IngestItem, report: { -readonly [K in keyof IngestReport]: number }, state: BatchState): Promise<void> {
  const { document, statements } = item.extraction;
  const { storable } = state.dialect;
  const existing = await db
    .selectFrom('documents')
    .select('rowid')
    .where('content_hash', '=', document.id)
    .where('source', '=', item.raw.source)
    .executeTakeFirst();
  if (existing) {
    report.skipped++;
    return;
  }
  const dup = await findDuplicate(db, document.id, item.signature ?? null);
  if (dup) report.duplicates++;
  const inserted = await db
    .insertInto('documents')
    .values({
      public_id: documentPublicId(document.id, item.raw.source),
      content_hash: document.id,
      source: item.raw.source,
      raw_hash: item.raw.rawHash,
      url: document.url === null ? null : storable(document.url),
      title: document.title === null ? null : storable(document.title),
      published_at: document.publishedAt,
      published_at_basis: document.publishedAtBasis,
      outlet: document.outlet === null ? null : storable(document.outlet),
      language: document.language,
      authors_json: JSON.stringify(document.authors),
      text: storable(document.text),
      removed_json: JSON.stringify(document.removed),
      statement_count: statements.length,
      duplicate_of: dup?.rowid ?? null,
      similarity: dup?.similarity ?? null,
      signature: item.signature ? encodeSignature(item.signature) : null,
    })
    .returning('rowid')
    .executeTakeFirstOrThrow();
  const docRowid = inserted.rowid;
  report.documents++;
  // A source that failed in an earlier run and now went in is no longer a failure.
  await db.deleteFrom('failures').where('source', '=', item.raw.source).execute();
  await state.dialect.indexDocument(db, docRowid, storable(document.title ?? ''), storable(document.text));
  if (item.signature && !dup) {
    await db
      .insertInto('document_bands')
      .values(bands(item.signature).map((band) => ({ band, document_rowid: docRowid })))
      .execute();
  }
  for (const st of statements) {
    const merged = await ingestStatement(db, st, docRowid, document.publishedAt, state);
    if (merged) report.merged++;
    else report.statements++;
  }
}

/** Returns true when the statement joined an existing one as a further source. */
async function ingestStatement(db: Tx, st: Statement, docRowid: number, publishedAt: string | null, state: BatchState): Promise<boolean> {
  const { cache } = state;
  const date = statementDate(st, publishedAt);
  const key = statementKey(st, date);
  const found = await db
    .selectFrom('statements')
    .select('rowid')
    .where((eb) => eb.or([eb('dedup_key', '=', key), eb('public_id', '=', st.id)]))
    .executeTakeFirst();
  const json = JSON.stringify(st);
  if (found) {
    const already = await db
      .selectFrom('statement_sources')
      .select('original_id')
      .where('statement_rowid', '=', found.rowid)
      .where('document_rowid', '=', docRowid)
      .executeTakeFirst();
    await db
      .insertInto('statement_sources')
      .values({ statement_rowid: found.rowid, document_rowid: docRowid, original_id: st.id, json })
      .onConflict((oc) => oc.doNothing())
      .execute();
    if (!already) {
      await db
        .updateTable('statements')
        .set((eb) => ({ source_count: eb('source_count', '+', 1) }))
        .where('rowid', '=', found.rowid)
        .execute();
    }
    return true;
  }
  for (const actor of [st.actor, ...st.targets]) {
    if (actor && !cache.actors.has(actor.code)) {
      await upsertActor(db, actor);
      cache.actors.add(actor.code);
    }
  }
  const speakerName = st.speaker?.name ?? st.speaker?.text ?? null;
  const speaker = speakerName === null ? null : state.dialect.storable(speakerName);
  const content = state.dialect.storable(st.content.text);
  // Date-clustered rowid: the next free one in the day's block (we hold the write lock).
  const base = dayBase(date);
  let previous = state.lastRowid.get(base);
  if (previous === undefined) {
    const last = await db
      .selectFrom('statements')
      .select('rowid')
      .where('rowid', '>=', base)
      .where('rowid', '<', base + DAY_SHIFT)
      .orderBy('rowid', 'desc')
      .limit(1)
      .executeTakeFirst();
    previous = last?.rowid ?? base;
  }
  const rowid = previous + 1;
  state.lastRowid.set(base, rowid);
  const row = await db
    .insertInto('statements')
    .values({
      rowid,
      public_id: st.id,
      dedup_key: key,
      document_rowid: docRowid,
      kind: st.kind,
      content,
      speaker,
      actor_code: st.actor?.code ?? null,
      event_cameo: st.event?.cameo ?? null,
      event_plover: st.event?.plover ?? null,
      stance: st.stance,
      sort_date: date ?? '',
      confidence: st.confidence,
      json,
      source_count: 1,
    })
    .returning('rowid')
    .executeTakeFirstOrThrow();
  await state.dialect.indexStatement(db, row.rowid, content, speaker ?? '');
  await db.insertInto('statement_sources').values({ statement_rowid: row.rowid, document_rowid: docRowid, original_id: st.id, json: null }).execute();
  const targets = new Map(st.targets.map((t) => [t.code, t.stance]));
  if (targets.size > 0) {
    await db
      .insertInto('statement_targets')
      .values([...targets].map(([code, stance]) => ({ statement_rowid: row.rowid, code, stance })))
      .execute();
  }
  addToSummaries(state, st.actor?.code ?? null, targets, date, st.stance);
  return false;
}

/** A batch's increments of the running totals (actor_totals, reaction_counts, daily_counts). */
export interface SummaryIncrements {
  readonly actorTotals: Map<string, { statements: number; targeted: number }>;
  readonly reactionCounts: Map<string, number>;
  readonly dailyCounts: Map<string, number>;
}

/** Counts a new statement into the batch's increments of actor_totals, reaction_counts and daily_counts. */
export function addToSummaries(state: SummaryIncrements, actor: string | null, targets: ReadonlyMap<string, string>, date: string | null, stance: string): void {
  const total = (code: string) => {
    const t = state.actorTotals.get(code) ?? { statements: 0, targeted: 0 };
    state.actorTotals.set(code, t);
    return t;
  };
  const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  if (actor) total(actor).statements++;
  for (const [code, targetStance] of targets) {
    total(code).targeted++;
    if (actor) add(state.reactionCounts, JSON.stringify([actor, code, targetStance]));
  }
  if (date) add(state.dailyCounts, JSON.stringify([actor ?? '', date, stance]));
}

/** Writes the batch's increments (same transaction): the totals stay equal to grouping the statements. */
async function flushSummaries(db: Tx, state: BatchState): Promise<void> {
  for (const [code, t] of state.actorTotals) {
    await db
      .insertInto('actor_totals')
      .values({ code, statements: t.statements, targeted: t.targeted })
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          statements: eb('actor_totals.statements', '+', t.statements),
          targeted: eb('actor_totals.targeted', '+', t.targeted),
        })),
      )
      .execute();
  }
  for (const [key, n] of state.reactionCounts) {
    const [actor, target, stance] = JSON.parse(key) as [string, string, string];
    await db
      .insertInto('reaction_counts')
      .values({ actor, target, stance, n })
      .onConflict((oc) => oc.columns(['actor', 'target', 'stance']).doUpdateSet((eb) => ({ n: eb('reaction_counts.n', '+', n) })))
      .execute();
  }
  for (const [key, n] of state.dailyCounts) {
    const [actor, day, stance] = JSON.parse(key) as [string, string, string];
    await db
      .insertInto('daily_counts')
      .values({ actor, day, stance, n })
      .onConflict((oc) => oc.columns(['actor', 'day', 'stance']).doUpdateSet((eb) => ({ n: eb('daily_counts.n', '+', n) })))
      .execute();
  }
}

async function upsertActor(db: Tx, actor: Actor): Promise<void> {
  await db
    .insertInto('actors')
    .values({ code: actor.code, name: actor.name, country: actor.country, sector: actor.sector })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

/** An exact copy (same clean text, other source) or a near duplicate found through MinHash bands. */
async function findDuplicate(db: Tx, contentHash: string, sig: readonly number[] | null): Promise<{ rowid: number; similarity: number } | null> {
  const exact = await db
    .selectFrom('documents')
    .select(['rowid', 'duplicate_of'])
    .where('content_hash', '=', contentHash)
    .orderBy('rowid')
    .executeTakeFirst();
  if (exact) return { rowid: exact.duplicate_of ?? exact.rowid, similarity: 1 };
  if (!sig) return null;
  const candidates = await db
    .selectFrom('document_bands')
    .innerJoin('documents', 'documents.rowid', 'document_bands.document_rowid')
    .select(['documents.rowid', 'documents.signature'])
    .where('document_bands.band', 'in', bands(sig))
    .groupBy('documents.rowid')
    .limit(64)
    .execute();
  let best: { rowid: number; similarity: number } | null = null;
  for (const c of candidates) {
    if (!c.signature) continue;
    const s = similarity(sig, decodeSignature(c.signature));
    if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { rowid: c.rowid, similarity: s };
  }
  return best;
}

/** Re-assembles a stored document's Extraction (statements as extracted from it). */
export async function extractionOf(db: Tx, docRowid: number): Promise<Extraction | null> {
  const doc = await db.selectFrom('documents').selectAll().where('rowid', '=', docRowid).executeTakeFirst();
  if (!doc) return null;
  const rows = await db
    .selectFrom('statement_sources')
    .innerJoin('statements', 'statements.rowid', 'statement_sources.statement_rowid')
    .select((eb) => eb.fn.coalesce('statement_sources.json', 'statements.json').as('json'))
    .where('statement_sources.document_rowid', '=', docRowid)
    .orderBy('statement_sources.original_id')
    .execute();
  return {
    document: {
      id: doc.content_hash,
      source: doc.source,
      url: doc.url,
      title: doc.title,
      publishedAt: doc.published_at,
      publishedAtBasis: doc.published_at_basis,
      outlet: doc.outlet,
      authors: JSON.parse(doc.authors_json) as string[],
      language: doc.language,
      text: doc.text,
      removed: JSON.parse(doc.removed_json) as Extraction['document']['removed'],
    },
    statements: rows.map((r) => JSON.parse(r.json) as Statement).sort((a, b) => a.content.start - b.content.start),
  };
}
