/**
 * The events stage's data files compiled once into regular expressions (they are immutable after). The word-bounded
 * ones are WordRegExps (core/word-regexp.ts): run `re.for(text)` or `re.pick(asciiWorded(text))` on a text.
 */
import { allOf, anyOf } from '../../core/needle.js';
import type { EventCode } from '../../core/types.js';
import { WordRegExp } from '../../core/word-regexp.js';
import actsData from './data/acts.json' with { type: 'json' };
import codebookData from './data/codebook.json' with { type: 'json' };
import speechData from './data/speech.json' with { type: 'json' };
import stanceData from './data/stance.json' with { type: 'json' };
import themesData from './data/themes.json' with { type: 'json' };

export interface Act {
  readonly act: string;
  readonly code: string;
  readonly root: string;
  readonly rank: number;
  readonly cue: WordRegExp | null;
  /** The cue patterns of several words ("warned … against", "rejected … allegations"), read across cue and content. */
  readonly phrase: WordRegExp | null;
  /** Literals one of which every match of `cue` (`phrase`) contains, or null (see core/needle.ts). */
  readonly cueNeedles: readonly string[] | null;
  readonly phraseNeedles: readonly string[] | null;
  readonly content: readonly WordRegExp[];
  /** For each content pattern, literals one of which every match contains (see core/needle.ts), or null. */
  readonly contentNeedles: readonly (readonly string[] | null)[];
  /**
   * For each content pattern, every literal set its matches must each hold one of (core/needle.ts allOf): a
   * pattern runs only where all are present ("we appeal" needs "appeal" and "we "), stricter than contentNeedles.
   */
  readonly contentNeedleSets: readonly (readonly (readonly string[])[])[];
  /** The act holds only when the statement names an actor it is about ("claimed", "is trying to", "in fact"). */
  readonly againstSomeone: boolean;
}

export interface Theme {
  readonly theme: string;
  readonly terms: WordRegExp;
  /** The theme's code under each act root, derived from the codebook by scripts/gazetteer/build-cameo.ts. */
  readonly codes: Readonly<Record<string, string>>;
  /** Literals one of which every match of a term contains; null when a term has none. */
  readonly needles: readonly string[] | null;
}

/** Word-bounded, case-insensitive alternation. */
function words(patterns: readonly string[], flags = 'i'): WordRegExp | null {
  return patterns.length === 0 ? null : new WordRegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`);
}

/** Stems: word start only ("urg" matches "urged"). */
function stems(patterns: readonly string[]): WordRegExp {
  return new WordRegExp(`(?<![\\p{L}])(?:${patterns.join('|')})`, 'iu');
}

export const ACTS: readonly Act[] = actsData.acts.map((a) => ({
  act: a.act,
  code: a.code,
  root: a.root,
  rank: a.rank,
  cue: words(a.cue),
  phrase: words(a.cue.filter((c) => c.includes(' '))),
  cueNeedles: a.cue.length > 0 ? anyOf(a.cue.join('|')) : null,
  phraseNeedles: a.cue.some((c) => c.includes(' ')) ? anyOf(a.cue.filter((c) => c.includes(' ')).join('|')) : null,
  content: a.content.map((c) => words([c], 'gi')!),
  contentNeedles: a.content.map((c) => anyOf(c)),
  contentNeedleSets: a.content.map((c) => allOf(c)),
  againstSomeone: 'againstSomeone' in a && a.againstSomeone === true,
}));

function allNeedles(patterns: readonly string[]): string[] | null {
  const found = patterns.map((p) => anyOf(p));
  return found.every((n): n is string[] => n !== null) ? found.flat() : null;
}

const themeCodes = codebookData.themeCodes as Record<string, Record<string, string>>;
export const THEMES: readonly Theme[] = themesData.themes.map((t) => ({
  theme: t.theme,
  terms: words(t.terms, 'gi')!,
  codes: themeCodes[t.theme] ?? {},
  needles: allNeedles(t.terms),
}));

/** "asked why …": an asking cue before an interrogative reports a question, not a request (acts.json → question). */
export const QUESTION = new RegExp(actsData.question.pattern, 'iu');

/** "X must stop …": see acts.json → namedDemand. */
export const NAMED_DEMAND = new RegExp(actsData.namedDemand.pattern, 'iu');

export const SPEECH = stems(speechData.speech);
export const NOT_SPEECH = words(speechData.notSpeech)!;

const codes = codebookData.codes as Record<string, { label: string; goldstein: number; plover: string | null }>;

/** The event record for a CAMEO code, with its codebook label and PLOVER category. */
export function eventCode(cameo: string): EventCode {
  const c = codes[cameo];
  return { cameo, plover: c?.plover ?? null, label: c?.label ?? 'Unknown code' };
}

export function goldstein(cameo: string): number | null {
  return codes[cameo]?.goldstein ?? null;
}

export const STANCE = {
  possessive: {
    // "Moscow's aggression" and, after a demonym or an adjective, "Russian aggression", "Iranian drone attacks".
    critical: new RegExp(`^(?:['’]s)?\\s+(?:\\w+\\s+){0,2}?(?:${stanceData.possessive.critical.join('|')})\\b`, 'i'),
    supportive: new RegExp(`^['’]s\\s+(?:\\w+\\s+){0,2}?(?:${stanceData.possessive.supportive.join('|')})\\b`, 'i'),
  },
  before: { critical: words(stanceData.before.critical)!, supportive: words(stanceData.before.supportive)! },
  /** "concerned about | the PRC's alignment": the concern word, a preposition, at most one word before the target. */
  concern: new RegExp(`(?:${stanceData.concern.before.join('|')})\\s+(?:about|over|at|with|by)\\s+(?:the\\s+)?(?:\\w+\\s+)?$`, 'i'),
  after: { critical: words(stanceData.after.critical)!, forecast: words(stanceData.after.forecast)!, supportive: words(stanceData.after.supportive)! },
};
