/**
 * Transcript and interview lines: a paragraph opening with a short speaker label and a colon
 * ("WALLACE: But, Governor Pence, …", "Mr. Kaine: We will …") reports that speaker's words verbatim,
 * the whole paragraph after the colon. Quoted paragraphs are left to find-direct.
 */
import { sentenceAt, type DocView } from './document.js';
import type { Found } from './found.js';
import { classify, phraseEndingAt } from './noun-phrase.js';
import { letterRuns, startsUpper } from './letter-case.js';

export function findTranscript(doc: DocView, claimed: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  doc.segments.paragraphs.forEach((p, pi) => {
    const s = sentenceAt(doc, p.start);
    if (!s || s.start !== p.start || s.paragraph !== pi) return;
    const colon = s.tokens.findIndex((t) => t.text === ':');
    // A label is one to four words, all capitalised, before the colon; the words after it are not a quote.
    if (colon < 1 || colon > 4 || !s.tokens.slice(0, colon).every((t) => t.cap || t.text === '.')) return;
    const after = s.tokens[colon + 1];
    if (!after || s.quoteOf[colon + 1] !== -1 && claimed.has(s.quoteOf[colon + 1]!)) return;
    if (s.quoteOf[colon + 1] !== -1) return;
    const source = phraseEndingAt(s.tokens, colon - 1);
    if (!source || source.from !== 0) return;
    const start = after.start;
    let end = p.end;
    while (end > start && /[\s.]/.test(doc.text[end - 1]!)) end--;
    const words = letterRuns(doc.text.slice(start, end));
    if (words.length < 3) return;
    // Title case after the colon is a headline ("Revealed: What The Videos Contain"), not spoken words.
    const long = words.filter((w) => w.length > 3);
    if (long.length >= 2 && long.filter((w) => startsUpper(w)).length >= 0.6 * long.length) return;
    out.push({
      kind: 'direct',
      fragments: [{ start, end }],
      cue: { start: s.tokens[colon]!.start, end: s.tokens[colon]!.end },
      source: { start: s.tokens[source.from]!.start, end: s.tokens[source.to]!.end },
      sourceClass: classify(s.tokens, source),
      sentence: s.index,
      basis: 'transcript label (NAME: …)',
      confidence: 0.7,
    });
  });
  return out;
}
