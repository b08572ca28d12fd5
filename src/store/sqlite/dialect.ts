/** The SQLite side of the shared queries: BEGIN IMMEDIATE, contentless FTS5 tables, NOCASE. */
import { sql, type SqlBool } from 'kysely';
import type { StoreDialect } from '../shared/dialect.js';
import { ftsColumnQuery } from './fts.js';
import { facetRows, searchRows } from './search-plan.js';

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',

  async writeTransaction(db, fn) {
    return db.connection().execute(async (conn) => {
      // IMMEDIATE takes the write lock up front: a deferred transaction that upgrades later can fail
      // with SQLITE_BUSY instead of waiting when another process writes.
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (e) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw e;
      }
    });
  },

  async indexStatement(tx, rowid, content, speaker) {
    await sql`insert into statements_fts(rowid, content, speaker) values (${rowid}, ${content}, ${speaker})`.execute(tx);
  },

  async indexDocument(tx, rowid, title, text) {
    await sql`insert into documents_fts(rowid, title, text) values (${rowid}, ${title}, ${text})`.execute(tx);
  },

  statementsMatching({ content, speaker }) {
    const parts = [content !== undefined ? ftsColumnQuery('content', content) : undefined, speaker !== undefined ? ftsColumnQuery('speaker', speaker) : undefined];
    if (parts.some((p) => p === null)) return null;
    const match = parts.filter(Boolean).join(' AND ');
    return sql<SqlBool>`statements.rowid in (select rowid from statements_fts where statements_fts match ${match})`;
  },

  documentsMatching(text) {
    const match = ftsColumnQuery('{title text}', text);
    return match ? sql`select rowid from documents_fts where documents_fts match ${match}` : null;
  },

  sameText: (column, value) => sql<SqlBool>`${column} = ${value} collate nocase`,
  // LIKE ignores ASCII case in SQLite.
  containsText: (column, fragment) => sql<SqlBool>`${column} like ${`%${fragment}%`}`,
  storable: (text) => text,
  searchRows,
  facetRows,
};
