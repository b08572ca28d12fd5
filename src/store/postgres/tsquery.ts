/** A user's words as a PostgreSQL tsquery, parsed as the SQLite store parses them for FTS5. */

/**
 * Every word or "quoted phrase" must occur (`&`); a phrase's words in order (`<->`); `word*` is a
 * prefix (`:*`). Only letters and digits reach the query, so tsquery operators typed by a user are
 * never operators. Null when no word is left (the query then matches nothing).
 * @example tsquery('"international law" restrain*') // "international <-> law & restrain:*"
 */
export function tsquery(text: string): string | null {
  const parts = text.match(/"[^"]*"|[\p{L}\p{N}]+\*?/gu) ?? [];
  const terms: string[] = [];
  for (const p of parts) {
    const prefix = p.endsWith('*');
    const words = p.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    const phrase = words.join(' <-> ');
    terms.push(prefix ? `${phrase}:*` : words.length > 1 ? `(${phrase})` : phrase);
  }
  return terms.length > 0 ? terms.join(' & ') : null;
}
