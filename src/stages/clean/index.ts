import type { CleanedDocument, DecodedDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import type { Stage } from '../../core/stage.js';
import { cleanHtml } from './html/clean-html.js';
import { cleanText } from './text/clean-text.js';
import { WordRegExp } from '../../core/word-regexp.js';

// Under this many words of kept text after junk was removed, a document is a widget, not an article.
const MIN_ARTICLE_WORDS = 8;
// Built as written only for a text with letters outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const WORD_CHAR = new WordRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** Stage 3: the article text (paragraphs separated by "\n\n") and every removed span with its reason. */
export const clean: Stage<DecodedDocument, Result<CleanedDocument>> = {
  name: 'clean',
  run(doc, ctx) {
    const result = doc.mediaType === 'text/html' ? cleanHtml(doc.text, { url: doc.hints.url ?? null, trace: (line) => ctx.trace('clean', line) }) : cleanText(doc.text);
    const text = result.paragraphs.join('\n\n');
    for (const r of result.removed) ctx.trace('clean', () => `removed ${r.reason} (${r.rule ?? ''}) at ${r.start}: ${r.text.slice(0, 80)}`);
    // Every word of an ASCII-worded text is ASCII-worded.
    const wordChar = WORD_CHAR.for(text);
    const words = text.split(/\s+/).filter((w) => wordChar.test(w)).length;
    const junk = result.removed.filter((r) => r.reason !== 'header').length;
    if (words === 0 || (words < MIN_ARTICLE_WORDS && junk > 0 && doc.mediaType === 'text/plain')) {
      return fail('CLEAN_NO_ARTICLE', doc.source, 'No article text was found (only page furniture such as a newsletter box); nothing to extract.', {
        textLength: text.length,
        removed: result.removed.length,
      });
    }
    ctx.trace('clean', () => `${result.paragraphs.length} paragraphs kept, ${result.removed.length} spans removed`);
    return ok({ text, removed: result.removed, candidates: result.candidates });
  },
};
