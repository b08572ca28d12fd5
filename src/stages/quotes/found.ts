import type { Span } from '../../core/analysis.js';
import type { StatementKind } from '../../core/types.js';
import type { SourceClass } from './noun-phrase.js';

/** A raw attribution from a finder, before speaker resolution. Offsets into the text. */
export interface Found {
  readonly kind: StatementKind;
  /** Content pieces in text order (one unless the quote was split by its attribution). */
  readonly fragments: readonly Span[];
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly sourceClass: SourceClass | null;
  /** The sentence of the cue (or of the quote when there is no cue). */
  readonly sentence: number;
  /** Which pattern found it, for --explain. */
  readonly basis: string;
  readonly confidence: number;
  /** For a quote with no cue: the attribution whose speaker it inherits. */
  readonly inheritsFrom?: number;
}

export function contentSpan(f: Found): Span {
  return { start: f.fragments[0]!.start, end: f.fragments.at(-1)!.end };
}
