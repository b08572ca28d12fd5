/** Read side of the SQLite store: statement search and detail, facets, documents. */
import { sql, type Kysely } from 'kysely';
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
import { searchRows } from './search-plan.js';
import { clampLimit, decodeCursor, encodeCursor, ftsColumnQuery, statementConditions } from './filter.js';
import type { Database, DocumentsTable } from './schema.js';

function badCursor(): never {
  throw new CommuniqueError('STORE_BAD_QUERY', 'The cursor is not valid for this query; start again without it.');
}

/** Newest first (by date said, then ingest order): cursor = the last row's date-clustered rowid. */
export async function searchStatements(db: Kysely<Database>, q: StatementQuery): Promise<Page<StatementHit>> {
  const limit = clampLimit(q.limit);
  const cursor = decodeCursor(q.cursor);
  if (q.cursor && (!cursor || cursor.length !== 1 || typeof cursor[0] !== 'number')) badCursor();
  const rows = await searchRows(db, q, limit + 1, (cursor?.[0] as number | undefined) ?? null);
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

export async function countStatements(db: Kysely<Database>, f: StatementFilter, atMost?: number): Promise<number> {
  const matching = db
    .selectFrom('statements')
    .select(sql<number>`1`.as('one'))
    .where((eb) => eb.and(statementConditions(eb, f)));
  const row = await db
    .selectFrom((atMost !== undefined ? matching.limit(Math.max(0, Math.floor(atMost))) : matching).as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getStatement(db: Kysely<Database>, id: string): Promise<StatementDetail | null> {
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

export async function facets(db: Kysely<Database>, f: StatementFilter, limit = 20): Promise<Facets> {
  const filtered = db.selectFrom('statements').where((eb) => eb.and(statementConditions(eb, f)));
  const speakers = await filtered
    .select(['statements.speaker as value', (eb) => eb.fn.countAll<number>().as('count')])
    .where('statements.speaker', 'is not', null)
    .groupBy('statements.speaker')
    .orderBy('count', 'desc')
    .orderBy('value')
    .limit(limit)
    .execute();
  const actors = await filtered
    .innerJoin('actors', 'actors.code', 'statements.actor_code')
    .select(['actors.code as value', 'actors.name as label', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('actors.code')
    .orderBy('count', 'desc')
    .orderBy('value')
    .limit(limit)
    .execute();
  const targets = await filtered
    .innerJoin('statement_targets', 'statement_targets.statement_rowid', 'statements.rowid')
    .innerJoin('actors', 'actors.code', 'statement_targets.code')
    .select(['actors.code as value', 'actors.name as label', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('actors.code')
    .orderBy('count', 'desc')
    .orderBy('value')
    .limit(limit)
    .execute();
  const events = await filtered
    .select([
      'statements.event_cameo as value',
      sql<string>`max(json_extract(statements.json, '$.event.label'))`.as('label'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('statements.event_cameo', 'is not', null)
    .groupBy('statements.event_cameo')
    .orderBy('count', 'desc')
    .orderBy('value')
    .limit(limit)
    .execute();
  const stances = await filtered
    .select(['statements.stance as value', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('statements.stance')
    .orderBy('count', 'desc')
    .orderBy('value')
    .execute();
  const plain = (rows: { value: string | null; count: number }[]): FacetValue[] =>
    rows.map((r) => ({ value: r.value ?? '', label: r.value ?? '', count: Number(r.count) }));
  const labelled = (rows: { value: string | null; label: string | null; count: number }[]): FacetValue[] =>
    rows.map((r) => ({ value: r.value ?? '', label: r.label ?? r.value ?? '', count: Number(r.count) }));
  return { speakers: plain(speakers), actors: labelled(actors), targets: labelled(targets), events: labelled(events), stances: plain(stances) };
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
export async function listDocuments(db: Kysely<Database>, q: DocumentQuery): Promise<Page<DocumentSummary>> {
  const limit = clampLimit(q.limit);
  const cursor = decodeCursor(q.cursor);
  if (q.cursor && (!cursor || typeof cursor[0] !== 'number')) badCursor();
  const match = q.text ? ftsColumnQuery('{title text}', q.text) : null;
  const rows = await documentsQuery(db)
    .where((eb) => {
      const conds = [];
      if (q.text) conds.push(match ? sql<boolean>`documents.rowid in (select rowid from documents_fts where documents_fts match ${match})` : sql<boolean>`0`);
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

export async function getDocument(db: Kysely<Database>, id: string): Promise<StoredDocument | null> {
  const row = await db.selectFrom('documents').select('rowid').where('public_id', '=', id).executeTakeFirst();
  return row ? loadDocument(db, row.rowid) : null;
}

async function loadDocument(db: Kysely<Database>, rowid: number): Promise<StoredDocument | null> {
  const row = await documentsQuery(db).where('documents.rowid', '=', rowid).executeTakeFirst();
  const extraction = row ? await extractionOf(db, rowid) : null;
  if (!row || !extraction) return null;
  return { ...summary(row), record: extraction.document, removed: extraction.document.removed as RemovedSpan[] };
}
