import type { Attribution, CodedAttribution, Mention, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';

export interface EventsInput {
  readonly text: string;
  readonly segments: Segments;
  readonly mentions: readonly Mention[];
  readonly attributions: readonly Attribution[];
  readonly publishedAt: string | null;
}

/** Stage 9: actor, CAMEO/PLOVER event, targets and stance for each attribution (same index). */
export const events: Stage<EventsInput, readonly CodedAttribution[]> = {
  name: 'events',
  run({ attributions }) {
    return attributions.map(() => ({ actor: null, event: null, targets: [], stance: 'unknown' }));
  },
};
