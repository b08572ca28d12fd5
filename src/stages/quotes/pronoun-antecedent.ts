/**
 * Helpers for he/she coreference: which earlier names can be a person at all, and which were the subject
 * of their clause (news style: "Rep. Ada Obi didn't second-guess the ruling. He …" continues the subject).
 */
import { WordRegExp } from '../../core/word-regexp.js';
import { sentenceAt, type DocView } from './document.js';
import { cueForms, cueModifiers, femaleForenames, honorifics, maleForenames, roleWords, stopWords, titles } from './lexicon.js';
import { PARTICLES } from './name-tail.js';
import { startsUpper } from './letter-case.js';

// In ASCII form on an ASCII-worded text (core/word-regexp.ts): the same words, matched ~3× faster.
const LOWER_WORD = new WordRegExp(String.raw`(?<![\p{L}'’-])[\p{Ll}][\p{Ll}'’-]*`, 'gu');

/** Every word the document writes in lower case at least once ("talk", "state", "others"). */
export function lowerCaseWords(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  const re = LOWER_WORD.for(text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[0]);
  return out;
}

/**
 * Whether a capitalised span can be a person's name: a known forename opens it, or none of its words is
 * written in lower case elsewhere in the document. Capitalised common words at a sentence start ("Talk
 * Bernie …", "Absent Trump …"), titles of works ("Dirty Dancing"), nicknames of places ("Sunshine State")
 * and capitalised plurals ("Others", "Millennials") fail: the article uses those words as common words.
 */
export function plausiblePerson(name: string, lower: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/).map((w) => w.replace(/[’']s$/, '').replace(/\.$/, ''));
  const first = words[0]?.toLowerCase() ?? '';
  if (maleForenames.has(first) || femaleForenames.has(first) || honorifics.has(first)) return true;
  return words.every((w) => {
    const l = w.toLowerCase();
    return PARTICLES.has(w) || !startsUpper(w) || titles.has(l) || !lower.has(l);
  });
}

/** Connectives and clause openers that may stand between a clause boundary and its subject. */
const OPENERS = new Set(['and', 'but', 'so', 'yet', 'then', 'also', 'still', 'meanwhile', 'however', 'when', 'while', 'after', 'before', 'because', 'though', 'although', 'as', 'since', 'if', 'that', 'where']);

/**
 * Whether the name at [start, end) is the subject of its clause: outside quotes, preceded since the last
 * clause boundary (sentence start, comma, semicolon, dash, connective) only by titles, honorifics,
 * determiners and capitalised words of a title ("House Speaker"), and not a possessive ("Trump's plan").
 */
export function isClauseSubject(doc: DocView, start: number, end: number): boolean {
  const s = sentenceAt(doc, start);
  if (!s) return false;
  const at = s.tokens.findIndex((t) => t.start >= start);
  if (at < 0 || s.quoteOf[at] !== -1) return false;
  const after = s.tokens.find((t) => t.start >= end);
  if (after && /^['’]s$/.test(after.text)) return false;
  for (let k = at - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (/^[,;:—–(]$/.test(t.text) || OPENERS.has(t.lower)) return true;
    if (!t.word) {
      if (t.text === '.') continue;
      return false;
    }
    if (t.cap || titles.has(t.lower) || roleWords.has(t.lower) || honorifics.has(t.lower) || /^(?:the|a|an|former|then|of|for|acting|late)$/.test(t.lower)) continue;
    if (stopWords.has(t.lower)) return false;
    return false;
  }
  return true;
}

/**
 * Whether the name ending at `end` is followed by a reporting or stance verb of its own ("Nunes didn't
 * second-guess …", "Obi, a farmer, told …"): skips an appositive between commas and auxiliaries/adverbs.
 */
export function verbFollows(doc: DocView, end: number): boolean {
  const s = sentenceAt(doc, end - 1);
  if (!s) return false;
  let k = s.tokens.findIndex((t) => t.start >= end);
  if (k < 0) return false;
  if (s.tokens[k]!.text === ',' || s.tokens[k]!.text === '(') {
    const close = s.tokens.findIndex((t, i) => i > k && (t.text === ',' || t.text === ')'));
    if (close < 0 || close - k > 14) return false;
    k = close + 1;
  }
  for (let n = 0; k < s.tokens.length && n < 4; k++, n++) {
    const t = s.tokens[k]!;
    if (!t.word) return false;
    if (cueForms.has(t.lower)) return true;
    if (!cueModifiers.has(t.lower) && !/^(?:is|was|has|had|have|will|would|did|does|do|not|n't|also|then|later)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * Gender the article itself gives each surname: the first he/him/his or she/her/hers after a full-name
 * mention, in its sentence or the next, with no other name between ("Ada Obi … She said"), by majority.
 */
export function pronounGenders(doc: DocView, names: readonly { name: string; start: number; end: number; last: string; kind: string }[]): Map<string, 'male' | 'female'> {
  const votes = new Map<string, number>();
  names.forEach((n, i) => {
    if (n.kind !== 'person' || !n.name.includes(' ')) return;
    const s = sentenceAt(doc, n.start);
    if (!s) return;
    const next = doc.sentences[s.index + 1];
    const limit = Math.min(names[i + 1]?.start ?? Infinity, next && next.paragraph === s.paragraph ? next.end : s.end);
    const m = /\b(?:(he|him|his)|(she|her|hers))\b/i.exec(doc.text.slice(n.end, limit));
    if (!m) return;
    votes.set(n.last, (votes.get(n.last) ?? 0) + (m[1] ? 1 : -1));
  });
  const out = new Map<string, 'male' | 'female'>();
  for (const [last, v] of votes) if (v !== 0) out.set(last, v > 0 ? 'male' : 'female');
  return out;
}
