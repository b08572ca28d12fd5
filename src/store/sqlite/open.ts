import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export interface OpenOptions {
  /** Open without writing (no migrations); fails if the file does not exist. */
  readonly readonly?: boolean;
}

/**
 * Opens (creating if needed) a SQLite store file and brings its schema up to date.
 * WAL keeps readers and one writer apart; synchronous=NORMAL in WAL mode loses no committed
 * transaction when the process is killed (only on power loss), which is the promise we make.
 */
export async function openSqlite(path: string, options: OpenOptions = {}): Promise<{ db: Kysely<Database>; raw: BetterSqlite3.Database }> {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const raw = new BetterSqlite3(path, { readonly: Boolean(options.readonly), fileMustExist: Boolean(options.readonly) });
  raw.pragma('busy_timeout = 10000');
  if (!options.readonly) {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
  }
  raw.pragma('foreign_keys = ON');
  raw.pragma('cache_size = -65536');
  raw.pragma('mmap_size = 268435456');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  if (!options.readonly) {
    const migrator = new Migrator({ db, provider: migrationProvider });
    const { error } = await migrator.migrateToLatest();
    if (error) {
      await db.destroy();
      throw error instanceof Error ? error : new Error(String(error));
    }
  }
  return { db, raw };
}
