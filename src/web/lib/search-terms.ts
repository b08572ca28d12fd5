/**
 * Where the words of a search occur in a quote, so result cards can mark them. Mirrors the store's
 * full-text rules (src/store/sqlite/fts.ts): words are runs of letters and digits, compared without
 * case or accents; "a phrase" matches those words in a row; a word ending in * matches as a prefix.
 */
import type { Mark } from './highlight.js';

interface Term {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Case- and accent-folded, as FTS5's unicode61 tokenizer with remove_diacritics compares words. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** @example searchTerms('sanction* "peaceful means"') // [{ words: ['sanction'], prefix: true }, { words: ['peaceful', 'means'], prefix: false }] */
export function searchTerms(query: string): Term[] {
  const out: Term[] = [];
  for (const part of query.match(/"[^"]*"?|[\p{L}\p{N}]+\*?/gu) ?? []) {
    const words = (part.match(WORD) ?? []).map(fold);
    if (words.length > 0) out.push({ words, prefix: !part.startsWith('"') && part.endsWith('*') });
  }
  return out;
}

/** Marks (kind "hit") over every occurrence of the query's words and phrases in `text`. */
export function searchHits(text: string, query: string): Mark[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const tokens = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: fold(m[0]) }));
  const marks: Mark[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const t of terms) {
      const last = t.words.length - 1;
      const matches = t.words.every((w, k) => {
        const token = tokens[i + k];
        return token !== undefined && (t.prefix && k === last ? token.word.startsWith(w) : token.word === w);
      });
      if (matches) marks.push({ start: tokens[i]!.start, end: tokens[i + last]!.end, kind: 'hit' });
    }
  }
  return marks;
}
