import { hash } from 'node:crypto';
import type { Statement } from '../../core/types.js';

/** Words in a quote below which the text alone does not identify a statement ("We will not"). */
const SHORT_QUOTE_WORDS = 8;

/** Lower-case letters and digits only: quote marks, dashes and spacing differ between outlets. */
export function normalizeText(text: string): string {
  return normalizeWords(text).words;
}

/** The definition: NFKD, lower case, runs of Unicode letters and digits joined by one space. */
function normalizeSlow(text: string): string {
  return (text.normalize('NFKD').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Characters outside ASCII that news text is full of (typographic quotes, dashes, no-break spaces,
 * the ellipsis) and that NFKD leaves without a letter or digit: to normalizeSlow they only separate
 * words. statement-key.test.ts checks each against the definition.
 */
export const SEPARATORS_BEYOND_ASCII = new Set([0x00a0, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2026, 0x2032, 0x2033, 0x00ab, 0x00bb, 0x2022, 0x00b7, 0x202f, 0x2009]);

/**
 * normalizeSlow's result and its word count. Runs once per statement on the thread that also writes
 * the database and feeds the workers: most statements are ASCII plus typographic punctuation, which is
 * read in one pass here (the same words as the definition, which still handles every other text).
 */
export function normalizeWords(text: string): { words: string; count: number } {
  const lower = text.toLowerCase();
  let out = '';
  let count = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (start < 0) start = i;
      continue;
    }
    if (c >= 0x80 && !SEPARATORS_BEYOND_ASCII.has(c)) {
      const words = normalizeSlow(text);
      return { words, count: words ? words.split(' ').length : 0 };
    }
    if (start >= 0) {
      out = count === 0 ? lower.slice(start, i) : `${out} ${lower.slice(start, i)}`;
      count++;
      start = -1;
    }
  }
  return { words: out, count };
}

/**
 * The key under which outlets reporting the same statement meet. A long quote is identified by its
 * words; a short one also needs the speaker and the day, or every "We will not accept this" would merge.
 */
export function statementKey(statement: Statement, date: string | null): string {
  const { words, count } = normalizeWords(statement.content.text);
  const basis = count >= SHORT_QUOTE_WORDS ? `q:${words}` : `s:${words}|${normalizeText(statement.speaker?.name ?? statement.speaker?.text ?? '')}|${date ?? ''}`;
  return hash('sha256', basis, 'hex').slice(0, 32);
}

/** For the equivalence test: the definition, unoptimised. */
export const normalizeTextReference = normalizeSlow;
