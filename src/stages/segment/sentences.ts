import type { Sentence, Span } from '../../core/analysis.js';
import lexicon from './data/abbreviations.json' with { type: 'json' };
import { asciiWorded, WordRegExp } from '../../core/word-regexp.js';

const titles = new Set(lexicon.titles);
const months = new Set(lexicon.months);
const other = new Set(lexicon.other);
const starters = new Set(lexicon.sentenceStarters);

/** Candidate ends: terminal punctuation, then closing quotes/brackets, then white space. */
const END = /[.!?…]+["'”’»)\]]*(?=\s)/g;
// Built as written only for a paragraph with letters outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const WORD_BEFORE = new WordRegExp(String.raw`([\p{L}\p{N}.'’-]+)$`, 'u');
const INITIAL = new WordRegExp(String.raw`^[\p{L}]$`, 'u');
const INITIALS = new WordRegExp(String.raw`^([\p{L}]\.)+[\p{L}]$`, 'u');
const TRAILING = new WordRegExp(String.raw`[^\p{L}\p{N}]+$`, 'u');

/**
 * Sentences of one paragraph as offsets into `text`.
 * @example splitSentences('Mr. Li said so. He left.', { start: 0, end: 24 }, 0) // two sentences
 */
export function splitSentences(text: string, paragraph: Span, index: number): Sentence[] {
  // A line break inside a paragraph always ends a sentence (lists of voices, verse, wrapped headlines).
  const out: Sentence[] = [];
  let lineStart = paragraph.start;
  for (let i = paragraph.start; i <= paragraph.end; i++) {
    if (i === paragraph.end || text[i] === '\n') {
      out.push(...splitLine(text, { start: lineStart, end: i }, index));
      lineStart = i + 1;
    }
  }
  return out;
}

/**
 * Sentences run together without a space ("… met Lukashenko.He said …", a copy-and-paste slip): a period
 * after two lower-case letters, then a capitalised word. Not inside a web address or e-mail ("video.Foxnews.com").
 */
const GLUED = /(?<=[\p{Ll}][\p{Ll}]["'”’»)\]]?)[.!?]["'”’»)\]]*(?=[\p{Lu}][\p{Ll}])/gu;

function gluedBoundary(body: string, at: number, end: number): boolean {
  const before = /\S*$/.exec(body.slice(Math.max(0, at - 60), at))?.[0] ?? '';
  const after = /^\S*/.exec(body.slice(end))?.[0] ?? '';
  if (/[./@:\\]/.test(before) || /\.[\p{L}]/u.test(after)) return false;
  const word = /[\p{L}]+$/u.exec(before)?.[0].toLowerCase() ?? '';
  return !titles.has(word) && !months.has(word) && !other.has(word);
}

function splitLine(text: string, paragraph: Span, index: number): Sentence[] {
  const out: Sentence[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  let from = 0;
  const ends: { at: number; end: number; punct: string; glued: boolean }[] = [];
  END.lastIndex = 0;
  for (let m = END.exec(body); m; m = END.exec(body)) ends.push({ at: m.index, end: m.index + m[0].length, punct: m[0], glued: false });
  if (/[\p{Ll}]["'”’»)\]]?[.!?]["'”’»)\]]*[\p{Lu}]/u.test(body)) for (const m of body.matchAll(GLUED)) ends.push({ at: m.index, end: m.index + m[0].length, punct: m[0], glued: true });
  ends.sort((a, b) => a.at - b.at);
  for (const e of ends) {
    const end = e.end;
    if (e.glued ? !gluedBoundary(body, e.at, end) : !isBoundary(body, e.at, e.punct, end)) continue;
    pushTrimmed(out, text, paragraph.start + from, paragraph.start + end, index);
    from = end;
  }
  pushTrimmed(out, text, paragraph.start + from, paragraph.end, index);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** Whether the punctuation at `at` ends a sentence: not after an abbreviation or initial, and a new sentence can start next. */
function isBoundary(body: string, at: number, punct: string, end: number): boolean {
  const next = /^\s+(\S+)/.exec(body.slice(end));
  if (!next) return true;
  const nextWord = next[1]!;
  // A sentence starts with a capital, a digit or an opening quote/bracket; "said. he" is a typo-level case we accept losing.
  if (!/^["'“‘«([]*[\p{Lu}\p{N}]/u.test(nextWord)) return false;
  if (punct[0] !== '.' || punct.length > 1 && /[”’"']/.test(punct)) return true;
  // Every part of an ASCII-worded paragraph is ASCII-worded.
  const ascii = asciiWorded(body);
  const before = WORD_BEFORE.pick(ascii).exec(body.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const word = before.toLowerCase();
  if (word === '') return true;
  // Initials ("John F. Kennedy", "J. K.") and dotted acronyms ("U.S.", "D.C."): only a clear sentence opener after them ends a sentence.
  if (INITIAL.pick(ascii).test(before) || INITIALS.pick(ascii).test(before)) return starters.has(stripQuotes(nextWord, ascii).toLowerCase());
  if (titles.has(word)) return false;
  if (months.has(word)) return /^[\p{N}]/u.test(nextWord) ? false : starters.has(stripQuotes(nextWord, ascii).toLowerCase());
  if (other.has(word)) return starters.has(stripQuotes(nextWord, ascii).toLowerCase());
  return true;
}

/** `w` without its opening quotes and trailing non-word characters (`ascii`: asciiWorded() of it or of a text holding it). */
function stripQuotes(w: string, ascii: boolean): string {
  return w.replace(/^["'“‘«([]+/, '').replace(TRAILING.pick(ascii), '');
}
