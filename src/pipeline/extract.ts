import { createHash } from 'node:crypto';
import type { CleanedDocument, DecodedDocument, RawDocument } from '../core/analysis.js';
import { fail, ok, type Result } from '../core/errors.js';
import { createContext, DEFAULT_MAX_ARTICLE_CHARS, type StageOptions, type TraceLine } from '../core/stage.js';
import type { DocumentRecord, Extraction } from '../core/types.js';
import { actors } from '../stages/actors/index.js';
import { clean } from '../stages/clean/index.js';
import { dates } from '../stages/dates/index.js';
import { decode } from '../stages/decode/index.js';
import { events } from '../stages/events/index.js';
import { metadata } from '../stages/metadata/index.js';
import { quotes } from '../stages/quotes/index.js';
import { segment } from '../stages/segment/index.js';
import { assemble } from './assemble.js';

export type ExtractOptions = StageOptions;

export type ExtractResult = Result<Extraction> & { readonly trace: readonly TraceLine[] };

/**
 * Stages 2–10 on one document: the library's heart. Pure: no I/O, deterministic.
 * @example extract({ source: 'a.txt', body: 'date 2022-02-26 …', mediaType: null })
 */
export function extract(input: RawDocument | string, options: ExtractOptions = {}): ExtractResult {
  const ctx = createContext(options);
  const raw: RawDocument = typeof input === 'string' ? { source: 'input', body: input, mediaType: null } : input;

  const decoded = decode.run(raw, ctx);
  if (!decoded.ok) return { ...decoded, trace: ctx.lines };
  const cleaned = clean.run(decoded.value, ctx);
  if (!cleaned.ok) return { ...cleaned, trace: ctx.lines };
  const document = documentRecord(decoded.value, cleaned.value, ctx);
  const maxChars = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  if (document.text.length > maxChars) {
    const message = `The article text is ${document.text.length} characters, over the ${maxChars}-character limit for one document; it is probably several documents in one file: split it (or raise --max-chars).`;
    return { ...fail('EXTRACT_TOO_LONG', document.source, message, { chars: document.text.length, limit: maxChars }), trace: ctx.lines };
  }

  const { text, publishedAt } = document;
  const segments = segment.run({ text }, ctx);
  const mentions = actors.run({ text, segments, publishedAt }, ctx);
  const attributions = quotes.run({ text, segments, mentions }, ctx);
  const dated = dates.run({ text, segments, attributions, publishedAt }, ctx);
  const coded = events.run({ text, segments, mentions, attributions, publishedAt }, ctx);
  const statements = assemble({ documentId: document.id, attributions, dated, coded });

  return { ...ok({ document, statements }), trace: ctx.lines };
}

/** Stages 2–4 only: what `communique clean` prints. */
export function cleanDocument(input: RawDocument, options: ExtractOptions = {}): Result<DocumentRecord> & { readonly trace: readonly TraceLine[] } {
  const ctx = createContext(options);
  const decoded = decode.run(input, ctx);
  if (!decoded.ok) return { ...decoded, trace: ctx.lines };
  const cleaned = clean.run(decoded.value, ctx);
  if (!cleaned.ok) return { ...cleaned, trace: ctx.lines };
  return { ...ok(documentRecord(decoded.value, cleaned.value, ctx)), trace: ctx.lines };
}

function documentRecord(
  decoded: DecodedDocument,
  cleaned: CleanedDocument,
  ctx: ReturnType<typeof createContext>,
): DocumentRecord {
  const meta = metadata.run({ decoded, cleaned }, ctx);
  return {
    id: `sha256:${createHash('sha256').update(cleaned.text).digest('hex')}`,
    source: decoded.source,
    url: meta.url,
    title: meta.title,
    publishedAt: meta.publishedAt,
    publishedAtBasis: meta.publishedAtBasis,
    outlet: meta.outlet,
    authors: meta.authors,
    language: meta.language,
    text: cleaned.text,
    removed: cleaned.removed,
  };
}
