/**
 * The document's own name candidates, for coreference without the actors stage: capitalised spans
 * (persons and organisations), with honorific or title before them and a gender when the text gives one.
 */
import { WordRegExp } from '../../core/word-regexp.js';
import { bareLower } from './letter-case.js';
import { nameStart } from './name-tail.js';
import { femaleForenames, isCountryName, femaleWords, honorifics, maleForenames, maleWords, notNameStarts, orgHeads, places, stopWords, titles } from './lexicon.js';

export interface NameMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'person' | 'organization';
  /** Last word, lower case ("balkhi"), for surname matching. */
  readonly last: string;
  readonly gender: 'male' | 'female' | null;
  /** Role words right before the name ("spokesman", "president"). */
  readonly role: string | null;
}

/** A capitalised word; its period may not glue two sentences together ("Lukashenko.He"). */
const CAP_WORD = "\\p{Lu}(?:[\\p{L}'’-]|\\.(?!(?<=\\p{Ll}\\p{Ll}\\.)\\p{Lu}\\p{Ll}))*";
// Words of one name are separated by spaces on one line: a line break ends it (a headline before the first paragraph).
// Run in ASCII form on a text whose letters are all ASCII (core/word-regexp.ts): ~8× faster to match there, and cheap to build.
const CAP_SPAN = new WordRegExp(`${CAP_WORD}(?:[^\\S\\n]+(?:(?:of|the|for|de|al|bin|van|von|der|da|and|&)[^\\S\\n]+)*${CAP_WORD})*`, 'gu');

export function findNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  const fullSurnames = new Set<string>();
  const capSpan = CAP_SPAN.for(text);
  capSpan.lastIndex = 0;
  for (let m = capSpan.exec(text); m; m = capSpan.exec(text)) {
    let words = m[0].split(/\s+/);
    let start = m.index;
    // Leading function words ("The", "But") and titles are not part of a name.
    while (words.length > 0 && leadingWord(words[0]!)) {
      start += words[0]!.length + (text.slice(start + words[0]!.length).match(/^\s+/)?.[0].length ?? 0);
      words = words.slice(1);
    }
    // A span never crosses a sentence end ("… in Vermont. Sanders …") or a possessive ("Carolina’s Republican");
    // initials ("T.S. Tirumurti", "J. Smith") do not end a sentence.
    const stop = words.findIndex((w, i) => i < words.length - 1 && ((/\.$/.test(w) && w.length > 2 && !honorifics.has(clean(w)) && !titles.has(clean(w)) && !/^(?:[\p{Lu}]\.)+$/u.test(w)) || /[’']s$/.test(w)));
    if (stop >= 0) {
      // Scan again from the word after the cut, so "Carter. Peter Smith" still yields "Peter Smith".
      capSpan.lastIndex = text.indexOf(words[stop + 1]!, start + words.slice(0, stop + 1).join(' ').length);
      words = words.slice(0, stop + 1);
    }
    while (words.length > 0 && /^(?:of|the|for|and|&)$/i.test(words.at(-1)!)) words = words.slice(0, -1);
    if (words.length === 0) continue;
    // "Secretary of State Marco Rubio", "Resident Coordinator for Myanmar Andrew Kirkwood": a person's name is
    // the run of name words at the end; the office or description before it is not part of it.
    if (!words.some((w) => orgHeads.has(clean(w)))) {
      const k = nameStart(words);
      if (k > 0 && k < words.length) {
        for (const w of words.slice(0, k)) start += w.length + (text.slice(start + w.length).match(/^\s+/)?.[0].length ?? 0);
        words = words.slice(k);
      }
    }
    const name = words.join(' ').replace(/[’']s$/, '').replace(/\.$/, '');
    const end = start + name.length;
    const isOrg = words.some((w) => orgHeads.has(clean(w)));
    const prev = lastWord(text.slice(Math.max(0, start - 40), start).toLowerCase()).replace(/\.$/, '');
    const first = clean(words[0]!);
    const gender = femaleWords.has(prev) || femaleForenames.has(first) ? 'female' : maleWords.has(prev) || maleForenames.has(first) ? 'male' : null;
    const role = titles.has(prev) ? prev : null;
    if (words.some((w) => NOT_NAMES.has(clean(w))) || places.has(name.toLowerCase()) || isCountryName(name)) continue;
    if (/ing$/.test(first) || words.some((w) => w === 'and' || w === '&')) continue;
    // A single capitalised word is a person only with an honorific or title ("Mr. Cruz", "Sen. Cruz"), or as the surname of an earlier full name.
    if (!isOrg && words.length === 1 && !gender && !role && !fullSurnames.has(clean(words[0]!))) continue;
    if (!isOrg && words.length > 1) fullSurnames.add(clean(words.at(-1)!));
    out.push({ name, start, end, kind: isOrg ? 'organization' : 'person', last: clean(words.at(-1)!), gender, role });
  }
  return out;
}

/** A function word, connective, -ly adverb (not a forename), honorific or title opening a capitalised span. */
function leadingWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (stopWords.has(lower) || LEADING.has(lower) || notNameStarts.has(lower)) return true;
  const bare = clean(w);
  return (/ly$/i.test(w) && !maleForenames.has(bare) && !femaleForenames.has(bare)) || honorifics.has(bare) || titles.has(bare);
}

/**
 * before.split(/[^a-z.-]+/).filter(Boolean).at(-1) ?? '': the last run of a-z, "." and "-" in `before`, read
 * backwards from its end instead of splitting all of it (once per capitalised span of the document).
 */
export function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && !wordChar(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && wordChar(before.charCodeAt(start - 1))) start--;
  return before.slice(start, end);
}

function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 46 || c === 45;
}

/** Sentence-opening prepositions and connectives written with a capital ("Like Lutnick, …", "Given China's …"); -ly adverbs are caught by their ending. */
const LEADING = new Set('like unlike given despite following amid including according asked meanwhile however still yet'.split(' '));

/** Capitalised words that never name a person: party labels, days, months, holidays. */
const NOT_NAMES = new Set('republican republicans democrat democrats democratic gop conservative liberal independent american americans monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter'.split(' '));

/** A weekday or month name ("Tuesday", "March"), lower case. */
export function isDateWord(lower: string): boolean {
  return DATE_WORDS.test(lower);
}
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

const clean = bareLower;


/** Name mentions in text order, with the look-ups coreference needs in logarithmic or constant time. */
export class NameIndex {
  /** Each surname's full names, first mention of each, in text order. */
  private readonly fulls = new Map<string, NameMention[]>();
  private byLast: Map<string, number[]> | undefined;

  constructor(readonly names: readonly NameMention[]) {
    for (const n of names) {
      if (n.kind !== 'person' || !n.name.includes(' ')) continue;
      const list = this.fulls.get(n.last);
      if (!list) this.fulls.set(n.last, [n]);
      else if (!list.some((x) => x.name === n.name)) list.push(n);
    }
  }

  /** Index of the first mention starting at or after `at`. */
  lowerBound(at: number): number {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions ending before `at`, nearest first, while `keep` holds for them. */
  *before(at: number, keep: (n: NameMention) => boolean): Generator<NameMention> {
    for (let i = this.lowerBound(at) - 1; i >= 0; i--) {
      const n = this.names[i]!;
      if (!keep(n)) return;
      if (n.end <= at) yield n;
    }
  }

  /** Mentions inside [start, end). */
  within(start: number, end: number): NameMention[] {
    const out: NameMention[] = [];
    for (let i = this.lowerBound(start); i < this.names.length && this.names[i]!.start < end; i++) if (this.names[i]!.end <= end) out.push(this.names[i]!);
    return out;
  }

  /** Mentions whose last word is `last`, ending before `at` (a binary search in a per-surname list). */
  countBefore(last: string, at: number): number {
    if (!this.byLast) {
      this.byLast = new Map();
      for (const n of this.names) {
        const list = this.byLast.get(n.last) ?? [];
        list.push(n.end);
        this.byLast.set(n.last, list);
      }
    }
    const ends = this.byLast.get(last);
    if (!ends) return 0;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The earliest full name ("Abdul Qahar Balkhi") whose surname is `last`, mentioned before `at`; given a
   * gender ("Mrs. Clinton"), the earliest one whose forename does not show the other ("Hillary Clinton", not
   * "Bill Clinton").
   */
  fullName(last: string, at: number, gender: 'male' | 'female' | null = null): NameMention | undefined {
    const list = this.fulls.get(last.toLowerCase());
    const n = gender ? list?.find((x) => x.gender === null || x.gender === gender) : list?.[0];
    return n && n.start < at ? n : undefined;
  }
}
