/**
 * Attributions without a source in a passive of belief or expectation: "Trump is expected to win the
 * primary", "the plan was widely seen as a retreat", "which is expected to draw a large audience".
 * PolNeAR annotates them (source-less): the content is the subject together with what follows the cue
 * ("Trump … to win the primary"), the cue the auxiliary and the participle ("is expected", "was seen as").
 */
import { contentEnd, type Cue } from './cues.js';
import type { SentenceView } from './document.js';
import type { Found } from './found.js';
import { clauseStop } from './clause-stop.js';
import { cueModifiers } from './lexicon.js';
import { classify, phraseStartingAt, subjectBefore } from './noun-phrase.js';
import type { EndChooser } from './span-model.js';

/** Beliefs and expectations only: a passive speech verb ("is said to", "was reported to") names no one, and Communiqué leaves it out. */
const PARTICIPLES = new Set(['expected', 'seen', 'considered', 'believed', 'thought', 'viewed', 'known', 'rumored', 'rumoured', 'projected', 'predicted', 'perceived', 'regarded', 'understood']);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/**
 * The passive attribution whose participle is token `i`, or null. `free(from, to)` says whether tokens
 * [from, to) are still unclaimed; `ends` chooses where the content after the cue stops.
 */
export function passiveAt(s: SentenceView, at: number, free: (from: number, to: number) => boolean, ends: EndChooser): Found | null {
  const toks = s.tokens;
  // The chain may start here ("is widely seen as"): look ahead over auxiliaries and adverbs to the participle.
  let i = at;
  while (i < Math.min(toks.length, at + 5) && !PARTICIPLES.has(toks[i]!.lower) && (cueModifiers.has(toks[i]!.lower) || PASSIVE_AUX.has(toks[i]!.lower) || /ly$/.test(toks[i]!.lower))) i++;
  const t = toks[i];
  if (!t || t.cap || !PARTICIPLES.has(t.lower)) return null;
  // Back over adverbs ("widely", "not") to the passive auxiliary, then over the auxiliaries before it.
  let j = i - 1;
  while (j > 0 && (cueModifiers.has(toks[j]!.lower) || /ly$/.test(toks[j]!.lower)) && !PASSIVE_AUX.has(toks[j]!.lower)) j--;
  if (!PASSIVE_AUX.has(toks[j]?.lower ?? '')) return null;
  while (j > 0 && cueModifiers.has(toks[j - 1]!.lower)) j--;
  // The chain began before `at`: it was (or was not) taken there.
  if (j !== at) return null;
  const next = toks[i + 1]?.lower;
  // "expected to win" keeps "to" in the content; "seen as a retreat" keeps "as" in the cue.
  const cueTo = next === 'as' ? i + 1 : i;
  const start = cueTo + 1;
  if (next !== 'to' && next !== 'as') return null;
  if (next === 'to' && !(toks[i + 2]?.word && !toks[i + 2]!.cap)) return null;
  const subject = wholeSubject(toks, subjectBefore(toks, j));
  if (!subject || subject.to !== j - 1 || s.quoteOf.slice(subject.from, start).some((q) => q !== -1)) return null;
  const cue: Cue = { from: j, to: cueTo, head: i, lemma: t.lower, strong: false, participle: false, according: false, objectFrom: null };
  const e = ends(s, cue, start, contentEnd(toks, start, toks.length));
  if (e - start < 2 || !free(subject.from, e)) return null;
  return sourceless(s, subject, start, e, cue, 'passive of belief, no source (X is expected to …)');
}

/**
 * The subject with the phrase its prepositional tail hangs from: "Sanders's profile in the Senate is expected …",
 * "none of them seemed …", "planning for the convention appeared …" (the nearest noun phrase is only the tail's).
 */
export function wholeSubject(toks: SentenceView['tokens'], subject: { from: number; to: number } | null): { from: number; to: number } | null {
  let out = subject;
  for (let n = 0; out && n < 2 && TAIL_PREPOSITIONS.has(toks[out.from - 1]?.lower ?? ''); n++) {
    const head = subjectBefore(toks, out.from - 1);
    if (!head || head.to !== out.from - 2) break;
    out = { from: head.from, to: out.to };
  }
  return out;
}

const TAIL_PREPOSITIONS = new Set(['of', 'in', 'for', 'on', 'at', 'from', 'among', 'with']);

/**
 * A source-less attribution whose content is the subject together with what follows the cue (PolNeAR's
 * marking of passives of belief and raising verbs): two fragments around the cue.
 */
function sourceless(s: SentenceView, subject: { from: number; to: number }, start: number, e: number, cue: Cue, basis: string): Found {
  const toks = s.tokens;
  return {
    kind: s.quoteOf.slice(start, e).some((q) => q !== -1) ? 'mixed' : 'indirect',
    fragments: [
      { start: toks[subject.from]!.start, end: toks[subject.to]!.end },
      { start: toks[start]!.start, end: toks[e - 1]!.end },
    ],
    cue: { start: toks[cue.from]!.start, end: toks[cue.to]!.end },
    source: null,
    sourceClass: null,
    sentence: s.index,
    basis,
    confidence: 0.5,
  };
}

const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** After "seems"/"appears": a place or a show ("appeared on Fox", "appeared at a rally") is an action, not a judgement. */
const NOT_RAISING_NEXT = new Set(['on', 'at', 'in', 'before', 'with', 'alongside', 'onstage', 'together', 'and', 'or', ',', '.']);

/**
 * A subject-raising verb: "Trump seems to relish the fight", "the plan appeared doomed". PolNeAR annotates them
 * without a source (the writer's or the public's impression): the content is the subject together with what
 * follows the verb ("Trump … to relish the fight"), the cue the verb with the adverbs and auxiliaries before it.
 * `at` is where the chain starts (an adverb or auxiliary before the verb, or the verb).
 */
export function raisingAt(s: SentenceView, at: number, free: (from: number, to: number) => boolean, ends: EndChooser): Found | null {
  const toks = s.tokens;
  let i = at;
  while (i < Math.min(toks.length, at + 4) && !RAISING.has(toks[i]!.lower) && (cueModifiers.has(toks[i]!.lower) || /ly$/.test(toks[i]!.lower))) i++;
  const t = toks[i];
  if (!t || t.cap || !RAISING.has(t.lower) || s.quoteOf[i] !== -1) return null;
  const next = toks[i + 1];
  if (!next || NOT_RAISING_NEXT.has(next.lower) || next.cap || !next.word) return null;
  if (next.lower === 'to' && !(toks[i + 2]?.word && !toks[i + 2]!.cap)) return null;
  let j = i;
  while (j > 0 && (cueModifiers.has(toks[j - 1]!.lower) || /ly$/.test(toks[j - 1]!.lower)) && !toks[j - 1]!.cap) j--;
  if (j !== at) return null;
  const subject = wholeSubject(toks, subjectBefore(toks, j));
  // "It seems that …": an expletive subject is no part of the content; a pronoun subject, a relative or none: not this pattern.
  if (!subject || subject.to !== j - 1 || s.quoteOf.slice(subject.from, i + 1).some((q) => q !== -1)) return null;
  if (subject.from === subject.to && /^(?:it|who|which|that|this|there)$/.test(toks[subject.from]!.lower)) return null;
  const start = i + 1;
  const cue: Cue = { from: j, to: i, head: i, lemma: t.lower, strong: false, participle: false, according: false, objectFrom: null };
  const e = ends(s, cue, start, contentEnd(toks, start, toks.length));
  if (e - start < 2 || !free(subject.from, e)) return null;
  return sourceless(s, subject, start, e, cue, 'raising verb, no source (X seems to …)');
}

const QUESTION_OPENERS = new Set(['about', 'whether', 'if', 'why', 'what', 'how', 'when', 'where', 'who', 'which', 'for', 'to']);

/**
 * "Asked about the tariffs, the senator said …", "When asked by reporters whether …, she said …": the question put
 * to the speaker is an attribution of its own in PolNeAR, with the asker as its source ("by reporters") or none.
 * Only at the start of a sentence (after "When", "If" or "After"), and the content runs to the comma that ends
 * the participle clause.
 */
export function askedAt(s: SentenceView, at: number, free: (from: number, to: number) => boolean): Found | null {
  const toks = s.tokens;
  const lead = at === 1 && /^(?:when|if|after|once|as)$/.test(toks[0]!.lower) ? 0 : at;
  if (toks[at]?.lower !== 'asked') return null;
  if (lead !== 0) return askedPassive(s, at, free);
  let k = at + 1;
  let source: { from: number; to: number } | null = null;
  if (toks[k]?.lower === 'by') {
    const p = phraseStartingAt(toks, k + 1);
    if (!p) return null;
    source = p;
    k = p.to + 1;
  }
  // A time between the question and its subject ("asked on Thursday about …") stays in the cue.
  for (let n = 0; n < 4 && k < toks.length && !QUESTION_OPENERS.has(toks[k]!.lower) && toks[k]!.word && toks[k]!.text !== ','; n++) k++;
  if (!QUESTION_OPENERS.has(toks[k]?.lower ?? '')) return null;
  const start = k;
  let comma = -1;
  for (let j = start + 1; j < toks.length; j++) {
    if (toks[j]!.text === ',' && s.quoteOf[j] === -1) {
      comma = j;
      break;
    }
  }
  if (comma < 0 || comma - start < 2 || comma + 1 >= toks.length || !free(lead, comma)) return null;
  const cueTo = source ? at : start - 1;
  return {
    kind: s.quoteOf.slice(start, comma).some((q) => q !== -1) ? 'mixed' : 'indirect',
    fragments: [{ start: toks[start]!.start, end: toks[comma - 1]!.end }],
    cue: { start: toks[lead]!.start, end: toks[cueTo]!.end },
    source: source ? { start: toks[source.from]!.start, end: toks[source.to]!.end } : null,
    sourceClass: source ? classify(toks, source) : null,
    sentence: s.index,
    basis: source ? 'asked by X, question (When asked by X about …,)' : 'asked, question, no source (Asked about …,)',
    confidence: 0.5,
  };
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** What a passive "was asked" reports: an indirect question or its topic, not an order ("was asked to leave"). */
const QUESTION_WORDS = new Set(['about', 'whether', 'if', 'why', 'what', 'how', 'when', 'where', 'who', 'which']);

/**
 * "She was asked whether the plan would pass", "The senator was later asked what happened": a passive "asked"
 * inside the sentence puts a question to its subject; PolNeAR annotates the question (from its opener to the end of
 * the clause) with the passive verb as the cue and no source (the asker is not named).
 */
function askedPassive(s: SentenceView, at: number, free: (from: number, to: number) => boolean): Found | null {
  const toks = s.tokens;
  let aux = at - 1;
  while (aux > 0 && cueModifiers.has(toks[aux]!.lower) && !BE.has(toks[aux]!.lower)) aux--;
  if (!BE.has(toks[aux]?.lower ?? '')) return null;
  const start = at + 1;
  if (!QUESTION_WORDS.has(toks[start]?.lower ?? '')) return null;
  let e = contentEnd(toks, start, clauseStop(s, start, toks.length));
  for (let j = start + 1; j < e; j++) {
    if (toks[j]!.text === ',' && s.quoteOf[j] === -1) {
      e = j;
      break;
    }
  }
  if (e - start < 2 || !free(aux, e)) return null;
  return {
    kind: s.quoteOf.slice(start, e).some((q) => q !== -1) ? 'mixed' : 'indirect',
    fragments: [{ start: toks[start]!.start, end: toks[e - 1]!.end }],
    cue: { start: toks[aux]!.start, end: toks[at]!.end },
    source: null,
    sourceClass: null,
    sentence: s.index,
    basis: 'passive asked, question, no source (X was asked whether …)',
    confidence: 0.5,
  };
}
