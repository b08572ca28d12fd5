/**
 * What a source's name reads as, for resolve-speaker.ts: a person's name (or a role standing for one), an
 * organisation, a country or capital, a group named by a proper noun; its gender; a surname's earlier full form.
 */
import type { Span } from '../../core/analysis.js';
import { sentenceAt, type DocView } from './document.js';
import { orgHeads, stopWords, titles, isCountryName, isCountryWord, isCapitalName, groupNouns, femaleForenames, femaleWords, maleForenames, maleWords, roleWords } from './lexicon.js';
import { isDateWord, type NameIndex, type NameMention } from './names.js';
import type { SourceDetails } from './speaker-details.js';
import { PARTICLES } from './name-tail.js';
import { startsUpper } from './letter-case.js';

/**
 * Whether an unnamed source still names a body of people by a proper noun ("Senate Democrats", "Ukrainian
 * officials" mid-sentence), which may stand as a group speaker; a bare description ("analysts", "Experts"
 * opening a sentence, "the judge") may not.
 */
export function namesGroup(doc: DocView, src: Span, display: string, midCaps: () => ReadonlySet<string>): boolean {
  const words = display.split(/\s+/);
  if (words.slice(1).some((w) => startsUpper(w))) return true;
  if (!startsUpper(words[0]!) || /^(?:the|a|an|some|many|most|several|other|two|three)$/i.test(words[0]!)) return false;
  // Opening a sentence, the capital proves nothing, unless the text also writes the word capitalised mid-sentence
  // ("Democrats said …" where "… asked Democrats …" comes elsewhere): then it is a proper noun.
  const opens = sentenceAt(doc, src.start)?.start === src.start;
  return !opens || midCaps().has(words[0]!);
}

/** Capitalised words the text writes after the first word of a sentence, outside quotes or not. */
export function midSentenceCapitals(doc: DocView): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) for (const t of s.tokens.slice(1)) if (t.cap && t.word) out.add(t.text);
  return out;
}

/** "the United Nations António Guterres": an organisation, then a person's full name, is that person. */
export function personAfterOrg(cls: string | null, d: SourceDetails, src: Span): boolean {
  const name = d.name ?? '';
  return cls === 'organization' && d.nameSpan !== null && d.nameSpan.start > src.start && name.split(/\s+/).length >= 2 && !name.split(/\s+/).some((w) => orgHeads.has(w.toLowerCase()));
}

/** "Jeffrey Lewis of the James Martin Center": a person's name opening an organisation-like source, its body after it. */
export function personBeforeOrg(cls: string | null, d: SourceDetails, src: Span, text: string): boolean {
  return cls === 'organization' && d.nameSpan !== null && d.affiliation !== null && d.affiliation.start > d.nameSpan.end && /^(?:(?:the|a|an)\s+)?(?:\S+\.?\s+)?$/i.test(text.slice(src.start, d.nameSpan.start)) && d.role === null;
}

/** The country or capital a source names ("China", "the U.S.", "Beijing"), else null. */
export function placeName(name: string): string | null {
  // Lower-case words before it ("the", "despite the") are not part of the place.
  const bare = name.trim().replace(/^(?:(?:[\p{Ll}]\S*|The)\s+)+/u, '').replace(/[,\s]+$/, '');
  return isCountryWord(bare) || isCountryName(bare) || isCapitalName(bare) ? bare : null;
}

/**
 * A speaker name that reads as an organisation, not a person: an all-capitals acronym ("NLD", "FBI Ops"), or a
 * definite article kept at its start ("The Ledger"). News text writes a person's name with neither.
 */
export function organisationLike(name: string): boolean {
  // A generational suffix ("Brent Bozell III", "Luther Pate IV") is no acronym.
  return /^the\s/i.test(name) || /(?:^|\s)(?!(?:II|III|IV|VI|VII|VIII)(?:\s|$))[\p{Lu}]{2,}(?:\s|$)/u.test(name);
}

/** One capitalised word that is a common plural ("Prosecutors", "Militants") or a weekday or month. */
export function notPersonWord(name: string): boolean {
  if (name.includes(' ')) return false;
  const w = name.toLowerCase();
  return groupNouns.has(w) || (w.endsWith('s') && roleWords.has(w.slice(0, -1))) || isDateWord(w);
}

const NOT_NAME_START = new Set([...stopWords, 'a', 'an', 'the', 'said', 'says']);

/** Leading words that cannot open a person's name ("Wherever Hillary Clinton", "of State") dropped; null when none is left. */
export function trimName(name: string): string | null {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length && !(PARTICLES.has(words[i]!) && i + 1 < words.length) && (!startsUpper(words[i]!) || NOT_NAME_START.has(words[i]!.toLowerCase()) || /ever$/i.test(words[i]!))) i++;
  return i < words.length ? words.slice(i).join(' ') : null;
}

/**
 * Whether a speaker name could be a person's: it opens with a capitalised word that is not a function word,
 * or it is a role description ("the Russian president", "a spokeswoman").
 */
export function personLike(name: string): boolean {
  if (trimName(name) === name) return true;
  const words = name.toLowerCase().split(/\s+/);
  return /^(?:the|a|an)$/.test(words[0]!) && (roleWords.has(words.at(-1)!) || titles.has(words.at(-1)!));
}

export function genderFrom(lower: string): 'male' | 'female' | null {
  const words = lower.split(/[^a-z]+/);
  const first = words.find((w) => maleForenames.has(w) || femaleForenames.has(w));
  if (first) return maleForenames.has(first) ? 'male' : 'female';
  if (words.some((w) => femaleWords.has(w))) return 'female';
  if (words.some((w) => maleWords.has(w))) return 'male';
  return null;
}

/** A surname mention's earlier full form ("Balkhi" → "Abdul Qahar Balkhi"). */
export function fullName(names: NameIndex, n: NameMention): string {
  if (n.name.includes(' ')) return n.name;
  return names.fullName(n.last, n.start, n.gender)?.name ?? n.name;
}
