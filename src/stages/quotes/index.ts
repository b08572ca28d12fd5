import type { Attribution, Mention, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';

export interface QuotesInput {
  readonly text: string;
  readonly segments: Segments;
  readonly mentions: readonly Mention[];
}

/** Stage 7: direct, indirect and mixed attributions with cue, source, speaker, role and channel. */
export const quotes: Stage<QuotesInput, readonly Attribution[]> = {
  name: 'quotes',
  run() {
    return [];
  },
};
