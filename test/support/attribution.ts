import type { Attribution } from '../../src/core/analysis.js';

export interface AttributionWords {
  /** The content's words in the text (first occurrence); the whole text when absent. */
  readonly content?: string;
  /** The cue's words; a cue not in the text gives `cue: null`. */
  readonly cue: string;
  /** The source as written; "the statement" and "It" are document sources. */
  readonly source?: string | null;
  readonly speakerName?: string | null;
}

/** A stage-7 attribution located by its words in `text`, for testing the stages that read attributions. */
export function attributionIn(text: string, words: AttributionWords): Attribution {
  const content = words.content ?? text;
  const c = text.indexOf(content);
  const q = text.indexOf(words.cue);
  const source = words.source ?? null;
  const s = source === null ? -1 : text.indexOf(source);
  return {
    kind: 'indirect',
    content: { text: content, start: c, end: c + content.length },
    cue: q < 0 ? null : { text: words.cue, start: q, end: q + words.cue.length },
    source: s < 0 ? null : { text: source!, start: s, end: s + source!.length, type: /statement|^it$/i.test(source!) ? 'document' : 'person' },
    speakerName: words.speakerName ?? null,
    role: null,
    affiliation: null,
    channel: null,
    confidence: 1,
  };
}
