import type { Mention, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';
import { compose } from './compose.js';
import { definites, documents, groups, surnames } from './corefer.js';
import { findHits } from './find-hits.js';

export interface ActorsInput {
  readonly text: string;
  readonly segments: Segments;
  readonly publishedAt: string | null;
}

/**
 * Stage 6: mentions of countries, organisations, people and groups, each with the actor it stands for.
 * Gazetteer hits are composed ("Russian Foreign Minister Sergei Lavrov" → RUS GOV), then surnames, definite
 * descriptions and documents ("the statement") are linked to earlier mentions.
 */
export const actors: Stage<ActorsInput, readonly Mention[]> = {
  name: 'actors',
  run({ text, segments, publishedAt }, ctx) {
    const day = publishedAt?.slice(0, 10) ?? null;
    const composed = definites(compose(text, findHits(text, day), day));
    const withSurnames = [...composed, ...surnames(text, composed)].sort((a, b) => a.start - b.start);
    const docs = documents(text, segments.sentences, withSurnames);
    const taken = (m: Mention) => withSurnames.some((x) => x.start < m.end && m.start < x.end);
    const all = [...withSurnames, ...docs, ...groups(text).filter((g) => !taken(g))].sort((a, b) => a.start - b.start);
    ctx.trace('actors', () => `${all.length} mentions: ${all.filter((m) => m.actor).map((m) => `${m.text}→${m.actor!.code}/${m.actor!.sector ?? '-'}`).join('; ')}`);
    return all;
  },
};
