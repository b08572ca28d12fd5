/** The PostgreSQL side of the shared queries: an advisory write lock, tsvector search, ILIKE. */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { StatementFilter } from '../store.js';
import type { FacetRow, SearchRow, StoreDialect } from '../shared/dialect.js';
import { statementConditions } from '../shared/filter.js';
import type { Database } from '../shared/schema.js';
import { tsquery } from './tsquery.js';

/**
 * Writers (any number of worker processes) take this transaction-scoped advisory lock first, so one
 * batch writes at a time, as in SQLite: "is this document or statement stored?", the date-clustered
 * rowid and the running totals are then read and written without a race. Extraction, the expensive
 * part, runs in parallel outside it.
 */
const WRITE_LOCK = sql`pg_advisory_xact_lock(hashtext('communique:store-writer'))`;

const match = (column: string, query: string) => sql<SqlBool>`${sql.ref(column)} @@ to_tsquery('simple', ${query})`;

export const postgresDialect: StoreDialect = {
  name: 'postgres',

  writeTransaction(db, fn) {
    return db.transaction().execute(async (trx) => {
      await sql`select ${WRITE_LOCK}`.execute(trx);
      return fn(trx);
    });
  },

  // The tsvector columns are generated from the row (migrations.ts): nothing to index by hand.
  indexStatement: () => Promise.resolve(),
  indexDocument: () => Promise.resolve(),

  statementsMatching({ content, speaker }) {
    const queries = [content !== undefined ? tsquery(content) : undefined, speaker !== undefined ? tsquery(speaker) : undefined];
    if (queries.some((q) => q === null)) return null;
    const conds = [];
    if (queries[0]) conds.push(match('statements.content_tsv', queries[0]));
    if (queries[1]) conds.push(match('statements.speaker_tsv', queries[1]));
    return sql<SqlBool>`(${sql.join(conds, sql` and `)})`;
  },

  documentsMatching(text) {
    const q = tsquery(text);
    return q ? sql`select d_fts.rowid from documents d_fts where ${match('d_fts.tsv', q)}` : null;
  },

  sameText: (column, value) => sql<SqlBool>`lower(${column}) = lower(${value})`,
  containsText: (column, fragment) => sql<SqlBool>`${column} ilike ${`%${fragment}%`}`,
  // PostgreSQL text cannot hold NUL; U+FFFD keeps every offset into the text where it was.
  storable: (text) => (text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text),
  searchRows,
  facetRows,
};

function matching(db: Kysely<Database>, f: StatementFilter, cursor: number | null) {
  return db.selectFrom('statements').where((eb) => {
    const conds = statementConditions(eb, f, postgresDialect);
    if (cursor !== null) conds.push(eb('statements.rowid', '<', cursor));
    return eb.and(conds);
  });
}

/**
 * Newest first is rowid descending (date-clustered rowids): PostgreSQL's planner walks the primary
 * key backwards, or intersects the GIN and b-tree indexes and sorts the few rows that match.
 */
async function searchRows(db: Kysely<Database>, f: StatementFilter, limit: number, cursor: number | null): Promise<SearchRow[]> {
  const page = matching(db, f, cursor)
    .select(['statements.rowid', 'statements.json', 'statements.sort_date', 'statements.source_count', 'statements.document_rowid'])
    .orderBy('statements.rowid', 'desc')
    .limit(limit)
    .as('s');
  return db
    .selectFrom(page)
    .innerJoin('documents as d', 'd.rowid', 's.document_rowid')
    .select(['s.rowid', 's.json', 's.sort_date', 's.source_count', 'd.public_id as doc_id', 'd.title as doc_title', 'd.source as doc_source'])
    .orderBy('s.rowid', 'desc')
    .execute();
}

async function facetRows(db: Kysely<Database>, f: StatementFilter, limit: number): Promise<FacetRow[]> {
  return matching(db, f, null)
    .select(['statements.rowid', 'statements.speaker', 'statements.actor_code', 'statements.event_cameo', 'statements.stance'])
    .orderBy('statements.rowid', 'desc')
    .limit(limit)
    .execute();
}
