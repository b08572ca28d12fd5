/**
 * The document's own name candidates, for coreference without the actors stage: capitalised spans
 * (persons and organisations), with honorific or title before them and a gender when the text gives one.
 */
import countries from 'i18n-iso-countries';
import { femaleForenames, femaleWords, honorifics, maleForenames, maleWords, orgHeads, places, stopWords, titles } from './lexicon.js';

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

const CAP_SPAN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|for|de|al|bin|van|von|der|da|and|&)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu;

export function findNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  CAP_SPAN.lastIndex = 0;
  for (let m = CAP_SPAN.exec(text); m; m = CAP_SPAN.exec(text)) {
    let words = m[0].split(/\s+/);
    let start = m.index;
    // Leading function words ("The", "But") and titles are not part of a name.
    while (words.length > 0 && (stopWords.has(words[0]!.toLowerCase()) || honorifics.has(clean(words[0]!)) || titles.has(clean(words[0]!)))) {
      start += words[0]!.length + (text.slice(start + words[0]!.length).match(/^\s+/)?.[0].length ?? 0);
      words = words.slice(1);
    }
    // A span never crosses a sentence end ("… in Vermont. Sanders …") or a possessive ("Carolina’s Republican").
    const stop = words.findIndex((w, i) => i < words.length - 1 && ((/\.$/.test(w) && w.length > 2 && !honorifics.has(clean(w)) && !titles.has(clean(w))) || /[’']s$/.test(w)));
    if (stop >= 0) words = words.slice(0, stop + 1);
    while (words.length > 0 && /^(?:of|the|for|and|&)$/i.test(words.at(-1)!)) words = words.slice(0, -1);
    if (words.length === 0) continue;
    const name = words.join(' ').replace(/[’']s$/, '').replace(/\.$/, '');
    const end = start + name.length;
    const isOrg = words.some((w) => orgHeads.has(clean(w)));
    const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
    const prevWords = before.split(/[^a-z.-]+/).filter(Boolean);
    const prev = prevWords.at(-1)?.replace(/\.$/, '') ?? '';
    const first = clean(words[0]!);
    const gender = femaleWords.has(prev) || femaleForenames.has(first) ? 'female' : maleWords.has(prev) || maleForenames.has(first) ? 'male' : null;
    const role = titles.has(prev) ? prev : null;
    if (words.some((w) => NOT_NAMES.has(clean(w))) || places.has(name.toLowerCase()) || countries.getAlpha3Code(name, 'en')) continue;
    if (/ing$/.test(first) || words.some((w) => w === 'and' || w === '&')) continue;
    // A single capitalised word is a person only with an honorific or title ("Mr. Cruz", "Sen. Cruz"), or as the surname of an earlier full name.
    if (!isOrg && words.length === 1 && !gender && !role && !out.some((o) => o.kind === 'person' && o.last === clean(words[0]!) && o.name.includes(' '))) continue;
    out.push({ name, start, end, kind: isOrg ? 'organization' : 'person', last: clean(words.at(-1)!), gender, role });
  }
  return out;
}

/** Capitalised words that never name a person: party labels, days, months, holidays. */
const NOT_NAMES = new Set('republican republicans democrat democrats democratic gop conservative liberal independent american americans monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter'.split(' '));

function clean(w: string): string {
  return w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
}

