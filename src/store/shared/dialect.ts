/**
 * What differs between the SQLite and PostgreSQL stores, behind one interface: the query code in
 * this folder is shared and asks the dialect only for write transactions, full-text matching,
 * case-insensitive comparison and the statement search plan. Each backend folder implements it.
 */
import type { Expression, Kysely, RawBuilder, SqlBool, Transaction } from 'kysely';
import type { StatementFilter } from '../store.js';
import type { Database } from './schema.js';

export type Tx = Kysely<Database> | Transaction<Database>;

/** A page row of statement search (search-plan.ts in each backend). */
export interface SearchRow {
  rowid: number;
  json: string;
  sort_date: string;
  source_count: number;
  doc_id: string;
  doc_title: string | null;
  doc_source: string;
}

/** The columns facets count over. */
export interface FacetRow {
  rowid: number;
  speaker: string | null;
  actor_code: string | null;
  event_cameo: string | null;
  stance: string;
}

/** A user's words for full-text search: every word (or "quoted phrase") must occur. */
export interface TextMatch {
  /** Words in the quote. */
  readonly content?: string | undefined;
  /** Words of the speaker's name. */
  readonly speaker?: string | undefined;
}

export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction that excludes every other writer, in any process, until it commits:
   * the writer reads "is this document / statement already stored?" and allocates rowids inside it.
   */
  writeTransaction<T>(db: Kysely<Database>, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Adds a new statement to the full-text index (nothing when the index maintains itself). */
  indexStatement(tx: Tx, rowid: number, content: string, speaker: string): Promise<void>;
  /** Adds a new document to the full-text index (nothing when the index maintains itself). */
  indexDocument(tx: Tx, rowid: number, title: string, text: string): Promise<void>;
  /** A condition on `statements` (unaliased) that its quote and/or speaker match; null when the words are empty. */
  statementsMatching(q: TextMatch): Expression<SqlBool> | null;
  /** A subquery of the rowids of documents whose title or text match; null when the words are empty. */
  documentsMatching(text: string): RawBuilder<unknown> | null;
  /** `column = value`, ignoring case. */
  sameText(column: RawBuilder<unknown>, value: string): RawBuilder<SqlBool>;
  /** `column` contains `fragment` / starts with `prefix`, ignoring case. */
  containsText(column: RawBuilder<unknown>, fragment: string): RawBuilder<SqlBool>;
  /** Text as the backend can store it (PostgreSQL refuses NUL characters). Keeps the length. */
  storable(text: string): string;
  /** One page of statements matching `f`, strictly below `cursor` (a rowid), newest first. */
  searchRows(db: Kysely<Database>, f: StatementFilter, limit: number, cursor: number | null): Promise<SearchRow[]>;
  /** The newest `limit` matching statements' facet columns. */
  facetRows(db: Kysely<Database>, f: StatementFilter, limit: number): Promise<FacetRow[]>;
}

/** What every shared query takes: the connection and the backend's dialect. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
}
