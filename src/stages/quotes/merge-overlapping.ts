/** Refiners: one attribution per stretch of content, and cue-less quote paragraphs joined to their speaker. */
import { sentenceAt, type DocView } from './document.js';
import { isNonQuote } from './non-quotes.js';
import { wordCount } from './find-direct.js';
import { contentSpan, type Found } from './found.js';
import type { Span } from '../../core/analysis.js';
import { overlaps } from '../../core/span.js';
import { startsLower } from './letter-case.js';

/** Keeps the first of overlapping attributions in priority order (direct, then indirect), then sorts by position. */
export function mergeOverlapping(groups: readonly (readonly Found[])[]): Found[] {
  const kept: Found[] = [];
  const taken = new Intervals();
  for (const group of groups) {
    for (const f of group) {
      if (f.fragments.some((p) => taken.hits(p))) continue;
      kept.push(f);
      for (const p of f.fragments) taken.add(p);
    }
  }
  return kept.sort((a, b) => contentSpan(a).start - contentSpan(b).start);
}

/** Disjoint spans kept sorted, so an overlap test is a binary search (long documents stay linear-ish). */
class Intervals {
  private readonly spans: Span[] = [];

  /** Index of the first span ending after `at`. */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  hits(p: Span): boolean {
    const s = this.spans[this.firstEndingAfter(p.start)];
    return s !== undefined && overlaps(s, p);
  }

  add(p: Span): void {
    this.spans.splice(this.firstEndingAfter(p.start), 0, p);
  }
}

/**
 * A quote that is a whole sentence or paragraph with no cue of its own continues the nearest earlier
 * speaker within two paragraphs (the "floating quote" of news style). Short or title-like spans are left out.
 */
export function attachBareQuotes(doc: DocView, found: readonly Found[], claimed: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  const taken = new Intervals();
  for (const f of found) for (const p of f.fragments) taken.add(p);
  // Found attributions are sorted and disjoint, quotes are in text order: one forward pointer finds the previous speaker.
  let next = 0;
  let prev = -1;
  doc.quoted.forEach((q, qi) => {
    if (claimed.has(qi) || wordCount(doc.text, q) < 4 || isNonQuote(doc, q)) return;
    if (taken.hits(q)) return;
    const first = sentenceAt(doc, q.start);
    const last = sentenceAt(doc, q.end - 1);
    if (!first || !last) return;
    const lead = doc.text.slice(first.start, q.start).trim();
    const tail = doc.text.slice(q.end, last.end).trim();
    if (lead !== '' || !/^[.,;!?]?$/.test(tail)) return;
    while (next < found.length && contentSpan(found[next]!).end <= q.start) {
      if (found[next]!.source) prev = next;
      next++;
    }
    const p = found[prev];
    if (!p || first.paragraph - (doc.sentences[p.sentence]?.paragraph ?? -9) > 2) return;
    const opening = doc.text.slice(q.start + 1, q.start + 5).replace(/^[\s.…'"]+/, '');
    out.push({
      kind: startsLower(opening) ? 'mixed' : 'direct',
      fragments: q.pieces,
      cue: null,
      source: p.source,
      sourceClass: p.sourceClass,
      sentence: first.index,
      basis: 'quote without a cue, continuing the previous speaker',
      confidence: 0.6,
      inheritsFrom: prev,
    });
  });
  return out;
}

/**
 * A cue-less quote paragraph that follows its speaker's quote with nothing between (the next sentence of the
 * text opens it) is more of the same utterance: PolNeAR annotates “…,” he said. ¶ “…” ¶ “…” as one attribution
 * with several fragments. Joins each such quote to the attribution it continues; the others stay separate.
 */
export function joinContinuations(doc: DocView, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const p = out.at(-1);
    const lastP = p?.fragments.at(-1);
    const quoteLed = lastP !== undefined && /^["“”]/.test(doc.text.slice(lastP.start, lastP.start + 1));
    // Also after mixed speech ending on the speaker's quoted words ("She said leaders must “stop it.” “And now.”").
    const quoteEnded = lastP !== undefined && p!.kind === 'mixed' && /["”]$/.test(doc.text.slice(lastP.start, lastP.end).trimEnd());
    if (p && f.cue === null && f.inheritsFrom !== undefined && (quoteLed || quoteEnded)) {
      const lastSentence = sentenceAt(doc, p.fragments.at(-1)!.end - 1);
      const cueSentence = doc.sentences[p.sentence];
      const endSentence = Math.max(lastSentence?.index ?? -1, cueSentence?.index ?? -1);
      if (f.sentence === endSentence + 1) {
        out[out.length - 1] = { ...p, fragments: [...p.fragments, ...f.fragments], basis: `${p.basis}, continued by a cue-less quote paragraph` };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}
