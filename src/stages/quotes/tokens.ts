import { WordRegExp } from '../../core/word-regexp.js';
import { startsUpper } from './letter-case.js';

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

// Built as written only for a text with letters outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const TOKEN = new WordRegExp(String.raw`[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*|\S`, 'gu');
/** Clitics become tokens of their own ("he’s" → he + ’s; "don’t" stays whole) so pronouns stay recognisable. */
const CLITIC = /^(.+?)(['’](?:s|ll|re|ve|d|m))$/i;

/**
 * Tokens of text[start, end).
 * @example tokenize('He said, “No.”') // He · said · , · “ · No · . · ”
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const body = text.slice(start, end);
  const token = TOKEN.for(body);
  token.lastIndex = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    const at = start + m.index;
    // Most tokens hold no apostrophe, which every clitic starts with: the expression (a lazy, backtracking scan) runs only on the others.
    const c = m[0].length > 2 && (m[0].includes("'") || m[0].includes('’')) ? CLITIC.exec(m[0]) : null;
    if (c) {
      out.push(make(c[1]!, at));
      out.push(make(c[2]!, at + c[1]!.length));
    } else out.push(make(m[0], at));
  }
  return out;
}

function make(t: string, at: number): Token {
  // ASCII first characters (most tokens) are classed by code; the Unicode properties decide the rest.
  const c = t.charCodeAt(0);
  const cap = c < 128 ? c >= 65 && c <= 90 : startsUpper(t);
  const word = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : /^[\p{L}\p{N}]/u.test(t);
  return { text: t, lower: t.toLowerCase(), start: at, end: at + t.length, cap, word };
}

export const OPEN_QUOTES = '“„‟«‹‘"\'';
export const QUOTE_CHARS = /["“”„‟«»‹›'‘’]/;
export function isQuoteChar(t: string): boolean {
  return t.length === 1 && QUOTE_CHARS.test(t);
}
