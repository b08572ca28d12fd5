const OPEN = /^["“„«‘‚'‹「『]/u;
const CLOSE = /["”“»’'›」』]$/u;

/**
 * True when a quote's text carries its own quotation marks at both ends (a direct quote's content
 * keeps the marks of its source): the card then shows them as they are instead of wrapping the
 * text in a second pair ("“"We call…"”").
 */
export function hasOwnQuoteMarks(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && OPEN.test(t) && CLOSE.test(t);
}
