/** Cue recognition on a sentence's tokens: reporting verbs with particles, "by calling for", "according to". */
import { cueForms, objectVerbs, particles, requiresParticle, addresseeInContent } from './lexicon.js';
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
}

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'my', 'your', 'no', 'any', 'each', 'every']);
const NOUN_FOLLOWERS = new Set(['conference', 'release', 'secretary', 'briefing', 'office', 'corps', 'room', 'card', 'box', 'pool', 'aide', 'team', 'shop', 'session', 'period', 'line', 'of']);
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);

/** The cue starting at token `i`, or null. Tokens inside quotes are never cues (the caller checks). */
export function cueAt(toks: readonly Token[], i: number): Cue | null {
  const t = toks[i]!;
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
    return { from: i, to: i + 1, head: i, lemma: 'according to', strong: true, participle: false, according: true };
  }
  const entry = cueForms.get(t.lower);
  if (!entry || (t.cap && i > 0)) return null;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && NOUN_DETERMINERS.has(prev.lower)) return null;
  if (next && NOUN_FOLLOWERS.has(next.lower) && entry.lemma !== 'say' && entry.lemma !== 'tell') return null;
  // Passive "is said to", "was told": no speaker in the sentence, or the addressee is the subject.
  if (prev && AUX.has(prev.lower) && /(?:ed|said|told|known|seen|thought|found|written)$/.test(t.lower) && entry.lemma !== 'continue') return null;
  // "concluded by calling for": the finite verb, "by" and the gerund make one cue; the gerund decides the content.
  if (next?.lower === 'by' && toks[i + 2]?.lower.endsWith('ing')) {
    const gerund = cueAt(toks, i + 2);
    if (gerund) return { ...gerund, from: i, participle: false };
  }
  let to = i;
  const parts = particles.get(entry.lemma);
  if (parts && next && parts.includes(next.lower)) to = i + 1;
  else if (entry.lemma === 'call' && quoteWithin(toks, i + 1, 6)) to = i;
  else if (requiresParticle.has(entry.lemma)) return null;
  const participle = t.lower.endsWith('ing') && prev?.lower !== 'by' && (!prev || !AUX.has(prev.lower));
  // A verb with its particle ("called for", "pointed out"), or "called X “…”", is a speech act whatever the bare verb is.
  return { from: i, to, head: i, lemma: entry.lemma, strong: entry.strong || to > i || entry.lemma === 'call', participle, according: false };
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
    else if (!addresseeInContent.has(cue.lemma)) k += 1;
  }
  if (CIRCUMSTANCE.has(toks[k]?.lower ?? '') && !addresseeInContent.has(cue.lemma)) {
    const found = lookFor(14, /^(?:that|:|["“‘])$/);
    if (found === null) return null;
    k = found;
  }
  while (k < end && (toks[k]!.text === ':' || toks[k]!.text === ',')) k++;
  return k < end ? k : null;
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
