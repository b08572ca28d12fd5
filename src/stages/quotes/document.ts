import type { Segments, Sentence } from '../../core/analysis.js';
import { findQuoted, type Quoted } from './quote-marks.js';
import { tokenize, type Token } from './tokens.js';

/** One sentence with its tokens, and for each token the quoted span holding it (-1 for none). */
export interface SentenceView extends Sentence {
  readonly index: number;
  readonly tokens: readonly Token[];
  readonly quoteOf: readonly number[];
}

/** The document as the finders see it: text, sentences with tokens, quoted spans. */
export interface DocView {
  readonly text: string;
  readonly segments: Segments;
  readonly sentences: readonly SentenceView[];
  readonly quoted: readonly Quoted[];
}

export function viewDocument(text: string, segments: Segments): DocView {
  const quoted = findQuoted(text, segments.paragraphs);
  let q = 0;
  const sentences = segments.sentences.map((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    // A plain loop (no closure per sentence, no call per token): it runs on every token of every document.
    const quoteOf: number[] = [];
    for (const t of tokens) {
      while (q < quoted.length && quoted[q]!.end <= t.start) q++;
      // Quoted spans do not overlap, so the first one not ended before the token is the only candidate.
      const cand = quoted[q];
      quoteOf.push(cand && cand.start <= t.start && t.end <= cand.end && inPiece(cand, t) ? q : -1);
    }
    return { ...s, index, tokens, quoteOf };
  });
  return { text, segments, sentences, quoted };
}

function inPiece(q: Quoted, t: Token): boolean {
  for (const p of q.pieces) if (p.start <= t.start && t.end <= p.end) return true;
  return false;
}

/** The sentence holding offset `at`. */
export function sentenceAt(doc: DocView, at: number): SentenceView | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The quoted spans no finder has claimed, each with the sentence it opens in and the index of its first token
 * there: where the later finders (find-relative.ts, find-chant.ts) look for the words before a quote.
 */
export function unclaimedQuotes(doc: DocView, claimed: ReadonlySet<number>): { q: Quoted; s: SentenceView; qt: number }[] {
  const out: { q: Quoted; s: SentenceView; qt: number }[] = [];
  doc.quoted.forEach((q, qi) => {
    const s = claimed.has(qi) ? undefined : sentenceAt(doc, q.start);
    if (s) out.push({ q, s, qt: s.tokens.findIndex((t) => t.start >= q.start) });
  });
  return out;
}
