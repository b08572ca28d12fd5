import type { Mention, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';

export interface ActorsInput {
  readonly text: string;
  readonly segments: Segments;
  readonly publishedAt: string | null;
}

/** Stage 6: mentions of countries, organisations, people and groups. */
export const actors: Stage<ActorsInput, readonly Mention[]> = {
  name: 'actors',
  run() {
    return [];
  },
};
