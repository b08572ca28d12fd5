import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { TransactionalDdlSqliteDialect } from './open.js';

/** Two migrations, the second failing after its first statement: what a kill during a first open looks like. */
const failingHalfWay: Record<string, Migration> = {
  '0001': { up: async (db) => void (await sql`create table documents (id integer primary key)`.execute(db)) },
  '0002': {
    up: async (db) => {
      await sql`create virtual table documents_fts using fts5(body)`.execute(db);
      throw new Error('killed here');
    },
  },
};

async function tablesAfterFailedMigration(dialect: (raw: BetterSqlite3.Database) => SqliteDialect): Promise<string[]> {
  const raw = new BetterSqlite3(':memory:');
  const db = new Kysely<unknown>({ dialect: dialect(raw) });
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => failingHalfWay } }).migrateToLatest();
  expect(String(error)).toContain('killed here');
  const names = raw.prepare("select name from sqlite_master where type = 'table' and name not like 'kysely_%' and name not like '%fts_%' order by name").all() as { name: string }[];
  await db.destroy();
  return names.map((n) => n.name);
}

describe('SQLite migrations', () => {
  it('leave no half-made schema when one fails (a new database killed while it is created opens cleanly next time)', async () => {
    expect(await tablesAfterFailedMigration((raw) => new TransactionalDdlSqliteDialect({ database: raw }))).toEqual([]);
  });

  it("(Kysely's own SQLite dialect keeps the first migration's tables: why the store uses its own)", async () => {
    expect(await tablesAfterFailedMigration((raw) => new SqliteDialect({ database: raw }))).toContain('documents');
  });
});
