/** Refiners: one attribution per stretch of content, and cue-less quote paragraphs joined to their speaker. */
import type { DocView } from './document.js';
import { isNonQuote } from './non-quotes.js';
import { wordCount } from './find-direct.js';
import { contentSpan, type Found } from './found.js';
import { overlaps } from '../../core/span.js';

/** Keeps the first of overlapping attributions in priority order (direct, then indirect), then sorts by position. */
export function mergeOverlapping(groups: readonly (readonly Found[])[]): Found[] {
  const kept: Found[] = [];
  for (const group of groups) {
    for (const f of group) {
      if (kept.some((k) => k.fragments.some((a) => f.fragments.some((b) => overlaps(a, b))))) continue;
      kept.push(f);
    }
  }
  return kept.sort((a, b) => contentSpan(a).start - contentSpan(b).start);
}

/**
 * A quote that is a whole sentence or paragraph with no cue of its own continues the nearest earlier
 * speaker within two paragraphs (the "floating quote" of news style). Short or title-like spans are left out.
 */
export function attachBareQuotes(doc: DocView, found: readonly Found[], claimed: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  doc.quoted.forEach((q, qi) => {
    if (claimed.has(qi) || wordCount(doc.text, q) < 4 || isNonQuote(doc, q)) return;
    if (found.some((f) => f.fragments.some((p) => overlaps(p, q)))) return;
    const first = doc.sentences.find((s) => s.start <= q.start && q.start < s.end);
    const last = doc.sentences.find((s) => s.start < q.end && q.end <= s.end);
    if (!first || !last) return;
    const lead = doc.text.slice(first.start, q.start).trim();
    const tail = doc.text.slice(q.end, last.end).trim();
    if (lead !== '' || !/^[.,;!?]?$/.test(tail)) return;
    let prev = -1;
    found.forEach((f, i) => {
      if (f.source && contentSpan(f).end <= q.start) prev = i;
    });
    const p = found[prev];
    if (!p || first.paragraph - (doc.sentences[p.sentence]?.paragraph ?? -9) > 2) return;
    const opening = doc.text.slice(q.start + 1, q.start + 4).replace(/^[\s.…]+/, '');
    out.push({
      kind: /^\p{Ll}/u.test(opening) ? 'mixed' : 'direct',
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
