/** The stage's lexicons, loaded once from data/*.json into lookup tables. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Channel } from '../../core/types.js';
import cues from './data/cues.json' with { type: 'json' };
import nouns from './data/nouns.json' with { type: 'json' };
import people from './data/people.json' with { type: 'json' };
import gazetteerCountries from '../actors/data/countries.json' with { type: 'json' };
import { startsUpper } from './letter-case.js';

export interface CueEntry {
  readonly lemma: string;
  readonly strong: boolean;
  readonly weak: boolean;
}

/** Inflections of a regular verb: lemma, -s, -ed, -ing (with e-drop, y→i and consonant doubling for short stems). */
export function inflect(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) {
    const d = lemma + lemma.at(-1)!;
    return [lemma, `${lemma}s`, `${d}ed`, `${d}ing`];
  }
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

const irregular = cues.irregular as Record<string, string[]>;
const strong = new Set(cues.strong);
const weak = new Set(cues.weak);

/** Verb form (lower case) → its cue entry. */
export const cueForms: ReadonlyMap<string, CueEntry> = (() => {
  const map = new Map<string, CueEntry>();
  for (const lemma of new Set([...strong, ...weak, ...Object.keys(cues.particles)])) {
    const entry = { lemma, strong: strong.has(lemma), weak: weak.has(lemma) && !strong.has(lemma) };
    for (const form of irregular[lemma] ?? inflect(lemma)) if (!map.has(form)) map.set(form, entry);
  }
  return map;
})();

/** Verbs often used as nouns or in non-speech senses: they need an introduced content. */
export const nounLike: ReadonlySet<string> = new Set(cues.nounLike);
export const objectVerbs: ReadonlySet<string> = new Set(cues.object);
export const addresseeInContent: ReadonlySet<string> = new Set(cues.addresseeInContent);
export const particles: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(cues.particles));
export const requiresParticle: ReadonlySet<string> = new Set(cues.requiresParticle);

export const honorifics: ReadonlySet<string> = new Set(nouns.honorifics);
export const titles: ReadonlySet<string> = new Set(nouns.titles);
export const roleHeads: readonly string[] = [...nouns.roleHeads].sort((a, b) => b.length - a.length);
export const orgHeads: ReadonlySet<string> = new Set(nouns.orgHeads);
export const documentNouns: ReadonlySet<string> = new Set(nouns.documentNouns);
export const groupNouns: ReadonlySet<string> = new Set(nouns.groupNouns);
export const personPronouns: Readonly<Record<string, string>> = nouns.personPronouns;
export const pluralPronouns: ReadonlySet<string> = new Set(nouns.pluralPronouns);
export const relativePronouns: ReadonlySet<string> = new Set(nouns.relativePronouns);
export const firstPerson: ReadonlySet<string> = new Set(nouns.firstPerson);
export const femaleWords: ReadonlySet<string> = new Set(nouns.femaleWords);
export const maleWords: ReadonlySet<string> = new Set(nouns.maleWords);
export const channelPatterns: readonly { value: Channel; re: RegExp }[] = nouns.channels.map((c) => ({
  value: c.value as Channel,
  re: new RegExp(c.pattern, 'gi'),
}));

/** Function words that never belong to a speaker's noun phrase. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'and but or nor because while although though as when whenever if unless since so that than then there where whether ' +
    'to in on at by with from into onto over under about after before during through across against among between ' +
    'without within upon via per not no never also even still just only already again is are was were be been being am ' +
    'has have had do does did will would could should can may might must shall this these those it its they them their ' +
    'we us our you your i me my he him she her what which who whom whose how why'
  ).split(' '),
);

/** Auxiliaries and adverbs that may sit between a subject and its cue ("has also said", "repeatedly warned"). */
export const cueModifiers: ReadonlySet<string> = new Set(
  (
    'has have had also previously later then will would could should can may might must did does do is was were are be been ' +
    'not never often repeatedly again once already recently reportedly publicly privately quickly flatly firmly simply ' +
    'further long first last initially originally immediately separately subsequently explicitly specifically ' +
    'angrily bluntly frankly openly clearly directly ultimately famously memorably notably'
  ).split(' '),
);

/**
 * Frequency and focus adverbs that may sit between a subject and its cue ("China always says", "he now says", "she
 * even said"). Kept apart from cueModifiers, a feature of the trained cue model: here they only keep the adverb out of
 * the speaker's name ("China always").
 */
export const subjectAdverbs: ReadonlySet<string> = new Set(
  (
    'always still now even just usually sometimes frequently regularly routinely consistently constantly continually ' +
    // Sentence adverbs of certainty ("Chinese probably understood", "I certainly would like").
    'probably certainly surely apparently obviously evidently presumably undoubtedly definitely actually really allegedly possibly'
  ).split(' '),
);

/** A word that may stand between a subject and its cue, and belongs to the cue ("has also said", "always says"). */
export function cueAdverb(lower: string): boolean {
  return cueModifiers.has(lower) || subjectAdverbs.has(lower);
}

/** A lower-case word between a subject and its verb: a cue adverb, "only", or any -ly adverb ("it now says", "bluntly told"). */
export function adverbBeforeVerb(t: { readonly word: boolean; readonly cap: boolean; readonly lower: string }): boolean {
  return t.word && !t.cap && (cueAdverb(t.lower) || t.lower === 'only' || (t.lower.length > 4 && t.lower.endsWith('ly')));
}

/** Single role/title words (lower case), for telling "spokesman Abdul Balkhi" from "the ministry". */
export const roleWords: ReadonlySet<string> = new Set([...nouns.titles, ...nouns.roleHeads].filter((t) => !t.includes(' ')));

export const maleForenames: ReadonlySet<string> = new Set(people.maleForenames);
export const femaleForenames: ReadonlySet<string> = new Set(people.femaleForenames);
/** Words that never open a person's name ("Neither Trump", "Former Obama" are no people). */
export const notNameStarts: ReadonlySet<string> = new Set(people.notNameStarts);
/** Last words of the names of laws, events, places and programmes, and organisation heads that are rarely surnames: no person ends in one. */
const SURNAME_HEADS = new Set(['house', 'post', 'church', 'court', 'press', 'paper', 'channel', 'front', 'guard', 'mission', 'staff', 'lab', 'team', 'service', 'forces', 'state']);
export const notPersonHeads: ReadonlySet<string> = new Set([...people.thingHeads, ...nouns.orgHeads.filter((w: string) => !w.includes(' ') && !SURNAME_HEADS.has(w))]);
/** Capitalised place names that look like people's names ("New Hampshire", "Las Vegas"). */
export const places: ReadonlySet<string> = new Set(people.usStates);

countries.registerLocale(en);
/** Country names and aliases in lower case (i18n-iso-countries), looked up as a set: its own lookup normalises every name per call. */
export const countryNames: ReadonlySet<string> = new Set(
  Object.values(countries.getNames('en', { select: 'all' })).flat().map((n) => n.toLowerCase()),
);
const undotted = (n: string) => n.replace(/\./g, '').toLowerCase();
/** Country names and demonyms as written before a role ("French", "U.S.", "British"), dots ignored; from the actors gazetteer. */
const countryWords: ReadonlySet<string> = new Set(
  gazetteerCountries.countries.flatMap((c) => [...c.names, ...c.demonyms]).filter((n) => startsUpper(n)).map(undotted),
);
/** Whether capitalised words name a country or its people's adjective ("France", "French", "U.S."). */
export function isCountryWord(name: string): boolean {
  return startsUpper(name) && (countryWords.has(undotted(name)) || countryNames.has(name.toLowerCase()));
}
/** Capital cities, which speak for their country in news copy ("Beijing said", "Ankara warned"); from the actors gazetteer. */
const capitalNames: ReadonlySet<string> = new Set(gazetteerCountries.countries.flatMap((c) => c.capitals).map((n) => n.toLowerCase()));
export function isCapitalName(name: string): boolean {
  return capitalNames.has(name.toLowerCase());
}
export function isCountryName(name: string): boolean {
  return countryNames.has(name.toLowerCase());
}
