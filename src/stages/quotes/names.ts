/**
 * The document's own name candidates, for coreference without the actors stage: capitalised spans
 * (persons and organisations), with honorific or title before them and a gender when the text gives one.
 */
import { femaleWords, honorifics, maleWords, orgHeads, stopWords, titles } from './lexicon.js';

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
    while (words.length > 0 && /^(?:of|the|for|and|&)$/i.test(words.at(-1)!)) words = words.slice(0, -1);
    if (words.length === 0) continue;
    const name = words.join(' ').replace(/[’']s$/, '').replace(/\.$/, '');
    const end = start + name.length;
    const isOrg = words.some((w) => orgHeads.has(clean(w)));
    const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
    const prevWords = before.split(/[^a-z.-]+/).filter(Boolean);
    const prev = prevWords.at(-1)?.replace(/\.$/, '') ?? '';
    const gender = femaleWords.has(prev) ? 'female' : maleWords.has(prev) ? 'male' : null;
    const role = titles.has(prev) ? prev : null;
    if (!isOrg && words.length === 1 && !gender && !role && atSentenceStart(text, start)) continue;
    out.push({ name, start, end, kind: isOrg ? 'organization' : 'person', last: clean(words.at(-1)!), gender, role });
  }
  return out;
}

function clean(w: string): string {
  return w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
}

function atSentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)["“‘]?$/.test(text.slice(Math.max(0, at - 4), at));
}
