/**
 * An indirect content that stops at a colon or comma just before the speaker's own quoted words:
 * "She recalled the pay freeze: “I saw how hard it was. …”" / "He said he rarely asks for help, “except from
 * people I’m close to.”". The indirect finder ends a content at such a boundary, and the direct finder leaves
 * a quote with words before it alone, so the quote was nobody's; PolNeAR annotates the paraphrase and the quote
 * as one mixed content. The same when more words of the clause come between and the quote closes the sentence
 * ("Sperry writes the firm works with other agencies, as well, “including …”").
 */
import { cueAt } from './cues.js';
import { sentenceAt, type DocView, type SentenceView } from './document.js';
import { contentSpan, type Found } from './found.js';
import type { Quoted } from './quote-marks.js';

export function extendToQuote(doc: DocView, found: readonly Found[]): Found[] {
  return found.map((f, fi) => {
    if (f.kind !== 'indirect' || f.cue === null || f.fragments.length !== 1) return f;
    const c = contentSpan(f);
    const s = sentenceAt(doc, c.end - 1);
    if (!s) return f;
    const k = s.tokens.findIndex((t) => t.start >= c.end);
    if (k < 0) return f;
    const qt = quoteAfter(doc, s, k);
    if (qt < 0) return f;
    const q = doc.quoted[s.quoteOf[qt]!]!;
    // The quote belongs to no other attribution.
    const clash = found.some((g, gi) => gi !== fi && [...g.fragments, g.cue, g.source].some((x) => x !== null && x.start < q.end && c.end < x.end));
    if (clash) return f;
    const pieces = q.pieces.map((p) => ({ start: p.start, end: p.end }));
    return { ...f, kind: 'mixed', fragments: [{ start: c.start, end: pieces[0]!.end }, ...pieces.slice(1)], basis: `${f.basis}, continued by the speaker's quote` };
  });
}

/**
 * The first token of a quote that continues the content ending before token `k`: right after a colon or comma
 * ("…: “I saw …”"), or later in the same clause ("… with other agencies, as well, “including …”", "… portrayed him
 * as a generous, magnanimous man who would be “the people's champion”"). Words between may not hold a reporting
 * verb, a colon or a semicolon: after those the quote is another statement's. Such a later quote must close its
 * sentence: a scare-quoted phrase with words after it ("acted in the film “Night Train” last year") is mostly
 * not annotated, or the content runs on past it (PolNeAR train: 23 contents found, 26 false ones, without this
 * condition; 10 and 2 with it). Returns -1 when there is none.
 */
function quoteAfter(doc: DocView, s: SentenceView, k: number): number {
  const toks = s.tokens;
  if (/^[,:]$/.test(toks[k]!.text) && s.quoteOf[k + 1] !== undefined && s.quoteOf[k + 1] !== -1) return k + 1;
  for (let j = k; j < toks.length; j++) {
    if (s.quoteOf[j] !== -1) {
      const q = doc.quoted[s.quoteOf[j]!]!;
      // A double-quoted span only (a single mark is more often a title or a nickname), opening here.
      return q.start === toks[j]!.start && q.mark !== "'" && q.mark !== '‘' && closesSentence(doc, q) ? j : -1;
    }
    const t = toks[j]!;
    if (t.text === ';' || t.text === ':' || (t.word && !t.cap && cueAt(toks, j) !== null)) return -1;
  }
  return -1;
}

/** Only punctuation follows quote `q` in the sentence where it closes. */
function closesSentence(doc: DocView, q: Quoted): boolean {
  const s = sentenceAt(doc, q.end - 1);
  return !!s && !s.tokens.some((t) => t.start >= q.end && t.word);
}
