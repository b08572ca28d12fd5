import functionWords from './data/function-words.json' with { type: 'json' };
import { WordRegExp } from '../../core/word-regexp.js';

const LISTS: ReadonlyArray<[string, ReadonlySet<string>]> = Object.entries(functionWords)
  .filter(([k, v]) => k !== 'about' && Array.isArray(v))
  .map(([k, v]) => [k, new Set(v as string[])]);

// Each word's languages (indices into LISTS), so the text is read once rather than once per language.
const LANGUAGES_OF = new Map<string, number[]>();
LISTS.forEach(([, set], k) => {
  for (const w of set) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), k]);
});

// Under this many words, or this share of function words, the text does not establish a language.
const MIN_WORDS = 20;
const MIN_SHARE = 0.12;

// Built as written only for a text with letters outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const WORDS = new WordRegExp(String.raw`[\p{L}]+`, 'gu');

/**
 * The language whose function words make up the largest share of the text (ISO 639-1), or null
 * when the text is too short or no list reaches MIN_SHARE: a coarse guess for text without tags.
 */
export function detectLanguage(text: string): string | null {
  const lower = text.slice(0, 20_000).toLowerCase();
  const words = lower.match(WORDS.for(lower)) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hits = new Array<number>(LISTS.length).fill(0);
  for (const w of words) for (const k of LANGUAGES_OF.get(w) ?? []) hits[k]!++;
  let best: [string, number] | null = null;
  for (const [k, [lang]] of LISTS.entries()) {
    const share = hits[k]! / words.length;
    if (share >= MIN_SHARE && (!best || share > best[1])) best = [lang, share];
  }
  return best?.[0] ?? null;
}
