import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { migrationProvider } from './migrations.js';
import type { Database } from '../shared/schema.js';

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
  const db = new Kysely<Database>({ dialect: new TransactionalDdlSqliteDialect({ database: withStatementCache(raw) }) });
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

/**
 * SQLite's DDL is transactional, but Kysely's SQLite adapter says it is not, so its Migrator ran each migration's
 * statements one by one: a process killed while creating a new database left half a schema (documents without
 * their full-text table) that the next run could neither use nor migrate. Saying so makes the Migrator run the
 * pending migrations in one transaction, so a kill leaves all of them or none.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * Kysely's SQLite driver prepares every query anew; the same query shapes repeat thousands of times
 * per ingest, so prepared statements are cached by SQL text (a third of the write cost otherwise).
 */
function withStatementCache(raw: BetterSqlite3.Database, max = 512): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return new Proxy(raw, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (source: string) => {
          let stmt = cache.get(source);
          // A statement still being iterated (Kysely's stream()) cannot be shared: prepare a fresh one.
          if (stmt && !stmt.busy) return stmt;
          stmt = target.prepare(source);
          if (cache.size >= max) cache.delete(cache.keys().next().value!);
          cache.set(source, stmt);
          return stmt;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
