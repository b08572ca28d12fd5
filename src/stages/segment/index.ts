import type { Segments, Sentence, Span } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';
import { splitSentences } from './sentences.js';

/**
 * Stage 5: paragraphs (blank-line separated) and sentences, as offsets into the clean text.
 * Abbreviations ("Mr.", "U.S.", "Feb."), initials and quotes closing after the period are handled in sentences.ts.
 */
export const segment: Stage<{ text: string }, Segments> = {
  name: 'segment',
  run({ text }, ctx) {
    const paragraphs = splitParagraphs(text);
    const sentences: Sentence[] = [];
    paragraphs.forEach((p, i) => sentences.push(...splitSentences(text, p, i)));
    ctx.trace('segment', () => `${paragraphs.length} paragraphs, ${sentences.length} sentences`);
    return { paragraphs, sentences };
  },
};

/** Paragraphs: runs of non-blank lines, trimmed. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
