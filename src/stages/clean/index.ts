import type { CleanedDocument, DecodedDocument, MetadataCandidate } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import type { Stage } from '../../core/stage.js';
import type { RemovedSpan } from '../../core/types.js';

/** Stage 3: the article text and every removed span with its reason. */
export const clean: Stage<DecodedDocument, Result<CleanedDocument>> = {
  name: 'clean',
  run(doc, ctx) {
    const removed: RemovedSpan[] = [];
    const candidates: MetadataCandidate[] = [];
    const input = doc.text;
    // A scraper's `date YYYY-MM-DD` header, at the very start (possibly on the first line with the text).
    const header = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i.exec(input);
    let bodyStart = 0;
    if (header) {
      const start = input.indexOf('date', 0);
      removed.push({ start, end: header[0].length, text: input.slice(start, header[0].length), reason: 'header', rule: 'date header' });
      candidates.push({ field: 'publishedAt', value: header[1]!, basis: 'header', span: { text: header[0].trim(), start, end: header[0].length } });
      bodyStart = header[0].length;
    }
    const paragraphs = input
      .slice(bodyStart)
      .split(/\n\s*\n|\r?\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '');
    const text = paragraphs.join('\n\n');
    if (text.length === 0) return fail('CLEAN_NO_ARTICLE', doc.source, 'No article text was found in the document.');
    ctx.trace('clean', () => `${paragraphs.length} paragraphs, ${removed.length} spans removed`);
    return ok({ text, removed, candidates });
  },
};
