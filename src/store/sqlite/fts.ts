/** FTS5 match expressions built from a user's words (SQLite). */

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
