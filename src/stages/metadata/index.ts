import type { CleanedDocument, DecodedDocument, Metadata } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';

export interface MetadataInput {
  readonly decoded: DecodedDocument;
  readonly cleaned: CleanedDocument;
}

/** Stage 4: one value per field, from the option, the container's hints, then the page's own candidates. */
export const metadata: Stage<MetadataInput, Metadata> = {
  name: 'metadata',
  run({ decoded, cleaned }, ctx) {
    const first = (field: string) => cleaned.candidates.find((c) => c.field === field);
    const published = ctx.options.published
      ? { value: ctx.options.published, basis: 'option' }
      : decoded.hints.publishedAt
        ? { value: decoded.hints.publishedAt.slice(0, 10), basis: 'source' }
        : first('publishedAt');
    const result: Metadata = {
      title: decoded.hints.title ?? first('title')?.value ?? null,
      publishedAt: published?.value ?? null,
      publishedAtBasis: published?.basis ?? null,
      authors: cleaned.candidates.filter((c) => c.field === 'author').map((c) => c.value),
      outlet: decoded.hints.outlet ?? first('outlet')?.value ?? null,
      url: decoded.hints.url ?? first('url')?.value ?? null,
      language: first('language')?.value ?? 'en',
    };
    ctx.trace('metadata', () => `publishedAt ${result.publishedAt} (${result.publishedAtBasis})`);
    return result;
  },
};
