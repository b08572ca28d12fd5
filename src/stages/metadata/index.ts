import type { CleanedDocument, DecodedDocument, Metadata, MetadataCandidate } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';
import { detectLanguage } from './language.js';
import { normaliseDate } from './normalise-date.js';

export interface MetadataInput {
  readonly decoded: DecodedDocument;
  readonly cleaned: CleanedDocument;
}

/**
 * Stage 4: one value per field, from the option, the container's hints, then the page's own
 * candidates in the order the clean stage found them (most trusted first: header, JSON-LD, meta
 * tags, <time>, <title>, URL). A candidate that does not parse is passed over, never guessed at.
 */
export const metadata: Stage<MetadataInput, Metadata> = {
  name: 'metadata',
  run({ decoded, cleaned }, ctx) {
    const of = (field: MetadataCandidate['field']) => cleaned.candidates.filter((c) => c.field === field);
    const hints = decoded.hints;
    const dated = [
      ...(ctx.options.published ? [{ value: ctx.options.published, basis: 'option' }] : []),
      ...(hints.publishedAt ? [{ value: hints.publishedAt, basis: 'source' }] : []),
      ...of('publishedAt'),
      ...fileNameDate(decoded.source),
    ]
      .map((c) => ({ date: normaliseDate(c.value), basis: c.basis }))
      .find((c) => c.date !== null);
    const language = of('language').map((c) => primaryLanguage(c.value)).find((v) => v !== null) ?? detectLanguage(cleaned.text);
    const result: Metadata = {
      title: hints.title ?? of('title')[0]?.value ?? null,
      publishedAt: dated?.date ?? null,
      publishedAtBasis: dated?.basis ?? null,
      authors: [...new Set(of('author').filter((c) => c.basis === of('author')[0]?.basis).map((c) => c.value))],
      outlet: hints.outlet ?? of('outlet')[0]?.value ?? null,
      url: hints.url ?? of('url')[0]?.value ?? null,
      language,
    };
    ctx.trace('metadata', () => `publishedAt ${result.publishedAt} (${result.publishedAtBasis}), title ${JSON.stringify(result.title)}, language ${result.language}`);
    return result;
  },
};

/**
 * The day a file's name starts with (`20220502T103000Z_US_en_….txt`, `2022-05-02-story.html`): crawlers
 * and archives name saved pages by the time they fetched them, close to publication. The least trusted
 * candidate, and flagged as such: without any date, relative days ("on Friday") cannot be dated at all.
 */
export function fileNameDate(source: string): { value: string; basis: string }[] {
  if (source.includes('://')) return [];
  const name = source.replace(/#.*$/, '').split(/[\\/]/).pop() ?? '';
  const m = /^((?:19|20)\d{2})(-?)(\d{2})\2(\d{2})(?=$|[T_.\-\s])/.exec(name);
  return m ? [{ value: `${m[1]}-${m[3]}-${m[4]}`, basis: 'file name' }] : [];
}

/** `en-GB` → `en`; null for anything that is not a language tag. */
function primaryLanguage(tag: string | null): string | null {
  const m = tag ? /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}
