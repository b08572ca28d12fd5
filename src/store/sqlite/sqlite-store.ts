/** The embedded default Store: one SQLite file (WAL, FTS5) through Kysely. */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Extraction } from '../../core/types.js';
import type { IngestItem, IngestSource, Store, StoredFailure } from '../store.js';
import { getActor, listActors, listSpeakers, reactions, stats, timeline } from './aggregates.js';
import { extractionOf, ingestBatch, type WriterCache } from './ingest.js';
import { openSqlite, type OpenOptions } from './open.js';
import { countStatements, facets, getDocument, getStatement, listDocuments, searchStatements } from './queries.js';
import type { Database } from './schema.js';
import { prepareWriteStatements, type WriteStatements } from './write-statements.js';

export class SqliteStore implements Store {
  readonly dialect = 'sqlite';

  private constructor(
    readonly db: Kysely<Database>,
    /** The better-sqlite3 handle, for PRAGMAs and tests. */
    readonly raw: BetterSqlite3.Database,
    readonly path: string,
  ) {}

  /** Opens or creates the file at `path` (`:memory:` for a throwaway store) and migrates it. */
  static async open(path: string, options: OpenOptions = {}): Promise<SqliteStore> {
    const { db, raw } = await openSqlite(path, options);
    return new SqliteStore(db, raw, path);
  }

  private readonly cache: WriterCache = { actors: new Set() };
  private writeSql: WriteStatements | null = null;
  /** Prepared on first write, so a read-only store never prepares them. */
  private get sql(): WriteStatements {
    return (this.writeSql ??= prepareWriteStatements(this.raw));
  }

  async ingest(items: readonly IngestItem[]) {
    return ingestBatch(this.raw, this.sql, items, this.cache);
  }

  async hasIngested(sources: readonly IngestSource[]): Promise<boolean[]> {
    return sources.map((s) => Boolean(this.sql.documentBySourceRaw.get(s.source, s.rawHash)));
  }

  async recordFailures(failures: readonly StoredFailure[]): Promise<void> {
    if (failures.length === 0) return;
    this.raw.transaction(() => {
      for (const f of failures) this.sql.upsertFailure.run(f.source, f.code, f.message);
    }).immediate();
  }

  searchStatements = (q: Parameters<Store['searchStatements']>[0]) => searchStatements(this.db, q);
  countStatements = (f: Parameters<Store['countStatements']>[0], atMost?: number) => countStatements(this.db, f, atMost);
  getStatement = (id: string) => getStatement(this.db, id);
  facets = (f: Parameters<Store['facets']>[0], limit?: number) => facets(this.db, f, limit);
  listDocuments = (q: Parameters<Store['listDocuments']>[0]) => listDocuments(this.db, q);
  getDocument = (id: string) => getDocument(this.db, id);
  listActors = (q: Parameters<Store['listActors']>[0]) => listActors(this.db, q);
  getActor = (code: string) => getActor(this.db, code);
  listSpeakers = (f: Parameters<Store['listSpeakers']>[0], limit?: number) => listSpeakers(this.db, f, limit);
  reactions = (q: Parameters<Store['reactions']>[0]) => reactions(this.db, q);
  timeline = (q: Parameters<Store['timeline']>[0]) => timeline(this.db, q);
  stats = () => stats(this.db);

  async *extractions(filter: { readonly since?: string; readonly until?: string } = {}): AsyncIterable<Extraction> {
    let after = 0;
    for (;;) {
      let q = this.db.selectFrom('documents').select('rowid').where('rowid', '>', after);
      if (filter.since) q = q.where('published_at', '>=', filter.since);
      if (filter.until) q = q.where('published_at', '<=', `${filter.until}\uffff`);
      const rows = await q.orderBy('rowid').limit(200).execute();
      if (rows.length === 0) return;
      for (const r of rows) {
        const e = await extractionOf(this.db, r.rowid);
        if (e) yield e;
        after = r.rowid;
      }
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
