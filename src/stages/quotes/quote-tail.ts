/**
 * An indirect content that stops at a colon or comma just before the speaker's own quoted words:
 * "She recalled the pay freeze: “I saw how hard it was. …”" / "He said he rarely asks for help, “except from
 * people I’m close to.”". The indirect finder ends a content at such a boundary, and the direct finder leaves
 * a quote with words before it alone, so the quote was nobody's; PolNeAR annotates the paraphrase and the quote
 * as one mixed content.
 */
import { sentenceAt, type DocView } from './document.js';
import { contentSpan, type Found } from './found.js';

export function extendToQuote(doc: DocView, found: readonly Found[]): Found[] {
  return found.map((f, fi) => {
    if (f.kind !== 'indirect' || f.cue === null || f.fragments.length !== 1) return f;
    const c = contentSpan(f);
    const s = sentenceAt(doc, c.end - 1);
    if (!s) return f;
    const k = s.tokens.findIndex((t) => t.start >= c.end);
    if (k < 0 || s.quoteOf[k + 1] === undefined || s.quoteOf[k + 1] === -1 || !/^[,:]$/.test(s.tokens[k]!.text)) return f;
    const q = doc.quoted[s.quoteOf[k + 1]!]!;
    // The quote belongs to no other attribution.
    const clash = found.some((g, gi) => gi !== fi && [...g.fragments, g.cue, g.source].some((x) => x !== null && x.start < q.end && c.end < x.end));
    if (clash) return f;
    const pieces = q.pieces.map((p) => ({ start: p.start, end: p.end }));
    return { ...f, kind: 'mixed', fragments: [{ start: c.start, end: pieces[0]!.end }, ...pieces.slice(1)], basis: `${f.basis}, continued by the speaker's quote` };
  });
}
