/** Read side of both stores: statement search and detail, facets, documents. */
import { sql, type Kysely, type SqlBool } from 'kysely';
import { CommuniqueError } from '../../core/errors.js';
import type { RemovedSpan, Statement } from '../../core/types.js';
import type {
  DocumentQuery,
  DocumentSummary,
  FacetValue,
  Facets,
  Page,
  StatementDetail,
  StatementFilter,
  StatementHit,
  StatementQuery,
  StoredDocument,
} from '../store.js';
import { extractionOf } from './ingest.js';
import { isUnresolvedPronoun, namedSpeakerRows } from './aggregates.js';
import type { StoreContext } from './dialect.js';
import { clampLimit, decodeCursor, encodeCursor, NOTHING, statementConditions } from './filter.js';
import type { Database, DocumentsTable } from './schema.js';

function badCursor(): never {
  throw new CommuniqueError('STORE_BAD_QUERY', 'The cursor is not valid for this query; start again without it.');
}

/** Newest first (by date said, then ingest order): cursor = the last row's date-clustered rowid. */
export async function searchStatements({ db, dialect }: StoreContext, q: StatementQuery): Promise<Page<StatementHit>> {
  const limit = clampLimit(q.limit);
  const cursor = decodeCursor(q.cursor);
  if (q.cursor && (!cursor || cursor.length !== 1 || typeof cursor[0] !== 'number')) badCursor();
  const rows = await dialect.searchRows(db, q, limit + 1, (cursor?.[0] as number | undefined) ?? null);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      statement: JSON.parse(r.json) as Statement,
      date: r.sort_date || null,
      documentId: r.doc_id,
      documentTitle: r.doc_title,
      documentSource: r.doc_source,
      sourceCount: r.source_count,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.rowid]) : null,
  };
}

export async function countStatements({ db, dialect }: StoreContext, f: StatementFilter, atMost?: number): Promise<number> {
  const matching = db
    .selectFrom('statements')
    .select(sql<number>`1`.as('one'))
    .where((eb) => eb.and(statementConditions(eb, f, dialect)));
  const row = await db
    .selectFrom((atMost !== undefined ? matching.limit(Math.max(0, Math.floor(atMost))) : matching).as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getStatement({ db }: StoreContext, id: string): Promise<StatementDetail | null> {
  const row = await db
    .selectFrom('statements')
    .selectAll()
    .where((eb) =>
      eb.or([eb('public_id', '=', id), eb('rowid', 'in', eb.selectFrom('statement_sources').select('statement_rowid').where('original_id', '=', id))]),
    )
    .executeTakeFirst();
  if (!row) return null;
  const doc = await loadDocument(db, row.document_rowid);
  if (!doc) return null;
  const sources = await db
    .selectFrom('statement_sources')
    .innerJoin('documents', 'documents.rowid', 'statement_sources.document_rowid')
    .select([(eb) => eb.fn.coalesce('statement_sources.json', sql<string>`${row.json}`).as('json'), 'documents.public_id', 'documents.source', 'documents.url', 'documents.title', 'documents.outlet', 'documents.published_at'])
    .where('statement_sources.statement_rowid', '=', row.rowid)
    .orderBy('documents.rowid')
    .execute();
  return {
    statement: JSON.parse(row.json) as Statement,
    date: row.sort_date || null,
    documentId: doc.id,
    documentTitle: doc.title,
    documentSource: doc.source,
    sourceCount: row.source_count,
    document: doc,
    sources: sources.map((s) => ({
      documentId: s.public_id,
      source: s.source,
      url: s.url,
      title: s.title,
      outlet: s.outlet,
      publishedAt: s.published_at,
      statement: JSON.parse(s.json) as Statement,
    })),
  };
}

/** Facet counts are taken over at most this many of the newest matching statements. */
export const FACET_SAMPLE = 5000;

/**
 * Facet counts over the newest FACET_SAMPLE matching statements (all of them when fewer match):
 * fast at any database size, and what a reader narrowing a search cares about is the recent record.
 * With no filter at all (the page as it opens) the newest few thousand are the last days only, so the
 * groups the running totals answer exactly (actors, targets) and stance (one index scan) are counted
 * over every statement instead; `exact` names them.
 */
export async function facets({ db, dialect }: StoreContext, f: StatementFilter, limit = 20): Promise<Facets> {
  // One more than the sample says whether more match (exactly FACET_SAMPLE matches is not a sample).
  const fetched = await dialect.facetRows(db, f, FACET_SAMPLE + 1);
  const sampled = fetched.length > FACET_SAMPLE;
  const rows = fetched.slice(0, FACET_SAMPLE);
  const tally = (values: (string | null)[]) => {
    const m = new Map<string, number>();
    for (const v of values) if (v !== null && v !== '') m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const targetCodes: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.rowid);
    const t = await db.selectFrom('statement_targets').select('code').where('statement_rowid', 'in', ids).execute();
    targetCodes.push(...t.map((x) => x.code));
  }
  // Named speakers and sources described but not named ("analysts") are counted apart (aggregates.ts).
  const example = new Map<string, number>();
  for (const r of rows) if (r.speaker && !example.has(r.speaker)) example.set(r.speaker, r.rowid);
  const named = await namedSpeakerRows(db, [...example.values()]);
  const isNamed = (speaker: string | null) => speaker !== null && named.has(example.get(speaker) ?? -1);
  const speakers = tally(rows.map((r) => (isNamed(r.speaker) ? r.speaker : null))).slice(0, limit);
  // Grouped without case, shown as written ("U.S. lawmakers"; of "Analysts"/"analysts" the lower-case one, as max() in listSpeakers).
  const written = new Map<string, string>();
  for (const r of rows) {
    if (!r.speaker || isNamed(r.speaker) || isUnresolvedPronoun(r.speaker)) continue;
    const key = r.speaker.toLowerCase();
    const seen = written.get(key);
    if (seen === undefined || r.speaker > seen) written.set(key, r.speaker);
  }
  const unnamedSpeakers = tally(rows.map((r) => (r.speaker && !isNamed(r.speaker) && !isUnresolvedPronoun(r.speaker) ? written.get(r.speaker.toLowerCase())! : null))).slice(0, limit);
  let actors = tally(rows.map((r) => r.actor_code)).slice(0, limit);
  let targets = tally(targetCodes).slice(0, limit);
  const events = tally(rows.map((r) => r.event_cameo)).slice(0, limit);
  let stances = tally(rows.map((r) => r.stance));
  const unfiltered = Object.values(f).every((v) => v === undefined || v === null || v === '');
  const exact = sampled && unfiltered;
  if (exact) {
    const totals = async (column: 'statements' | 'targeted') =>
      (await sql<{ code: string; n: number }>`select code, ${sql.ref(column)} as n from actor_totals where ${sql.ref(column)} > 0 order by n desc, code limit ${limit}`.execute(db)).rows.map(
        (r): [string, number] => [r.code, Number(r.n)],
      );
    actors = await totals('statements');
    targets = await totals('targeted');
    // Grouped in the (kind, stance) index's order first: 3× faster than grouping 1M rows by stance.
    const byStance = await sql<{ stance: string; n: number }>`select stance, sum(n) as n from (select kind, stance, count(*) as n from statements group by kind, stance) as g
      group by stance order by n desc, stance`.execute(db);
    stances = byStance.rows.map((r): [string, number] => [r.stance, Number(r.n)]);
  }
  const codes = [...new Set([...actors, ...targets].map(([c]) => c))];
  const names = new Map(
    codes.length > 0 ? (await db.selectFrom('actors').select(['code', 'name']).where('code', 'in', codes).execute()).map((a) => [a.code, a.name]) : [],
  );
  const labels = new Map<string, string>();
  for (const [cameo] of events) {
    const example = rows.find((x) => x.event_cameo === cameo)!;
    const r = await db.selectFrom('statements').select('json').where('rowid', '=', example.rowid).executeTakeFirst();
    const label = r ? (JSON.parse(r.json) as Statement).event?.label : undefined;
    labels.set(cameo, label ?? cameo);
  }
  const values = (xs: [string, number][], label: (v: string) => string = (v) => v): FacetValue[] => xs.map(([value, count]) => ({ value, label: label(value), count }));
  return {
    speakers: values(speakers),
    unnamedSpeakers: values(unnamedSpeakers),
    actors: values(actors, (c) => names.get(c) ?? c),
    targets: values(targets, (c) => names.get(c) ?? c),
    events: values(events, (c) => labels.get(c) ?? c),
    stances: values(stances),
    sample: rows.length,
    sampled,
    ...(exact && { exact: ['actors', 'targets', 'stances'] as const }),
  };
}

type DocRow = Pick<
  DocumentsTable,
  'public_id' | 'content_hash' | 'source' | 'url' | 'title' | 'published_at' | 'outlet' | 'language' | 'statement_count' | 'similarity'
> & { dup_id: string | null };

function summary(r: DocRow): DocumentSummary {
  return {
    id: r.public_id,
    contentHash: r.content_hash,
    source: r.source,
    url: r.url,
    title: r.title,
    publishedAt: r.published_at,
    outlet: r.outlet,
    language: r.language,
    statementCount: r.statement_count,
    duplicateOf: r.dup_id,
    similarity: r.similarity,
  };
}

function documentsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('documents')
    .leftJoin('documents as dup', 'dup.rowid', 'documents.duplicate_of')
    .select([
      'documents.rowid',
      'documents.public_id',
      'documents.content_hash',
      'documents.source',
      'documents.url',
      'documents.title',
      'documents.published_at',
      'documents.outlet',
      'documents.language',
      'documents.statement_count',
      'documents.similarity',
      'dup.public_id as dup_id',
    ]);
}

/** Most recently ingested first; cursor = the last rowid. */
export async function listDocuments({ db, dialect }: StoreContext, q: DocumentQuery): Promise<Page<DocumentSummary>> {
  const limit = clampLimit(q.limit);
  const cursor = decodeCursor(q.cursor);
  if (q.cursor && (!cursor || typeof cursor[0] !== 'number')) badCursor();
  const match = q.text ? dialect.documentsMatching(q.text) : null;
  const rows = await documentsQuery(db)
    .where((eb) => {
      const conds = [];
      if (q.text) conds.push(match ? sql<SqlBool>`documents.rowid in (${match})` : NOTHING);
      if (q.since) conds.push(eb('documents.published_at', '>=', q.since));
      if (q.until) conds.push(eb('documents.published_at', '<=', `${q.until}\uffff`));
      if (cursor) conds.push(eb('documents.rowid', '<', cursor[0] as number));
      return eb.and(conds);
    })
    .orderBy('documents.rowid', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(summary), nextCursor: rows.length > limit && last ? encodeCursor([last.rowid]) : null };
}

export async function getDocument({ db }: StoreContext, id: string): Promise<StoredDocument | null> {
  const row = await db.selectFrom('documents').select('rowid').where('public_id', '=', id).executeTakeFirst();
  return row ? loadDocument(db, row.rowid) : null;
}

async function loadDocument(db: Kysely<Database>, rowid: number): Promise<StoredDocument | null> {
  const row = await documentsQuery(db).where('documents.rowid', '=', rowid).executeTakeFirst();
  const extraction = row ? await extractionOf(db, rowid) : null;
  if (!row || !extraction) return null;
  return { ...summary(row), record: extraction.document, removed: extraction.document.removed as RemovedSpan[] };
}
