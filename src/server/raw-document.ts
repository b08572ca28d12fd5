import type { RawDocument } from '../core/analysis.js';
import type { DocumentInput } from './schemas.js';

/** An API body (`text` or `html`, with optional source hints) as the pipeline's RawDocument. */
export function rawDocumentOf(input: DocumentInput): RawDocument {
  const hints = {
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.published !== undefined ? { publishedAt: input.published } : {}),
  };
  return {
    source: input.source ?? input.url ?? 'api',
    body: input.html ?? input.text ?? '',
    mediaType: input.html !== undefined ? 'text/html' : 'text/plain',
    hints,
  };
}
