/**
 * The writer's SQL, prepared once per connection. Ingest runs the same dozen statements thousands of
 * times per batch: building each through Kysely cost more CPU than SQLite spent executing it, and the
 * writer runs on the thread that also feeds the extraction workers. Reads stay on Kysely (queries.ts).
 * Every statement here is plain SQL a PostgreSQL backend would write its own way behind the Store interface.
 *
 * No `returning` on the inserts: SQLite implements RETURNING as a temporary trigger, and a statement
 * with a trigger on a table with foreign keys keeps a statement journal (a copy of every page it
 * touches, spilled to a temporary file past 64 KiB): 4 pages copied per statement row stored, 22,500
 * page writes for raw-news/dev. The rowid comes from `.run()` (lastInsertRowid) or is chosen by the writer.
 */
import type BetterSqlite3 from 'better-sqlite3';

export interface WriteStatements {
  readonly documentBySourceRaw: BetterSqlite3.Statement<[string, string], { rowid: number }>;
  readonly documentByContentSource: BetterSqlite3.Statement<[string, string], { rowid: number }>;
  readonly documentByContent: BetterSqlite3.Statement<[string], { rowid: number; duplicate_of: number | null }>;
  readonly bandCandidates: (count: number) => BetterSqlite3.Statement<number[], { rowid: number; signature: Buffer | null }>;
  readonly insertDocument: BetterSqlite3.Statement<unknown[]>;
  readonly deleteFailure: BetterSqlite3.Statement<[string]>;
  readonly upsertFailure: BetterSqlite3.Statement<[string, string, string]>;
  readonly insertDocumentFts: BetterSqlite3.Statement<[number, string, string]>;
  readonly insertBand: BetterSqlite3.Statement<[number, number]>;
  readonly statementByKeyOrId: BetterSqlite3.Statement<[string, string], { rowid: number }>;
  readonly sourceOf: BetterSqlite3.Statement<[number, number], { original_id: string }>;
  readonly insertSourceIgnore: BetterSqlite3.Statement<[number, number, string, string | null]>;
  readonly insertSource: BetterSqlite3.Statement<[number, number, string, string | null]>;
  readonly bumpSourceCount: BetterSqlite3.Statement<[number]>;
  readonly upsertActor: BetterSqlite3.Statement<[string, string, string | null, string | null]>;
  readonly lastRowidInRange: BetterSqlite3.Statement<[number, number], { rowid: number }>;
  readonly insertStatement: BetterSqlite3.Statement<unknown[]>;
  readonly insertStatementFts: BetterSqlite3.Statement<[number, string, string]>;
  readonly insertTarget: BetterSqlite3.Statement<[number, string, string]>;
  readonly addActorTotals: BetterSqlite3.Statement<[string, number, number]>;
  readonly addReactionCount: BetterSqlite3.Statement<[string, string, string, number]>;
  readonly addDailyCount: BetterSqlite3.Statement<[string, string, string, number]>;
}

export function prepareWriteStatements(db: BetterSqlite3.Database): WriteStatements {
  const p = <P extends unknown[], R = unknown>(source: string) => db.prepare<P, R>(source);
  const candidates = new Map<number, BetterSqlite3.Statement<number[], { rowid: number; signature: Buffer | null }>>();
  return {
    documentBySourceRaw: p('select rowid from documents where source = ? and raw_hash = ?'),
    documentByContentSource: p('select rowid from documents where content_hash = ? and source = ?'),
    documentByContent: p('select rowid, duplicate_of from documents where content_hash = ? order by rowid limit 1'),
    bandCandidates: (count) => {
      let stmt = candidates.get(count);
      if (!stmt) {
        stmt = db.prepare(
          `select documents.rowid as rowid, documents.signature as signature from document_bands
           inner join documents on documents.rowid = document_bands.document_rowid
           where document_bands.band in (${Array.from({ length: count }, () => '?').join(', ')})
           group by documents.rowid limit 64`,
        );
        candidates.set(count, stmt);
      }
      return stmt;
    },
    insertDocument: p(
      `insert into documents (public_id, content_hash, source, raw_hash, url, title, published_at, published_at_basis, outlet,
       language, authors_json, text, removed_json, statement_count, duplicate_of, similarity, signature)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    deleteFailure: p('delete from failures where source = ?'),
    upsertFailure: p('insert into failures (source, code, message) values (?, ?, ?) on conflict (source) do update set code = excluded.code, message = excluded.message'),
    insertDocumentFts: p('insert into documents_fts (rowid, title, text) values (?, ?, ?)'),
    insertBand: p('insert into document_bands (band, document_rowid) values (?, ?)'),
    statementByKeyOrId: p('select rowid from statements where dedup_key = ? or public_id = ?'),
    sourceOf: p('select original_id from statement_sources where statement_rowid = ? and document_rowid = ?'),
    insertSourceIgnore: p('insert into statement_sources (statement_rowid, document_rowid, original_id, json) values (?, ?, ?, ?) on conflict do nothing'),
    insertSource: p('insert into statement_sources (statement_rowid, document_rowid, original_id, json) values (?, ?, ?, ?)'),
    bumpSourceCount: p('update statements set source_count = source_count + 1 where rowid = ?'),
    upsertActor: p('insert into actors (code, name, country, sector) values (?, ?, ?, ?) on conflict (code) do nothing'),
    lastRowidInRange: p('select rowid from statements where rowid >= ? and rowid < ? order by rowid desc limit 1'),
    insertStatement: p(
      `insert into statements (rowid, public_id, dedup_key, document_rowid, kind, content, speaker, actor_code, event_cameo,
       event_plover, stance, sort_date, confidence, json, source_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertStatementFts: p('insert into statements_fts (rowid, content, speaker) values (?, ?, ?)'),
    insertTarget: p('insert into statement_targets (statement_rowid, code, stance) values (?, ?, ?)'),
    addActorTotals: p(
      `insert into actor_totals (code, statements, targeted) values (?, ?, ?) on conflict (code) do update set
       statements = actor_totals.statements + excluded.statements, targeted = actor_totals.targeted + excluded.targeted`,
    ),
    addReactionCount: p('insert into reaction_counts (actor, target, stance, n) values (?, ?, ?, ?) on conflict (actor, target, stance) do update set n = reaction_counts.n + excluded.n'),
    addDailyCount: p('insert into daily_counts (actor, day, stance, n) values (?, ?, ?, ?) on conflict (actor, day, stance) do update set n = daily_counts.n + excluded.n'),
  };
}
