/**
 * Indirect attributions set beside their content rather than introducing it: a trailing attribution ("…, sources
 * said." / "…, said the minister."), "according to X" before, after or inside the content, and a poll or study
 * opening the sentence ("In the latest poll, …").
 */
import { contentEnd, contentStartAfter, cueAt, withCircumstance, type Cue } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { stopWords } from './lexicon.js';
import { phraseStartingAt, subjectBefore, type Phrase } from './noun-phrase.js';
import type { EndChooser } from './span-model.js';
import { build, free, leftStart, words, type Taken } from './indirect-build.js';

/** Nouns of a poll or study whose findings a sentence can report ("In the latest poll, …"). */
const FINDINGS = new Set('poll polls survey surveys study studies analysis report average'.split(' '));

/**
 * "In the latest Post-ABC poll, Trump leads Cruz by nine points.": PolNeAR marks "In" as the cue, the poll as the
 * source and the clause as the content. Only at the sentence start, with the comma closing a short phrase that
 * names a poll or study, and no speech verb of its own in the clause ("In the report, officials said …").
 */
export function inSurvey(s: SentenceView, taken: Taken): Found | null {
  const toks = s.tokens;
  if (toks[0]?.lower !== 'in' || taken[0]) return null;
  let comma = toks.findIndex((t, k) => k > 1 && k <= 14 && t.text === ',' && s.quoteOf[k] === -1);
  if (comma < 0 || !toks.slice(1, comma).some((t) => FINDINGS.has(t.lower)) || toks.slice(1, comma).some((t) => !t.word && t.text !== '-' && t.text !== '.' && t.text !== "'")) return null;
  // "In the latest poll, conducted in May, Clinton led …": a participle phrase after the poll still describes it.
  const second = toks.findIndex((t, k) => k > comma + 1 && k <= comma + 9 && t.text === ',' && s.quoteOf[k] === -1);
  if (second > 0 && /^[a-z]+ed$/.test(toks[comma + 1]!.text)) comma = second;
  const end = contentEnd(toks, comma + 1, toks.length);
  if (words(s, comma + 1, end) < 3 || !free(taken, 0, end)) return null;
  for (let k = comma + 1; k < Math.min(end, comma + 8); k++) if (!toks[k]!.cap && cueAt(toks, k)?.strong) return null;
  const cue: Cue = { from: 0, to: 0, head: 0, lemma: 'in', strong: true, participle: false, according: true, objectFrom: null };
  return build(s, [[comma + 1, end]], cue, { from: 1, to: comma - 1 }, 'in X (a poll or study), content', 0.6);
}

/** Verbs that take the inverted order "…, VERB the speaker." (English quotative inversion). */
/** Not "tell": after "…, told" comes the addressee ("…, told VOA"), never the speaker. */
const INVERTING = new Set('say add write explain note ask continue insist argue reply respond recall declare warn report state announce conclude observe claim predict suggest admit acknowledge complain quip joke agree concede emphasize stress counter tweet post recount answer caution boast muse remark retort wonder'.split(' '));

/** "…, sources said." / "…, said the minister." / "…, the spokesman said on Friday." */
export function trailing(_doc: DocView, s: SentenceView, taken: Taken): Found | null {
  const toks = s.tokens;
  const end = toks.length;
  for (let i = end - 1; i > 1; i--) {
    if (taken[i] || s.quoteOf[i] !== -1) continue;
    const c = cueAt(toks, i);
    if (!c || c.according || c.participle) continue;
    // "…, Obi said, adding that …", "…, Obi said Monday, adding …": after the cue comes another attribution of the
    // same speaker (a participle after a comma), not this cue's content.
    const next = contentStartAfter(toks, c, end);
    const adds = next !== null && toks.slice(c.to + 1, next + 1).some((t, k) => t.text === ',' && cueAt(toks, c.to + 2 + k)?.participle === true);
    if (next !== null && !adds && !(toks[c.from - 1]?.text === ',')) return null;
    let source: Phrase | null;
    let comma: number;
    let basis: string;
    if (toks[c.from - 1]?.text === ',') {
      // Subject-verb inversion ("…, said the minister") is a speech-verb construction; "…, criticized Clinton" has an object.
      if (!INVERTING.has(c.lemma)) return null;
      source = phraseStartingAt(toks, c.to + 1);
      comma = c.from - 1;
      basis = 'content, cue, source (…, said X)';
      if (!source || !/^[.,;!?]?$/.test(toks[source.to + 1]?.text ?? '')) return null;
    } else {
      source = subjectBefore(toks, c.from);
      comma = source ? source.from - 1 : -1;
      basis = 'content, source, cue (…, X said)';
      if (!source || toks[comma]?.text !== ',') return null;
    }
    const from = leftStart(s, taken, comma);
    if (words(s, from, comma) < 2 || !free(taken, from, comma)) return null;
    // "…, officials said Sunday." / "…, she said in a statement.": the circumstance up to the sentence end is part of the cue.
    const tail = c.from - 1 === comma ? c : withCircumstance(toks, c, contentEnd(toks, c.to + 1, end));
    return build(s, [[from, contentEnd(toks, from, comma)]], tail, source, basis, 0.8);
  }
  return null;
}

/** An auxiliary, a copula or a past tense: the mark of a finite clause. */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|[a-z]{3,}ed)$/;

/** "According to X, …" / "…, according to X." / "…, according to X, …" */
export function according(s: SentenceView, c: Cue, taken: Taken, ends: EndChooser): Found | null {
  const toks = s.tokens;
  let source = phraseStartingAt(toks, c.objectFrom ?? c.to + 1);
  if (!source) return null;
  const fragments: [number, number][] = [];
  let basis = 'according to X';
  if (toks[c.from - 1]?.text === ',') {
    const from = leftStart(s, taken, c.from - 1);
    if (words(s, from, c.from - 1) >= 2) fragments.push([from, contentEnd(toks, from, c.from - 1)]);
  } else if (c.from > 0 && toks[c.from - 1]!.word && !(stopWords.has(toks[c.from - 1]!.lower) && !toks[c.from - 1]!.cap)) {
    // "Crime fell last year according to the agency": without a comma the words before are still the content (the
    // words after the source describe it: "… according to a poll released Thursday"). Not after a function word
    // ("the plan, which according to officials will cost …": the content follows).
    const from = leftStart(s, taken, c.from);
    // Quote marks in the rest of the sentence (even a stray one) leave it to the direct and mixed readings.
    if (words(s, from, c.from) >= 3 && !s.tokens.slice(from).some((t, k) => s.quoteOf[from + k] !== -1 || /^["“”]$/.test(t.text))) fragments.push([from, c.from]);
    if (fragments.length > 0) basis = 'content, according to X (no comma)';
  }
  // "According to a report from the inspector general, …": the source runs on to the comma that opens the content.
  if (fragments.length === 0 && toks[source.to + 1]?.text !== ',') {
    const comma = toks.findIndex((t, j) => j > source!.to && j <= source!.to + 15 && t.text === ',' && s.quoteOf[j] === -1);
    if (comma > 0) source = { from: source.from, to: comma - 1 };
  }
  let k = source.to + 1;
  if (toks[k]?.text === ',') k++;
  const e = k < toks.length ? ends(s, c, k, contentEnd(toks, k, toks.length)) : k;
  // After a left content, what follows "according to X," continues it only with a verb ("X, according to Y, is Z");
  // a verbless phrase is an apposition to the left content ("…, according to filings, a huge sum").
  const continues = fragments.length === 0 || (toks[source.to + 1]?.text === ',' && toks.slice(k, e).some((t) => FINITE.test(t.lower)));
  if (words(s, k, e) >= 2 && continues) fragments.push([k, e]);
  if (fragments.length === 0 || !fragments.every(([a, b]) => free(taken, a, b))) return null;
  return build(s, fragments, c, source, basis, 0.8);
}
