/**
 * Split quotations and their continuations: the quote after an attribution ("“…,” he said, “…”"), the
 * quote that opens the next sentence of the paragraph ("“…,” Barkley said. “This is …”"), and when
 * "adding" starts a second statement instead. Used by find-direct.ts.
 */
import { cueAt } from './cues.js';
import { sentenceAt, type DocView, type SentenceView } from './document.js';
import { isNonQuote } from './non-quotes.js';
import type { Quoted } from './quote-marks.js';
import type { Token } from './tokens.js';
import { startsUpper } from './letter-case.js';

const TERMINAL = new Set(['.', '?', '!', ';']);

/**
 * A sentence-ending mark. The segmenter already cut the text into sentences, so a period glued to a word
 * before the sentence's last token closes an abbreviation ("Sen.", "(R-Fla.)", "U.N."), not the sentence.
 */
export function ends(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (!TERMINAL.has(t.text)) return false;
  if (t.text !== '.' || i === 0 || i >= toks.length - 1) return true;
  const prev = toks[i - 1]!;
  return !(prev.word && prev.end === t.start && startsUpper(prev.text));
}

/** The second quote of a split quotation, after the attribution that ends before token `after`. */
export function nextQuote(doc: DocView, s: SentenceView, q: Quoted, qi: number, after: number): number | null {
  const toks = s.tokens;
  let next: number | null = null;
  const nt = toks[after];
  const nq = nt && (nt.text === ',' || nt.text === ':') ? s.quoteOf[after + 1] : nt ? s.quoteOf[after] : undefined;
  if (nq !== undefined && nq !== -1 && nq !== qi && !isNonQuote(doc, doc.quoted[nq]!)) next = nq;
  // “…,” Thiel wrote in a statement to Wired, “but …”: a quote closed by a comma resumes at the next quote of the
  // sentence that follows a comma (the setting of the cue may come between).
  if (next === null && /,\s*["”’»]$/.test(doc.text.slice(q.start, q.end))) next = resumedQuote(doc, s, after, qi);
  // “…,” Barkley said. “This is …”: the quote that opens the next sentence of the paragraph continues this one —
  // unless the attribution goes on to a statement of its own ("“…,” he said, adding that … . “…”"): on PolNeAR
  // train that next quote is then the second statement's, or nobody's, more often than the first's.
  if (next === null && !quoteAfter(doc, s, after) && !addsBetween(toks, after, toks.length)) next = followingQuote(doc, s);
  if (next === null) next = afterAbbreviation(doc, s, after);
  return next;
}

/**
 * A quote among the sentence's tokens from `from` on. A title in the attribution's setting ("he said on ABC's
 * “This Week.”") is no quote of its own and does not count; each quote is tested once, not once per token.
 */
function quoteAfter(doc: DocView, s: SentenceView, from: number): boolean {
  let seen = -1;
  for (let k = from; k < s.tokens.length; k++) {
    const q = s.quoteOf[k]!;
    if (q === -1 || q === seen) continue;
    seen = q;
    if (!isNonQuote(doc, doc.quoted[q]!)) return true;
  }
  return false;
}

/**
 * "“…,” Sanders said at a rally in Binghamton, N.Y. “Secretary Clinton …”": the segmenter keeps a sentence going
 * after an abbreviation's period, so the quote that really opens the next sentence sits inside this one. It
 * continues the split quote as followingQuote's would: capitalised, with no cue of its own.
 */
function afterAbbreviation(doc: DocView, s: SentenceView, after: number): number | null {
  const toks = s.tokens;
  for (let k = after + 1; k < toks.length; k++) {
    const q = s.quoteOf[k]!;
    if (q === -1) continue;
    const quote = doc.quoted[q]!;
    const opensCap = /^[\p{Lu}]/u.test(doc.text.slice(quote.start + 1, quote.start + 3).trimStart());
    const abbreviation = toks[k - 1]!.text === '.' && s.quoteOf[k - 1] === -1 && !ends(toks, k - 1);
    if (!abbreviation || !opensCap || addsBetween(toks, after, k) || cueAfter(doc, quote) || isNonQuote(doc, quote)) return null;
    return q;
  }
  return null;
}

/** The first quote after token `from` of the sentence, when a comma opens it and no other cue comes between. */
function resumedQuote(doc: DocView, s: SentenceView, from: number, qi: number): number | null {
  const toks = s.tokens;
  for (let k = from; k < toks.length; k++) {
    const q = s.quoteOf[k]!;
    if (q === -1) {
      if (ends(toks, k)) return null;
      continue;
    }
    if (q === qi) return null;
    // "“…,” he said, adding, “…”": the second quote is the participle's, not the rest of the first.
    if (addsBetween(toks, from, k)) return null;
    // "“…,” she said, but …, “…,” said Kunin": a resumed quote with a cue after it is that cue's attribution.
    return toks[k - 1]?.text === ',' && !isNonQuote(doc, doc.quoted[q]!) && !cueAfter(doc, doc.quoted[q]!) ? q : null;
  }
  return null;
}

/**
 * "adding" among tokens [from, to): the attribution goes on to a second statement ("he said, adding that …",
 * "she said, adding, “…”"), and the quote after it is that statement's, not more of the first. Only "add":
 * other verbs after a cue are its setting ("said, referring to the debate") and the quote still continues.
 */
function addsBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.lower === 'adding' && cueAt(toks, k)?.lemma === 'add') return true;
  return false;
}

/** Quotes that each open the sentence after the previous one ends, in the paragraph of quote `from`, with no cue of their own. */
export function continuation(doc: DocView, from: number, claimed: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let q = doc.quoted[from]!; out.length < 8; ) {
    const s = sentenceAt(doc, q.end - 1);
    if (!s || s.tokens.some((t, k) => t.start >= q.end && s.quoteOf[k] === -1 && t.word)) break;
    const n = followingQuote(doc, s);
    if (n === null || claimed.has(n) || out.includes(n)) break;
    out.push(n);
    q = doc.quoted[n]!;
  }
  return out;
}

/** The quote opening the sentence after `s` in the same paragraph, if any. */
function followingQuote(doc: DocView, s: SentenceView): number | null {
  const n = doc.sentences[s.index + 1];
  if (!n || n.paragraph !== s.paragraph || n.quoteOf[0] === undefined || n.quoteOf[0] === -1) return null;
  const q = doc.quoted[n.quoteOf[0]]!;
  // A next quote with its own cue ("“…,” she said") is its own attribution.
  return q.start === n.tokens[0]!.start && !cueAfter(doc, q) && !isNonQuote(doc, q) ? n.quoteOf[0] : null;
}

/**
 * A cue after quote `q` in the sentence where it closes ("“… . … ,” she said"): the quote is that cue's own
 * attribution. The closing sentence, not the opening one, because a quote of several sentences has its cue
 * after the last ("“He claims … . If he wants …,” she said").
 */
export function cueAfter(doc: DocView, q: Quoted): boolean {
  const s = sentenceAt(doc, q.end - 1);
  return !!s && s.tokens.some((t, i) => t.start >= q.end && s.quoteOf[i] === -1 && cueAt(s.tokens, i) !== null);
}
