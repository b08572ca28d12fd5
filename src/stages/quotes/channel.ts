/** The channel a statement went out on ("via Twitter", "told reporters", "in a statement"), with its span. */
import type { Channel, TextSpan } from '../../core/types.js';
import type { Span } from '../../core/analysis.js';
import { channelPatterns } from './lexicon.js';

/**
 * The highest-priority channel phrase in text[span] (patterns are listed most specific first in
 * data/nouns.json, so "issued a statement via Twitter" is twitter, not statement).
 */
export function findChannel(text: string, span: Span): (TextSpan & { value: Channel }) | null {
  // Attributions of one sentence ask about the same span: the patterns run once per span of the current text.
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const key = `${span.start}:${span.end}`;
  let found = memo.get(key);
  if (found === undefined) memo.set(key, (found = scan(text, span)));
  return found && { ...found };
}

let memoText: string | undefined;
const memo = new Map<string, (TextSpan & { value: Channel }) | null>();

function scan(text: string, span: Span): (TextSpan & { value: Channel }) | null {
  const body = text.slice(span.start, span.end);
  for (const { value, re } of channelPatterns) {
    re.lastIndex = 0;
    const m = re.exec(body);
    if (m) return { value, text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length };
  }
  return null;
}
