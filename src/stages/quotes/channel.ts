/** The channel a statement went out on ("via Twitter", "told reporters", "in a statement"), with its span. */
import type { Channel, TextSpan } from '../../core/types.js';
import type { Span } from '../../core/analysis.js';
import { channelPatterns } from './lexicon.js';

/**
 * The highest-priority channel phrase in text[span] (patterns are listed most specific first in
 * data/nouns.json, so "issued a statement via Twitter" is twitter, not statement).
 */
export function findChannel(text: string, span: Span): (TextSpan & { value: Channel }) | null {
  const body = text.slice(span.start, span.end);
  for (const { value, re } of channelPatterns) {
    re.lastIndex = 0;
    const m = re.exec(body);
    if (m) return { value, text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length };
  }
  return null;
}
