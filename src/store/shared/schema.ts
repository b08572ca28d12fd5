/** Kysely table types of both stores (the SQLite and PostgreSQL schemas hold the same tables). Rowids are internal; public ids are the `*_id` text columns. */
import type { Generated } from 'kysely';

export interface DocumentsTable {
  rowid: Generated<number>;
  public_id: string;
  content_hash: string;
  source: string;
  raw_hash: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  published_at_basis: string | null;
  outlet: string | null;
  language: string | null;
  authors_json: string;
  text: string;
  removed_json: string;
  statement_count: number;
  duplicate_of: number | null;
  similarity: number | null;
  signature: Uint8Array | null;
}

export interface DocumentBandsTable {
  band: number;
  document_rowid: number;
}

export interface StatementsTable {
  rowid: Generated<number>;
  public_id: string;
  dedup_key: string;
  document_rowid: number;
  kind: string;
  content: string;
  speaker: string | null;
  actor_code: string | null;
  event_cameo: string | null;
  event_plover: string | null;
  stance: string;
  /** saidOn date, else the publication day, else '' (sorts last). */
  sort_date: string;
  confidence: number;
  json: string;
  source_count: number;
}

export interface StatementSourcesTable {
  statement_rowid: number;
  document_rowid: number;
  original_id: string;
  /** The statement as extracted from this document; NULL when it is `statements.json`. */
  json: string | null;
}

export interface StatementTargetsTable {
  statement_rowid: number;
  code: string;
  stance: string;
}

export interface ActorsTable {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
}

export interface FailuresTable {
  source: string;
  code: string;
  message: string;
}

export interface ActorTotalsTable {
  code: string;
  statements: number;
  targeted: number;
}

export interface ReactionCountsTable {
  actor: string;
  target: string;
  stance: string;
  n: number;
}

export interface DailyCountsTable {
  /** '' for statements without an actor. */
  actor: string;
  day: string;
  stance: string;
  n: number;
}

export interface Database {
  actor_totals: ActorTotalsTable;
  reaction_counts: ReactionCountsTable;
  daily_counts: DailyCountsTable;
  documents: DocumentsTable;
  document_bands: DocumentBandsTable;
  statements: StatementsTable;
  statement_sources: StatementSourcesTable;
  statement_targets: StatementTargetsTable;
  actors: ActorsTable;
  failures: FailuresTable;
}
