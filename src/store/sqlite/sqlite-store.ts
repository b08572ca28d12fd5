/** The embedded default Store: one SQLite file (WAL, FTS5) through Kysely. */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { KyselyStore } from '../shared/kysely-store.js';
import type { Database } from '../shared/schema.js';
import { sqliteDialect } from './dialect.js';
import { openSqlite, type OpenOptions } from './open.js';

export class SqliteStore extends KyselyStore {
  readonly dialect = 'sqlite';

  private constructor(
    db: Kysely<Database>,
    /** The better-sqlite3 handle, for PRAGMAs and tests. */
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
}
