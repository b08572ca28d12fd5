/**
 * What a direct-quote pattern found (a `Hit`: cue, speaker, split-quote partner) and the small span helpers the
 * patterns on either side of a quote share (find-direct.ts, direct-cue-after.ts, direct-cue-before.ts).
 */
import type { Cue } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { cueAdverb } from './lexicon.js';
import type { classify, Phrase } from './noun-phrase.js';
import type { Quoted } from './quote-marks.js';

export interface Hit {
  cue: { start: number; end: number };
  source: { start: number; end: number } | null;
  sourceClass: ReturnType<typeof classify> | null;
  sentence: number;
  basis: string;
  confidence: number;
  /** A second quote of a split quotation. */
  next: number | null;
}

/** The character span of phrase `p` in sentence `s`. */
export function span(s: SentenceView, p: Phrase): { start: number; end: number } {
  return { start: s.tokens[p.from]!.start, end: s.tokens[p.to]!.end };
}

/** Cue span including auxiliaries/adverbs between the subject and the verb ("has also said"). */
export function cueSpan(s: SentenceView, c: Cue, subjectEnd: number | null): { start: number; end: number } {
  let from = c.from;
  if (subjectEnd !== null) while (from - 1 > subjectEnd && cueAdverb(s.tokens[from - 1]!.lower)) from--;
  return { start: s.tokens[from]!.start, end: s.tokens[c.to]!.end };
}

/**
 * A quote inside running words ("The West must stop the “genocide,” Putin said"): the speaker's words are
 * the whole clause, which the indirect finder reports as mixed speech; the quote alone is not a direct quote.
 */
export function embedded(doc: DocView, s: SentenceView, q: Quoted): boolean {
  const before = s.tokens.filter((t, k) => t.end <= q.start && s.quoteOf[k] === -1);
  const prev = before.at(-1);
  return prev !== undefined && before.some((t) => t.word) && !/^[:,;—–―(-]$/.test(prev.text);
}
