/** Quoted spans that are not anyone's words: scare quotes, titles, nicknames, words named as words. */
import type { DocView } from './document.js';
import type { Quoted } from './quote-marks.js';
import { WordRegExp } from '../../core/word-regexp.js';
import { startsUpperOrDigit } from './letter-case.js';

const NAMING = /\b(?:so-called|so called|called|dubbed|named|titled|entitled|nicknamed|known as|labell?ed|branded|term(?:ed)?|the word|words?|phrase|slogan|hashtag|headlined|billed as|styled|referred to as|the show|the film|the book|the song|the album|the series|the program|the programme|the movie|the play|the novel|the article|the column|the essay|the podcast|the episode)\s*$/i;
// Built as written only for a text with letters outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const WORDS = new WordRegExp(String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*`, 'gu');
// "said on ABC's “This Week with George Stephanopoulos.”": a title-case span governed by "on NETWORK's" names a
// programme, however long (the four-word cap below guards sentences that merely start each word upper-case).
const ON_PROGRAMME = /\bon\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?\s*$/;
const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is']);

/**
 * A scare quote, title or nickname: named by a preceding "so-called"/"dubbed"/"the book", or a short
 * title-case phrase without sentence punctuation ("Morning Edition", "Saturday Night Live").
 */
export function isNonQuote(doc: DocView, q: Quoted): boolean {
  const inner = doc.text.slice(q.start + 1, q.closed ? q.end - 1 : q.end).trim();
  const before = doc.text.slice(Math.max(0, q.start - 40), q.start);
  if (NAMING.test(before)) return true;
  const words = inner.match(WORDS.for(inner)) ?? [];
  if (words.length === 0) return true;
  const capitalised = words.every((w) => startsUpperOrDigit(w) || SMALL.has(w.toLowerCase()));
  const titleCase = words.length <= 8 && capitalised && !/[.!?]["”’]?$/.test(inner);
  // "on “Fox News Sunday.”", "the show “The Apprentice.”": US style puts the sentence's period inside the marks,
  // so a short title-case span closed by a period is still a title. Not "?" or "!" (“Who Knows?”).
  const titleWithPeriod = (words.length <= 4 || (words.length <= 8 && ON_PROGRAMME.test(before))) && capitalised && /[^.][.]$/.test(inner) && !/[.!?]/.test(inner.slice(0, -1));
  return (titleCase || titleWithPeriod) && words.length > 1;
}
