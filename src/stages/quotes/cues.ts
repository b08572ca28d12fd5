/** Cue recognition on a sentence's tokens: reporting verbs with particles, "by calling for", "according to". */
import { cueForms, cueModifiers, documentNouns, nounLike, objectVerbs, particles, requiresParticle, addresseeInContent, stopWords } from './lexicon.js';
import { continuationFeatures, cueScore, cueScoreAt, cueTablesOf } from './cue-model.js';
import { tablesFromRows } from './feature-table.js';
import { modelTables, weightsOf } from './model-tables.js';
import type { SentenceView } from './document.js';
import type { Token } from './tokens.js';

export interface Cue {
  /** First and last token index, inclusive. */
  readonly from: number;
  readonly to: number;
  /** The token holding the reporting verb (or "according"). */
  readonly head: number;
  readonly lemma: string;
  readonly strong: boolean;
  /** "saying", "calling for" after a comma or a noun: the source is the clause's subject. */
  readonly participle: boolean;
  readonly according: boolean;
  /**
   * Where the source phrase starts when it does not follow the cue directly ("as reported by X": after "by"), else
   * null. Every cue has the field (never left out): cues of one shape keep the functions reading them monomorphic,
   * where a cue with one more field once made V8 throw away findIndirect's optimised code (a "wrong map" deopt).
   */
  readonly objectFrom: number | null;
}

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
/** Counts and quantifiers before a plural noun. */
const COUNTS = new Set('two three four five six seven eight nine ten dozen several many few other all both some these those most'.split(' '));
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'my', 'your', 'no', 'any', 'each', 'every']);
const NOUN_FOLLOWERS = new Set(['conference', 'release', 'secretary', 'briefing', 'office', 'corps', 'room', 'card', 'box', 'pool', 'aide', 'team', 'shop', 'session', 'period', 'line', 'of']);
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'am', "'m", '’m']);

/** The cue starting at token `i`, or null. Tokens inside quotes are never cues (the caller checks). */
/**
 * "pleaded guilty", "pleaded not guilty", "pleads no contest": a plea in court, not a plea to anyone; nor is what
 * was pleaded to ("pleaded guilty to threatening …") a participle clause.
 */
function courtPlea(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1]?.lower ?? '';
  if (toks[i]!.lower.startsWith('plead') && /^(?:guilty|innocent|not|no)$/.test(next)) return true;
  return toks[i - 1]?.lower === 'to' && toks.slice(Math.max(0, i - 5), i - 1).some((x) => /^(?:guilty|innocent|contest)$/.test(x.lower));
}

export function cueAt(toks: readonly Token[], i: number): Cue | null {
  const t = toks[i]!;
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
    return { from: i, to: i + 1, head: i, lemma: 'according to', strong: true, participle: false, according: true, objectFrom: null };
  }
  // "As reported by X, …" / "…, as noted by X": a passive reporting verb whose agent is the source works like "according to".
  if (t.lower === 'as') {
    let v = i + 1;
    if (cueModifiers.has(toks[v]?.lower ?? '') && toks[v]!.lower !== 'by') v++;
    const verb = toks[v];
    if (verb && cueForms.has(verb.lower) && /(?:ed|said|told|written|shown)$/.test(verb.lower) && toks[v + 1]?.lower === 'by') {
      return { from: i, to: v, head: v, lemma: cueForms.get(verb.lower)!.lemma, strong: true, participle: false, according: true, objectFrom: v + 2 };
    }
  }
  const entry = cueForms.get(t.lower);
  if (!entry || (t.cap && i > 0)) return null;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && NOUN_DETERMINERS.has(prev.lower)) return null;
  // "two states", "several other states", "the 15 states": a count before the -s form of a verb that is also a noun.
  if (prev && nounLike.has(entry.lemma) && t.lower !== entry.lemma && /s$/.test(t.lower) && (COUNTS.has(prev.lower) || /^\d/.test(prev.text))) return null;
  // After "of" a bare or -s form is a noun ("secretary of state:", "a couple of reports"); a gerund may be a cue ("accused of saying").
  if (prev?.lower === 'of' && !t.lower.endsWith('ing')) return null;
  if (next && NOUN_FOLLOWERS.has(next.lower) && entry.lemma !== 'say' && entry.lemma !== 'tell') return null;
  // "He's said …", "she’s argued …": after he/she/who the clitic is "has" (a perfect), and it belongs to the cue.
  if (prev && /^['’]s$/.test(prev.text) && /^(?:he|she|who)$/.test(toks[i - 2]?.lower ?? '') && /(?:ed|said|told|written)$/.test(t.lower)) {
    const perfect = cueAt([...toks.slice(0, i - 1), { ...prev, text: 'has', lower: 'has' }, ...toks.slice(i)], i);
    return perfect ? { ...perfect, from: i - 1 } : null;
  }
  // Passive "is said to", "was told": no speaker in the sentence, or the addressee is the subject.
  if (prev && AUX.has(prev.lower) && /(?:ed|said|told|known|seen|thought|found|written)$/.test(t.lower) && entry.lemma !== 'continue') return null;
  // "concluded by calling for": the finite verb, "by" and the gerund make one cue; the gerund decides the content.
  if (next?.lower === 'by' && toks[i + 2]?.lower.endsWith('ing')) {
    const gerund = cueAt(toks, i + 2);
    if (gerund) return { ...gerund, from: i, participle: false };
  }
  if (courtPlea(toks, i)) return null;
  let to = i;
  const parts = particles.get(entry.lemma);
  // "called on Monday for …": "on" opens a time, and the particle comes after it.
  const timed = parts?.includes('on') && next?.lower === 'on' && TIME_WORD.test(toks[i + 2]?.lower ?? '') ? toks.slice(i + 3, i + 6).findIndex((x) => parts?.includes(x.lower)) : -2;
  if (timed >= 0) to = i + 3 + timed;
  else if (timed === -1) return null;
  else if (parts && next && parts.includes(next.lower)) to = i + 1;
  else if (entry.lemma === 'call' && quoteWithin(toks, i + 1, 6)) to = i;
  else if (requiresParticle.has(entry.lemma)) return null;
  const participle = t.lower.endsWith('ing') && prev?.lower !== 'by' && (!prev || !AUX.has(prev.lower));
  // A verb with its particle ("called for", "pointed out"), or "called X “…”", is a speech act whatever the bare verb is.
  return { from: i, to, head: i, lemma: entry.lemma, strong: entry.strong || to > i || entry.lemma === 'call', participle, according: false, objectFrom: null };
}

const CIRCUMSTANCE = new Set(
  'in on at during via through after before last this earlier later yesterday today tonight recently monday tuesday wednesday thursday friday saturday sunday when while as since of about with from for repeatedly again also privately publicly afterward afterwards'.split(' '),
);

/**
 * Where the reported content begins after the cue, or null when nothing but circumstance follows
 * ("said in a statement", "said Friday"). Skips the addressee of tell-verbs ("told reporters that …").
 */
export function contentStartAfter(toks: readonly Token[], cue: Cue, end: number): number | null {
  let k = cue.to + 1;
  if (k >= end) return null;
  const lookFor = (limit: number, stops: RegExp): number | null => {
    for (let j = k; j < Math.min(end, k + limit); j++) {
      const t = toks[j]!;
      if (stops.test(t.lower)) return t.text === ':' || t.text === ',' ? j + 1 : j;
    }
    return null;
  };
  if (objectVerbs.has(cue.lemma) && !/^(?:that|:|,|["“'‘])$/.test(toks[k]!.lower)) {
    const found = lookFor(9, /^(?:that|:|["“‘]|to|whether|if|how|why|what)$/);
    if (found !== null) k = found;
    else if (!addresseeInContent.has(cue.lemma)) k = pastAddressee(toks, k, end);
  }
  if (CIRCUMSTANCE.has(toks[k]?.lower ?? '') && !addresseeInContent.has(cue.lemma)) {
    let found = lookFor(14, /^(?:that|:|["“‘])$/);
    // "The Post reported on Monday, the nominee will …": a short circumstance closed by a comma, then the clause.
    if (found === null && cue.strong) {
      const comma = lookFor(7, /^,$/);
      const after = comma !== null ? toks[comma] : undefined;
      if (after && after.word && !/ing$/.test(after.lower) && !/^(?:according|as|and|but|which|who|adding|while|after|before|when)$/.test(after.lower) && !cueForms.has(after.lower)) found = comma;
    }
    // "said on Tuesday her government had decided …": the circumstance ends at its day or time word.
    if (found === null && cue.strong) {
      const time = lookFor(4, /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|recently)$/);
      if (time !== null && toks[time + 1]?.word && !/^(?:that|to|of|in|on|at|by|with|for|and|or|,)$/.test(toks[time + 1]!.lower)) found = time + 1;
    }
    if (found === null) return null;
    k = found;
  }
  while (k < end && (toks[k]!.text === ':' || toks[k]!.text === ',')) k++;
  // Only the sentence's final punctuation left: nothing is reported after the cue.
  for (let j = k; j < end; j++) if (toks[j]!.word) return k;
  return null;
}

/**
 * Where the words after an addressee start: "told reporters …" skips one word, "told The Associated Press." and
 * "told the New York Times on Monday" a whole name, when only the sentence end, a comma or a circumstance follows it
 * (otherwise one word: "told CNN Trump would lose" keeps "Trump" in the content).
 */
function pastAddressee(toks: readonly Token[], k: number, end: number): number {
  let j = k;
  if (toks[j]?.lower === 'the' && toks[j + 1]?.cap) j++;
  while (j < end && toks[j]!.word && toks[j]!.cap) j++;
  if (j - k < 2) return k + 1;
  const next = toks[j];
  return !next || j >= end || /^[.,;!?]$/.test(next.text) || CIRCUMSTANCE.has(next.lower) ? j : k + 1;
}

/** Index after the last content token: the sentence end minus a final period (kept when a quote closes after it). */
export function contentEnd(toks: readonly Token[], from: number, end: number): number {
  let e = end;
  while (e > from && /^[.,;:—–-]$/.test(toks[e - 1]!.text)) e--;
  return e;
}

/** "called Trump “unhinged”": a quote soon after a naming verb makes it a cue. */
function quoteWithin(toks: readonly Token[], from: number, n: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + n); k++) {
    if (/^["“‘]$/.test(toks[k]!.text)) return true;
    if (/^[.;:!?]$/.test(toks[k]!.text)) return false;
  }
  return false;
}

// The models of data/cue-model.json, as generated tables (model-tables.ts).
const cueModel = cueTablesOf(tablesFromRows(modelTables.cueHead.templates), modelTables.cueHead);
const contModel = { bias: modelTables.cueCont.bias, threshold: modelTables.cueCont.threshold, weights: weightsOf(modelTables.cueCont) };

const ADVERB_HEADS = new Set(['still', 'even', 'just', 'only', 'since']);
/** Auxiliaries and modals: a learned cue they open must hold a lexicon cue verb. */
const STATIVE_HEADS = new Set([...AUX, 'has', 'have', 'had', 'having', 'can', 'could', 'would', 'will', 'may', 'might', 'should', 'must', 'shall', 'does', 'do', 'did']);

/**
 * A cue the lexicon does not know but the learned detector scores above its threshold
 * (a lower-case word outside quotes: "vowed", "wants", "believes").
 */
export function learnedCue(s: SentenceView, i: number): Cue | null {
  const t = s.tokens[i]!;
  if (!t.word || t.cap || s.quoteOf[i] !== -1 || t.lower.length < 3 || courtPlea(s.tokens, i)) return null;
  // Function words never open a learned cue, and skipping them saves much of the scoring. Auxiliaries and a few
  // adverbs do ("still supports", "even suggested": the continuation model then takes in the verb).
  if (stopWords.has(t.lower) && !cueModifiers.has(t.lower) && !ADVERB_HEADS.has(t.lower)) return null;
  // A passive of a speech verb ("is said to be") names no speaker in its subject.
  if (cueForms.has(t.lower) && AUX.has(s.tokens[i - 1]?.lower ?? '') && /(?:ed|said|told|known|thought)$/.test(t.lower)) return null;
  // "issued a statement …": the document is introduced here; its words come with a later cue ("calling for", "read").
  for (let k = i + 1; k < Math.min(s.tokens.length, i + 4); k++) if (documentNouns.has(s.tokens[k]!.lower)) return null;
  const inQuote = inQuoteOf(s);
  if (cueScoreAt(cueModel, s.tokens, i, inQuote) <= cueModel.threshold) return null;
  const prev = s.tokens[i - 1];
  const participle = t.lower.endsWith('ing') && (!prev || !AUX.has(prev.lower));
  // The cue runs on while the continuation model agrees ("was asked to comment on", "made clear").
  let to = i;
  while (to + 1 < s.tokens.length && to - i < 6 && s.quoteOf[to + 1] === -1 && cueScore(contModel, continuationFeatures(s.tokens, i, to + 1, inQuote)) > contModel.threshold) to++;
  // "is headquartered in", "has sounded about", "is promising": an auxiliary or modal opening a learned cue must lead
  // to a reporting verb the lexicon knows; a copula or modal before a stative verb reports nobody's words (the
  // detector, trained on political news, took such groups as cues on product and sports pages).
  if (STATIVE_HEADS.has(t.lower) && !s.tokens.slice(i + 1, to + 1).some((x) => x.word && !x.cap && cueForms.has(x.lower))) return null;
  return { from: i, to, head: i, lemma: t.lower, strong: true, participle, according: false, objectFrom: null };
}

const inQuoteCache = new WeakMap<SentenceView, boolean[]>();
/** Per sentence, whether each token is inside quote marks (computed once per sentence). */
function inQuoteOf(s: SentenceView): boolean[] {
  let v = inQuoteCache.get(s);
  if (!v) {
    // Pushed one by one, not made by map(): map's result is sometimes a packed, sometimes a holey array (V8 picks
    // per call), and cueScoreAt's optimised code, having met one kind, was thrown away on meeting the other.
    v = [];
    for (const q of s.quoteOf) v.push(q !== -1);
    inQuoteCache.set(s, v);
  }
  return v;
}

/** The learned detector's margin for token i of the sentence as a cue head (above 0: a cue). */
export function cueMargin(s: SentenceView, i: number): number {
  return cueScoreAt(cueModel, s.tokens, i, inQuoteOf(s)) - cueModel.threshold;
}

/** Whether the learned detector scores token i of the sentence as a cue head. */
export function learnedAgrees(s: SentenceView, i: number): boolean {
  return cueScoreAt(cueModel, s.tokens, i, inQuoteOf(s)) > cueModel.threshold;
}

/**
 * The cue as PolNeAR marks it: the verb with the setting that stands between it and the content or the
 * sentence end ("said in a statement", "said at a rally in Ohio", "added:"), but not an addressee
 * ("told reporters") nor a comma. `until` is the content start, or the sentence's final punctuation.
 * The gap must open with a preposition of setting and a determiner ("in a", "at the"), or be a colon.
 */
export function withCircumstance(toks: readonly Token[], cue: Cue, until: number): Cue {
  let end = until;
  while (end > cue.to + 1 && toks[end - 1]!.text === ',') end--;
  if (end <= cue.to + 1 || end - cue.to > 10) return cue;
  const first = toks[cue.to + 1]!;
  const colonOnly = first.text === ':' && end === cue.to + 2;
  // PolNeAR train: "said in a statement" and "added:" carry the words into the cue; a bare day ("said Sunday") goes either way.
  if (!colonOnly && !(/^(?:in|at|during|via|through)$/.test(first.lower) && /^(?:a|an|the|his|her|their|its)$/.test(toks[cue.to + 2]?.lower ?? ''))) return cue;
  // Only words of a circumstance: no clause, no quote, no second verb.
  for (let k = cue.to + 1; k < end; k++) {
    const t = toks[k]!;
    if (/^["“”‘’;]$/.test(t.text) || (t.text === ':' && k !== end - 1) || (t.word && !t.cap && cueForms.has(t.lower) && !/^(?:statement|interview|speech|conference|report)$/.test(t.lower))) return cue;
    if (t.lower === 'that' || t.lower === 'to' || t.lower === 'and' || t.lower === 'but') return cue;
  }
  return { ...cue, to: end - 1 };
}
