import type { Segments, Sentence, Span } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';

/** Stage 5: paragraphs (blank-line separated) and sentences, as offsets into the clean text. */
export const segment: Stage<{ text: string }, Segments> = {
  name: 'segment',
  run({ text }) {
    const paragraphs: Span[] = [];
    const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
    const sentences: Sentence[] = [];
    paragraphs.forEach((p, paragraph) => {
      const body = text.slice(p.start, p.end);
      const sre = /[^.!?]+(?:[.!?]+["'”’)\]]*|$)\s*/g;
      for (let m = sre.exec(body); m && m[0].length > 0; m = sre.exec(body)) {
        const start = p.start + m.index;
        const end = start + m[0].trimEnd().length;
        if (end > start) sentences.push({ start, end, paragraph });
      }
    });
    return { paragraphs, sentences };
  },
};
