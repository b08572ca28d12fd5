/**
 * Whether a source phrase can be the one who speaks. A speaker is a person, group, organisation, document or
 * pronoun; a span of time ("the last seven years", "launch day") or a quality of a thing ("its performance",
 * "the display") says nothing. The lists are in data/non-speakers.json. The head decides, and only when no
 * other word of the phrase could speak: "Sanders on Tuesday night" and "a Gallup poll last week" end in a time
 * but hold a name or a document, so a capitalised word or a speaker noun anywhere keeps the phrase.
 */
import nonSpeakers from './data/non-speakers.json' with { type: 'json' };
import { documentNouns, firstPerson, groupNouns, orgHeads, personPronouns, pluralPronouns, roleWords, stopWords } from './lexicon.js';
import { headOf, type Phrase } from './noun-phrase.js';
import type { Token } from './tokens.js';

const CANNOT_SPEAK: ReadonlySet<string> = new Set([...nonSpeakers.time, ...nonSpeakers.quality]);
const RUBRICS: ReadonlySet<string> = new Set(nonSpeakers.rubrics);

/** "Summary:", "Disclosure:", "Editor's note:": a label naming a part of the page, not a speaker, before a colon. */
export function isRubric(toks: readonly Token[], from: number, end: number): boolean {
  const label = toks.slice(from, end).map((t) => t.text).join(' ').replace(/\s+(?=['’])|(?<=['’])\s+/g, '').toLowerCase();
  return RUBRICS.has(label);
}
const DETERMINERS: ReadonlySet<string> = new Set(nonSpeakers.determiners);

function couldSpeak(t: Token): boolean {
  // A capital may be a name ("Sanders last week"), unless the word is a determiner opening the sentence ("The past week").
  if (t.cap) return !stopWords.has(t.lower) && !DETERMINERS.has(t.lower);
  return documentNouns.has(t.lower) || groupNouns.has(t.lower) || orgHeads.has(t.lower) || roleWords.has(t.lower);
}

/**
 * True when the phrase is headed by a lower-case time or quality noun and holds no word that could speak.
 * Numbers are no test: "56 percent said" is a poll's finding, and PolNeAR marks it.
 */
export function cannotSpeak(toks: readonly Token[], p: Phrase): boolean {
  if (p.from < 0 || p.to < p.from) return false;
  let end = p.to + 1;
  // "Khan, the parents whose appearance …": the part before an appositive decides.
  for (let k = p.from + 1; k < end; k++) if (toks[k]!.text === ',' || toks[k]!.text === '(') end = k;
  const words = toks.slice(p.from, end).filter((t) => t.word || /^\d/.test(t.text));
  const head = headOf(words);
  if (!head || words.some(couldSpeak)) return false;
  return !head.cap && CANNOT_SPEAK.has(head.lower);
}

/**
 * "the script called for …", "these measures have barely moved …": a source the classifier could only call a
 * role (a lower-case noun that is no known title, role, group, organisation or document) with a cue that only the
 * learned detector proposes. The lexicon's cues keep such sources ("the victim said"); the learned detector's
 * broad verbs ("touches", "moved", "decides") with an unknown noun mostly describe things, not speech.
 */
export function unknownNoun(toks: readonly Token[], p: Phrase): boolean {
  if (p.from < 0 || p.to < p.from) return false;
  const all = toks.slice(p.from, p.to + 1);
  // "42 percent", "the two": a count of people or a poll's share speaks.
  if (all.some((t) => /^\d/.test(t.text) || t.lower === 'percent')) return false;
  const words = all.filter((t) => t.word);
  const head = headOf(words);
  if (!head || head.cap || words.some(couldSpeak)) return false;
  const one = singular(head.lower);
  if (AGENT.test(one) || NUMERALS.has(one)) return false;
  return ![head.lower, one].some((w) => roleWords.has(w) || groupNouns.has(w) || orgHeads.has(w) || documentNouns.has(w) || personPronouns[w] !== undefined || pluralPronouns.has(w) || firstPerson.has(w));
}

// Agent nouns name people ("regulators", "migrants", "peacekeepers", "activists", "the client" is in roleWords).
const AGENT = /(?:er|or|ist|ant|ent|ian|ee|ive|ary)$/;
const NUMERALS: ReadonlySet<string> = new Set(['one', 'two', 'each', 'both', 'either', 'neither', 'none', 'any', 'many', 'most', 'several', 'few', 'some', 'others', 'other', 'all', 'you']);

function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ses') || w.endsWith('xes')) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
