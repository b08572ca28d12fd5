/**
 * In-document coreference for sources, in document order: full names and surnames, he/she (previous
 * speaker of that gender, else the nearest compatible name 0–3 paragraphs back), they/we (last group or
 * organisation), "the statement"/"it" (the issuer of the last statement), "the spokesman" (the last
 * person with that role), who/which (the phrase before). Each result says why, and which candidates lost.
 */
import countries from 'i18n-iso-countries';
import type { Span } from '../../core/analysis.js';
import type { SpeakerType, TextSpan } from '../../core/types.js';
import type { DocView } from './document.js';
import type { Found } from './found.js';
import { documentNouns, femaleForenames, femaleWords, maleForenames, maleWords, personPronouns, roleWords } from './lexicon.js';
import { findNames, type NameMention } from './names.js';
import { sourceDetails, type SourceDetails } from './speaker-details.js';

export interface Resolved {
  readonly speakerName: string | null;
  readonly type: SpeakerType;
  readonly antecedent: TextSpan | null;
  readonly details: SourceDetails;
  readonly why: string;
  readonly alternatives: readonly string[];
  /** A statement/document this source stands for, with the channel it was issued on. */
  readonly issued?: Issued;
}

export interface Issued {
  readonly noun: string;
  readonly issuer: TextSpan | null;
  readonly issuerName: string | null;
  readonly at: number;
}

interface Speaker {
  readonly name: string;
  readonly span: Span;
  readonly type: SpeakerType;
  readonly gender: 'male' | 'female' | null;
  readonly role: string | null;
  readonly paragraph: number;
}

const ISSUE = /\b((?:[A-Z][\w’'.-]*|the|of|for|in)(?:\s+(?:[A-Z][\w’'.-]*|of|for|in|the|government|ministry|office|spokesman|spokeswoman))*)\s+(?:has\s+|had\s+)?(?:issued|released|posted|published|put out|sent|shared|tweeted)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(statement|letter|tweet|message|release|communiqu[eé]|memo|post|video|note)\b/g;

export function resolveSpeakers(doc: DocView, found: readonly Found[]): Resolved[] {
  const text = doc.text;
  const names = findNames(text);
  const issued: Issued[] = [];
  for (const m of text.matchAll(ISSUE)) {
    const issuerText = m[1]!.replace(/^(?:of|for|in)\s+/, '');
    const start = m.index + m[0].indexOf(issuerText);
    issued.push({ noun: m[2]!.toLowerCase(), issuer: { text: issuerText, start, end: start + issuerText.length }, issuerName: issuerText, at: m.index });
  }
  const speakers: Speaker[] = [];
  const genderOf = new Map<string, 'male' | 'female'>();
  const out: Resolved[] = [];
  const paragraphOf = (at: number) => doc.sentences.find((s) => s.start <= at && at < s.end)?.paragraph ?? 0;

  for (const f of found) {
    const src = f.source;
    const paragraph = doc.sentences[f.sentence]?.paragraph ?? 0;
    if (!src) {
      out.push({ speakerName: null, type: 'unknown', antecedent: null, details: none(), why: 'no source', alternatives: [] });
      continue;
    }
    const srcText = text.slice(src.start, src.end);
    const lower = srcText.toLowerCase().trim();
    const details = sourceDetails(text, src);
    const cls = f.sourceClass;
    let r: Resolved;
    const recent = (pred: (s: Speaker) => boolean, back = 3) => [...speakers].reverse().filter((s) => paragraph - s.paragraph <= back && pred(s));
    if (cls === 'pronoun-person') {
      const g = personPronouns[lower] as 'male' | 'female';
      const fits = (name: string, gender: 'male' | 'female' | null) => (genderOf.get(name) ?? gender ?? genderFrom(name.toLowerCase()) ?? g) === g;
      const prev = recent((s) => s.type === 'person' && fits(s.name, s.gender), 4);
      const mentions = names.filter((n) => n.kind === 'person' && n.end <= src.start && paragraph - paragraphOf(n.start) <= 2 && fits(fullName(names, n), n.gender)).reverse();
      const prevSpeaker = prev[0];
      const nearest = mentions[0];
      // News style: a he/she source continues the previous speaker of that gender (PolNeAR train: the nearest
      // earlier named source is in the same or previous paragraph 81 % of the time); a bare name is the fallback.
      if (prevSpeaker) {
        if (!genderOf.has(prevSpeaker.name) && !prevSpeaker.gender) genderOf.set(prevSpeaker.name, g);
        r = { speakerName: prevSpeaker.name, type: 'person', antecedent: spanText(text, prevSpeaker.span), details, why: `"${srcText}" → previous ${g}-compatible speaker`, alternatives: mentions.filter((n) => !isNameOf(n, prevSpeaker)).slice(0, 2).map((n) => `nearer name ${n.name}`) };
      } else if (nearest) {
        const name = fullName(names, nearest);
        if (!genderOf.has(name) && !nearest.gender) genderOf.set(name, g);
        r = { speakerName: name, type: 'person', antecedent: spanText(text, nearest), details, why: `"${srcText}" → nearest ${g}-compatible name before it (no earlier speaker)`, alternatives: mentions.slice(1, 3).map((n) => `name ${n.name}`) };
      } else r = { speakerName: null, type: 'person', antecedent: null, details, why: `"${srcText}": no compatible antecedent`, alternatives: [] };
    } else if (cls === 'document' || cls === 'pronoun-it') {
      const noun = lower.split(/\s+/).at(-1)!;
      // "the statement" names one document of the article whatever the distance; "it" only reaches back a little.
      const reach = cls === 'pronoun-it' ? 2 : Infinity;
      const docEvent = [...issued].reverse().find((i) => i.at < src.start && (cls === 'pronoun-it' || i.noun === noun || documentNouns.has(noun)) && paragraph - paragraphOf(i.at) <= reach);
      const lastDoc = recent((s) => s.type === 'document', reach)[0];
      if (cls === 'pronoun-it' && !docEvent && !lastDoc) {
        const org = recent((s) => s.type === 'organization' || s.type === 'country')[0];
        r = { speakerName: org?.name ?? null, type: 'organization', antecedent: org ? spanText(text, org.span) : null, details, why: org ? '"it" → last organisation speaker' : '"it": no antecedent', alternatives: [] };
      } else if (docEvent) {
        r = { speakerName: docEvent.issuerName, type: 'document', antecedent: docEvent.issuer, details, why: `"${srcText}" → the ${docEvent.noun} issued by ${docEvent.issuerName}`, alternatives: lastDoc ? [`last document source ${lastDoc.name}`] : [], issued: docEvent };
      } else if (lastDoc) {
        r = { speakerName: lastDoc.name, type: 'document', antecedent: spanText(text, lastDoc.span), details, why: `"${srcText}" → the last document speaker`, alternatives: [] };
      } else {
        const org = recent((s) => s.type === 'organization' || s.type === 'person')[0];
        r = { speakerName: org?.name ?? null, type: 'document', antecedent: org ? spanText(text, org.span) : null, details, why: org ? `"${srcText}" → its likely issuer, the last organisation or person speaker` : `"${srcText}": issuer unknown`, alternatives: [] };
      }
    } else if (cls === 'pronoun-plural') {
      const g = recent((s) => s.type === 'organization' || s.type === 'country' || s.type === 'unknown')[0];
      r = { speakerName: g?.name ?? null, type: g?.type ?? 'unknown', antecedent: g ? spanText(text, g.span) : null, details, why: g ? `"${srcText}" → last group or organisation speaker` : `"${srcText}": no group antecedent`, alternatives: [] };
    } else if (cls === 'relative') {
      const s = doc.sentences[f.sentence]!;
      const before = text.slice(s.start, src.start).replace(/[,\s]+$/, '');
      const m = /((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)$/.exec(before);
      r = { speakerName: m?.[1] ?? null, type: 'person', antecedent: m ? { text: m[1]!, start: s.start + m.index, end: s.start + before.length } : null, details, why: `"${srcText}" → the phrase before it`, alternatives: [] };
    } else if (cls === 'first-person') {
      r = { speakerName: null, type: 'person', antecedent: null, details, why: 'first person: the writer or an unnamed speaker', alternatives: [] };
    } else if (cls === 'name' && details.name) {
      const words = details.name.split(/\s+/);
      const earlier = words.length === 1 ? names.find((n) => n.kind === 'person' && n.last === words[0]!.toLowerCase() && n.name.includes(' ') && n.end <= src.start) : undefined;
      const name = earlier ? earlier.name : details.name;
      const gender = genderFrom(lower);
      if (gender) genderOf.set(name, gender);
      r = { speakerName: name, type: 'person', antecedent: earlier ? spanText(text, earlier) : null, details, why: earlier ? `surname "${srcText}" → earlier full name` : 'named in the source', alternatives: [] };
    } else if (cls === 'role') {
      const roleWord = (details.role?.value ?? lower).split(/[ ,]+/).find((w) => w.length > 2 && !/^(?:the|a|an)$/.test(w)) ?? lower;
      const definite = /^the\b/.test(lower);
      const person = definite ? recent((s) => s.role !== null && s.role.includes(roleWord), 6)[0] : undefined;
      const mention = definite && !person ? [...names].reverse().find((n) => n.end <= src.start && n.role !== null && (n.role.includes(roleWord) || roleWord.includes(n.role))) : undefined;
      const name = person?.name ?? (mention ? fullName(names, mention) : null);
      r = { speakerName: name, type: 'person', antecedent: person ? spanText(text, person.span) : mention ? spanText(text, mention) : null, details, why: name ? `"${srcText}" → last person with that role` : 'role noun, no named antecedent', alternatives: [] };
    } else {
      const isCountry = Boolean(countries.getAlpha3Code(srcText.replace(/^the\s+/i, ''), 'en'));
      const type: SpeakerType = isCountry ? 'country' : cls === 'organization' || cls === 'name' ? 'organization' : 'unknown';
      r = { speakerName: cls === 'group' || cls === 'other' ? null : srcText.replace(/[,\s]+$/, ''), type, antecedent: null, details, why: `${cls ?? 'source'} named in the source`, alternatives: [] };
    }
    out.push(r);
    // Unnamed sources ("the judge", "officials") still count as earlier speakers for a later "he" or "they".
    const headWord = lower.replace(/[^a-z\s-]/g, '').trim().split(/\s+/).at(-1) ?? '';
    const display = r.speakerName ?? ((cls === 'role' && (details.role || roleWords.has(headWord))) || cls === 'group' ? srcText.replace(/[,\s]+$/, '') : null);
    if (display && !r.speakerName) speakers.push({ name: display, span: src, type: cls === 'role' ? 'person' : 'unknown', gender: genderFrom(lower), role: details.role?.value ?? null, paragraph });
    else if (r.speakerName) {
      const g = r.type === 'person' ? genderOf.get(r.speakerName) ?? genderFrom(r.speakerName.toLowerCase()) ?? genderFrom(lower) : null;
      speakers.push({ name: r.speakerName, span: r.antecedent ?? src, type: r.type, gender: g ?? null, role: details.role?.value ?? roleOfName(speakers, r.speakerName), paragraph });
    }
  }
  return out;
}

function none(): SourceDetails {
  return { name: null, nameSpan: null, role: null, affiliation: null };
}

function spanText(text: string, s: Span): TextSpan {
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
}

function genderFrom(lower: string): 'male' | 'female' | null {
  const words = lower.split(/[^a-z]+/);
  const first = words.find((w) => maleForenames.has(w) || femaleForenames.has(w));
  if (first) return maleForenames.has(first) ? 'male' : 'female';
  if (words.some((w) => femaleWords.has(w))) return 'female';
  if (words.some((w) => maleWords.has(w))) return 'male';
  return null;
}

/** A surname mention's earlier full form ("Balkhi" → "Abdul Qahar Balkhi"). */
function fullName(names: readonly NameMention[], n: NameMention): string {
  if (n.name.includes(' ')) return n.name;
  return names.find((m) => m.kind === 'person' && m.last === n.last && m.name.includes(' ') && m.start < n.start)?.name ?? n.name;
}

function isNameOf(n: NameMention, s: Speaker | undefined): boolean {
  return s !== undefined && s.name.toLowerCase().split(/\s+/).includes(n.last);
}

function roleOfName(speakers: readonly Speaker[], name: string): string | null {
  return speakers.find((s) => s.name === name && s.role)?.role ?? null;
}
