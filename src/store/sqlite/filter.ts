/** StatementFilter → SQL conditions on `statements`, shared by search, facets, reactions and timeline. */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { StatementFilter } from '../store.js';
import { rowidRange } from './rowid.js';
import type { Database } from './schema.js';

/**
 * A user's words as an FTS5 expression restricted to one column: every word (or "quoted phrase")
 * must occur. Everything is quoted, so FTS5 operators typed by a user are searched as words.
 */
export function ftsColumnQuery(column: string, text: string): string | null {
  const parts = text.match(/"[^"]*"|[\p{L}\p{N}]+\*?/gu) ?? [];
  const phrases: string[] = [];
  for (const p of parts) {
    const prefix = p.endsWith('*');
    const words = (p.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
    if (words) phrases.push(`${column} : "${words}"${prefix ? ' *' : ''}`);
  }
  return phrases.length > 0 ? phrases.join(' AND ') : null;
}

/** Actor codes are upper-case letters/digits; anything else is looked up by name. */
function actorCodes(value: string) {
  return sql<string>`(select code from actors where code = ${value.toUpperCase()} or name = ${value} collate nocase)`;
}

export function statementConditions(eb: ExpressionBuilder<Database, 'statements'>, f: StatementFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const fts = [f.text && f.scope !== 'all' ? ftsColumnQuery('content', f.text) : null, f.speaker ? ftsColumnQuery('speaker', f.speaker) : null];
  if ((f.text && f.scope !== 'all' && !fts[0]) || (f.speaker && !fts[1])) out.push(sql<SqlBool>`0`);
  const match = fts.filter(Boolean).join(' AND ');
  if (match) out.push(sql<SqlBool>`statements.rowid in (select rowid from statements_fts where statements_fts match ${match})`);
  if (f.text && f.scope === 'all') {
    const quotes = ftsColumnQuery('content', f.text);
    const docs = ftsColumnQuery('{title text}', f.text);
    if (!quotes || !docs) out.push(sql<SqlBool>`0`);
    else
      out.push(
        sql<SqlBool>`(statements.rowid in (select rowid from statements_fts where statements_fts match ${quotes})
          or statements.rowid in (select statement_rowid from statement_sources where document_rowid in
            (select rowid from documents_fts where documents_fts match ${docs})))`,
      );
  }
  if (f.actor) out.push(sql<SqlBool>`statements.actor_code in ${actorCodes(f.actor)}`);
  if (f.target) {
    out.push(sql<SqlBool>`statements.rowid in (select statement_rowid from statement_targets where code in ${actorCodes(f.target)})`);
  }
  if (f.event) {
    if (/^\d+$/.test(f.event)) out.push(eb.and([eb('statements.event_cameo', '>=', f.event), eb('statements.event_cameo', '<', `${f.event}\uffff`)]));
    else out.push(eb('statements.event_plover', '=', f.event.toUpperCase()));
  }
  if (f.stance) out.push(eb('statements.stance', '=', f.stance));
  const { lo, hi } = rowidRange(f.since, f.until);
  if (lo !== null) out.push(eb('statements.rowid', '>=', lo));
  if (hi !== null) out.push(eb('statements.rowid', '<', hi));
  if (f.documentId) {
    out.push(
      sql<SqlBool>`statements.rowid in (select statement_rowid from statement_sources where document_rowid =
        (select rowid from documents where public_id = ${f.documentId}))`,
    );
  }
  return out;
}

export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The parts of a cursor, or null when it is not one of ours (the caller answers with a 400). */
export function decodeCursor(cursor: string | null | undefined): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number') ? v : null;
  } catch {
    return null;
  }
}

export function clampLimit(limit: number | undefined, fallback = 50, max = 500): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}
