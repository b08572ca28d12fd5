import type { Attribution, DatedAttribution, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';

export interface DatesInput {
  readonly text: string;
  readonly segments: Segments;
  readonly attributions: readonly Attribution[];
  readonly publishedAt: string | null;
}

/** Stage 8: when each attribution was said; one entry per attribution (null when unknown). */
export const dates: Stage<DatesInput, readonly (DatedAttribution | null)[]> = {
  name: 'dates',
  run({ attributions, publishedAt }) {
    return attributions.map(() =>
      publishedAt ? { date: publishedAt, precision: 'day', basis: 'publication date', fallback: true } : null,
    );
  },
};
