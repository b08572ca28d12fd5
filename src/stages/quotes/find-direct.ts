/**
 * Direct quotes: a quoted span with a cue beside it — after it ("“…,” he said", "“…,” said X", split
 * "“…,” he said, “…”") or before it ("He said: “…”", "The statement read “…”", "X: ‘…’").
 * This file walks the quotes and assembles what the patterns find (direct-cue-after.ts, direct-cue-before.ts).
 */
import { cueAt } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { isNonQuote } from './non-quotes.js';
import { sentenceAt } from './document.js';
import type { Quoted } from './quote-marks.js';
import { continuation } from './split-quotes.js';
import { letterRuns, startsLower } from './letter-case.js';
import { embedded } from './direct-hit.js';
import { afterPattern, attributionInNextSentence, looseAfter, unlistedVerbAfter } from './direct-cue-after.js';
import { beforePattern } from './direct-cue-before.js';

export interface DirectResult {
  readonly found: Found[];
  /** Indices of quoted spans used by a found attribution. */
  readonly claimed: Set<number>;
}

export function findDirect(doc: DocView): DirectResult {
  const found: Found[] = [];
  const claimed = new Set<number>();
  doc.quoted.forEach((q, qi) => {
    if (claimed.has(qi)) return;
    const last = sentenceAt(doc, q.end - 1);
    const first = sentenceAt(doc, q.start);
    if (!last || !first) return;
    const words = wordCount(doc.text, q);
    const nonQuote = isNonQuote(doc, q) && words < 6;
    const inside = embedded(doc, first, q);
    // A short title-case quote is a title or a nickname ("“Morning Edition”") — unless it opens its sentence, closes on
    // a comma, "!" or "?", and a cue follows: '"GROWING PARTY," he declared in a tweet' is a slogan said.
    if (nonQuote && (inside || q.start !== first.tokens[0]!.start || !/[,!?]["”]$/.test(doc.text.slice(q.start, q.end)))) return;
    const after = afterPattern(doc, last, q, qi) ?? unlistedVerbAfter(doc, last, q, qi) ?? attributionInNextSentence(doc, last, q, qi);
    if (nonQuote && !after) return;
    const before = after ? null : beforePattern(doc, first, q, found);
    const hit = after ?? before ?? looseAfter(doc, last, q, qi);
    if (!hit) return;
    // "X said he'd sit the rival down and tell him “no more nonsense”": a quoted phrase starting in lower case is part
    // of the reported clause, and the outermost cue's content holds it (find-indirect); "tell him" does not claim it.
    if (before && hit === before && outerCue(doc, first, q, hit.cue.start)) return;
    const fragments = [...q.pieces];
    // The quote inside running words before its cue: the speaker's words are the whole clause (mixed speech).
    if (inside && after) fragments[0] = { start: first.tokens.find((t) => t.word)!.start, end: fragments[0]!.end };
    const used = [qi];
    if (hit.next !== null) {
      fragments.push(...doc.quoted[hit.next]!.pieces);
      used.push(hit.next);
    }
    // “…,” Barkley said. “This is …” “And this …”: quote sentences that follow without a cue of their own go on.
    for (const n of continuation(doc, hit.next ?? qi, claimed)) {
      fragments.push(...doc.quoted[n]!.pieces);
      used.push(n);
    }
    for (const u of used) claimed.add(u);
    const opening = doc.text.slice(q.start + 1, q.start + 5).replace(/^[\s.…'"]+/, '');
    const kind = startsLower(opening) || (inside && after) ? 'mixed' : 'direct';
    const f: Found = { kind, fragments, cue: hit.cue, source: hit.source, sourceClass: hit.sourceClass, sentence: hit.sentence, basis: hit.basis, confidence: hit.confidence };
    found.push(f);
  });
  return { found, claimed };
}

/** A quote opening in lower case, with a strong reporting cue earlier in its sentence than the cue before it. */
function outerCue(doc: DocView, s: SentenceView, q: Quoted, cueStart: number): boolean {
  const opening = doc.text.slice(q.start + 1, q.start + 5).replace(/^[\s.…'"]+/, '');
  if (!startsLower(opening)) return false;
  const toks = s.tokens;
  for (let k = 0; k < toks.length && toks[k]!.end <= cueStart; k++) {
    if (s.quoteOf[k] !== -1 || !toks[k]!.word) continue;
    const c = cueAt(toks, k);
    if (c && c.strong && !c.participle) return true;
  }
  return false;
}

export function wordCount(text: string, q: { start: number; end: number }): number {
  return letterRuns(text.slice(q.start, q.end)).length;
}
