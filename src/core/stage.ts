/** The one shape every pipeline stage has: pure data in, data out. */

export interface StageOptions {
  /** `YYYY-MM-DD`, overrides any publication date found in the document. */
  readonly published?: string | null;
  /** Collect the stage trace (for `--explain`). */
  readonly explain?: boolean;
  /** Longest clean article text that statements are extracted from (default DEFAULT_MAX_ARTICLE_CHARS). */
  readonly maxArticleChars?: number;
}

/**
 * Long news stories run to about 100,000 characters; a clean text five times that is almost always
 * many documents in one file (a dump, a concatenated feed), and extraction time grows faster than
 * its length. Such a text is refused with EXTRACT_TOO_LONG rather than left to run for minutes.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 500_000;

export interface StageContext {
  readonly options: StageOptions;
  /** Lazy, buffered trace line: the function runs only when tracing is on. */
  trace(stage: string, line: () => string): void;
}

export interface Stage<In, Out> {
  readonly name: string;
  run(input: Readonly<In>, ctx: StageContext): Out;
}

export interface TraceLine {
  readonly stage: string;
  readonly line: string;
}

/** A context whose trace is kept when `explain` is on and dropped otherwise. */
export function createContext(options: StageOptions = {}): StageContext & { readonly lines: TraceLine[] } {
  const lines: TraceLine[] = [];
  return {
    options,
    lines,
    trace(stage, line) {
      if (options.explain) lines.push({ stage, line: line() });
    },
  };
}
