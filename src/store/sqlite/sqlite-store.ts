/** The embedded default Store: one SQLite file (WAL, FTS5); reads through the shared Kysely queries. */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { WriterCache } from '../shared/ingest.js';
import { KyselyStore } from '../shared/kysely-store.js';
import type { Database } from '../shared/schema.js';
import type { IngestItem, IngestSource, StoredFailure } from '../store.js';
import { sqliteDialect } from './dialect.js';
import { ingestBatch } from './ingest.js';
import { openSqlite, type OpenOptions } from './open.js';
import { prepareWriteStatements, type WriteStatements } from './write-statements.js';

export class SqliteStore extends KyselyStore {
  readonly dialect = 'sqlite';
  private readonly writerCache: WriterCache = { actors: new Set() };
  private writeSql: WriteStatements | null = null;

  private constructor(
    db: Kysely<Database>,
    /** The better-sqlite3 handle, for PRAGMAs, the prepared writer and tests. */
    readonly raw: BetterSqlite3.Database,
    readonly path: string,
  ) {
    super(db, sqliteDialect);
  }

  /** Opens or creates the file at `path` (`:memory:` for a throwaway store) and migrates it. */
  static async open(path: string, options: OpenOptions = {}): Promise<SqliteStore> {
    const { db, raw } = await openSqlite(path, options);
    return new SqliteStore(db, raw, path);
  }

  /** The writer's statements, prepared on first write so a read-only store never prepares them. */
  private get sql(): WriteStatements {
    return (this.writeSql ??= prepareWriteStatements(this.raw));
  }

  // Writes go through prepared statements (./ingest.ts says why); reads stay on the shared queries.
  override async ingest(items: readonly IngestItem[]) {
    return ingestBatch(this.raw, this.sql, items, this.writerCache);
  }

  override async hasIngested(sources: readonly IngestSource[]): Promise<boolean[]> {
    return sources.map((s) => Boolean(this.sql.documentBySourceRaw.get(s.source, s.rawHash)));
  }

  override async recordFailures(failures: readonly StoredFailure[]): Promise<void> {
    if (failures.length === 0) return;
    this.raw
      .transaction(() => {
        for (const f of failures) this.sql.upsertFailure.run(f.source, f.code, f.message);
      })
      .immediate();
  }
}
