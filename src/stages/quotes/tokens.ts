/** Word and punctuation tokens with offsets into the text. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  readonly word: boolean;
}

// Clitics are tokens of their own ("he’s" → he + ’s, "don’t" stays whole) so pronouns stay recognisable.
const TOKEN = /['’](?:s|ll|re|ve|d|m)\b|[\p{L}\p{N}]+?(?=['’](?:s|ll|re|ve|d|m)\b)|[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*|\S/giu;

/**
 * Tokens of text[start, end).
 * @example tokenize('He said, “No.”') // He · said · , · “ · No · . · ”
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const body = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const t = m[0];
    const word = /^[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length, cap: /^\p{Lu}/u.test(t), word });
  }
  return out;
}

export const OPEN_QUOTES = '“„‟«‹‘"\'';
export const QUOTE_CHARS = /["“”„‟«»‹›'‘’]/;
export function isQuoteChar(t: string): boolean {
  return t.length === 1 && QUOTE_CHARS.test(t);
}
