/**
 * The shared making of an indirect or mixed attribution (`build`: token ranges to a Found, content edges trimmed)
 * and the token bookkeeping every indirect pattern uses: which tokens are taken, word counts, where a left content starts.
 */
import type { Span } from '../../core/analysis.js';
import type { Cue } from './cues.js';
import type { SentenceView } from './document.js';
import type { Found } from './found.js';
import { cueAdverb } from './lexicon.js';
import { classify, type Phrase } from './noun-phrase.js';

/** Token ranges [from, to) already used in the sentence. */
export type Taken = boolean[];

function tokSpan(s: SentenceView, from: number, toExclusive: number): Span {
  return { start: s.tokens[from]!.start, end: s.tokens[toExclusive - 1]!.end };
}

function kindOf(s: SentenceView, from: number, to: number): 'mixed' | 'indirect' {
  for (let i = from; i < to; i++) if (s.quoteOf[i] !== -1) return 'mixed';
  return 'indirect';
}

export function free(taken: Taken, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return false;
  return true;
}

export function words(s: SentenceView, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.tokens[i]!.word) n++;
  return n;
}

const EDGE_PUNCT = /^[,;:—–-]$/;

export function build(s: SentenceView, fragments: [number, number][], c: Cue, source: Phrase | null, basis: string, confidence: number): Found {
  const toks = s.tokens;
  let cueFrom = c.from;
  while (cueFrom - 1 > (source?.to ?? -1) && cueAdverb(toks[cueFrom - 1]!.lower)) cueFrom--;
  // PolNeAR leaves punctuation at a content's edges out ("- preventing clerks from …", "…, the plan,"): trim it.
  fragments = fragments.map(([a, b]) => {
    while (b - a > 1 && EDGE_PUNCT.test(toks[a]!.text)) a++;
    while (b - a > 1 && EDGE_PUNCT.test(toks[b - 1]!.text)) b--;
    return [a, b];
  });
  const kinds = fragments.map(([a, b]) => kindOf(s, a, b));
  return {
    kind: kinds.includes('mixed') ? 'mixed' : 'indirect',
    fragments: fragments.map(([a, b]) => tokSpan(s, a, b)),
    cue: tokSpan(s, cueFrom, c.to + 1),
    source: source ? tokSpan(s, source.from, source.to + 1) : null,
    sourceClass: source ? classify(toks, source) : null,
    sentence: s.index,
    basis,
    confidence,
  };
}

/** Where the content before a trailing attribution starts: the sentence start, after a leading quote's claim. */
export function leftStart(s: SentenceView, taken: Taken, before: number): number {
  let k = before;
  while (k > 0 && !taken[k - 1]) k--;
  return k;
}
