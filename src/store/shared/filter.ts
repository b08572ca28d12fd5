/** StatementFilter → SQL conditions on `statements`, shared by both backends' search, facets, reactions and timeline. */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { StatementFilter } from '../store.js';
import { rowidRange } from './rowid.js';
import type { StoreDialect } from './dialect.js';
import type { Database } from './schema.js';

/** Actor codes are upper-case letters/digits; anything else is looked up by name. */
function actorCodes(dialect: StoreDialect, value: string) {
  return sql<string>`(select code from actors where code = ${value.toUpperCase()} or ${dialect.sameText(sql.ref('name'), value)})`;
}

/** Matches nothing (a query made only of operators or punctuation). */
export const NOTHING = sql<SqlBool>`1 = 0`;

export function statementConditions(eb: ExpressionBuilder<Database, 'statements'>, f: StatementFilter, dialect: StoreDialect): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const content = f.text && f.scope !== 'all' ? f.text : undefined;
  if (content !== undefined || f.speaker) out.push(dialect.statementsMatching({ content, speaker: f.speaker }) ?? NOTHING);
  if (f.text && f.scope === 'all') {
    const quotes = dialect.statementsMatching({ content: f.text });
    const docs = dialect.documentsMatching(f.text);
    if (!quotes || !docs) out.push(NOTHING);
    else out.push(eb.or([quotes, sql<SqlBool>`statements.rowid in (select statement_rowid from statement_sources where document_rowid in (${docs}))`]));
  }
  if (f.actor) out.push(sql<SqlBool>`statements.actor_code in ${actorCodes(dialect, f.actor)}`);
  if (f.target) {
    out.push(sql<SqlBool>`statements.rowid in (select statement_rowid from statement_targets where code in ${actorCodes(dialect, f.target)})`);
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
