/**
 * Letter-case tests the finders run on words and token texts, each EXACTLY the Unicode expression named in its
 * comment, decided from the character codes when the characters looked at are ASCII and by that expression
 * otherwise. Why: an expression with `\p{Lu}` or `\p{Ll}` is slow to build (V8 expands the class into its hundreds
 * of ranges and compiles them, in every worker thread) and slow to run (each character is searched in those
 * ranges), and most words of an English text are ASCII, where A-Z and a-z are exactly the upper- and lower-case
 * letters. The expressions are built only the first time a word needs them (letter-case.test.ts compares every
 * helper with its expression).
 */
import { WordRegExp } from '../../core/word-regexp.js';

let upperStart: RegExp | undefined;
let lowerStart: RegExp | undefined;
let upperOrDigitStart: RegExp | undefined;
let capitals: RegExp | undefined;

/** /^[\p{Lu}]/u: the text starts with an upper-case letter. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return (upperStart ??= /^[\p{Lu}]/u).test(text);
}

/** /^[\p{Ll}]/u: the text starts with a lower-case letter. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return (lowerStart ??= /^[\p{Ll}]/u).test(text);
}

/** /^[\p{Lu}\p{N}]/u: the text starts with an upper-case letter or a digit. */
export function startsUpperOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (upperOrDigitStart ??= /^[\p{Lu}\p{N}]/u).test(text);
}

/** /^[\p{Lu}]{2,}$/u: two or more upper-case letters and nothing else ("NATO", "UN"). */
export function allCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return (capitals ??= /^[\p{Lu}]{2,}$/u).test(text);
    if (c < 65 || c > 90) return false;
  }
  return text.length >= 2;
}

const WORDS = new WordRegExp(String.raw`[\p{L}\p{N}]+`, 'gu');

/** text.match(/[\p{L}\p{N}]+/gu) ?? []: the runs of letters and digits. */
export function letterRuns(text: string): string[] {
  return text.match(WORDS.for(text)) ?? [];
}

/**
 * w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, ''): a word lower-cased, without a possessive "'s" and then
 * without a final period ("Obama’s" → "obama", "Sen." → "sen"). From the last characters, not three expressions:
 * names.ts and name-tail.ts ask it for every word of every capitalised span, several times.
 */
export function bareLower(w: string): string {
  let l = w.toLowerCase();
  const n = l.length;
  if (n >= 2 && l.charCodeAt(n - 1) === 115 && (l.charCodeAt(n - 2) === 39 || l.charCodeAt(n - 2) === 0x2019)) l = l.slice(0, n - 2);
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
}
