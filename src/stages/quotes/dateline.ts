/**
 * A wire dateline opening a story's first sentence: "OSLO (AP) —", "NEW YORK, Nov. 19 (UPI) —",
 * "CAMBRIDGE, Mass., Dec. 11 (UPI) —". It is no part of the sentence's subject: the subject finders start after it.
 */
import type { Token } from './tokens.js';

/** Index of the first token after a dateline opening the sentence, or 0 when there is none. */
export function datelineEnd(toks: readonly Token[]): number {
  const first = toks[0];
  // The place opens in capitals ("OSLO", "NEW YORK"), not a one-letter word or an acronym subject's verb.
  if (!first || !first.word || first.text.length < 3 || first.text !== first.text.toUpperCase() || /\d/.test(first.text)) return 0;
  for (let k = 1; k < Math.min(toks.length - 1, 14); k++) {
    const t = toks[k]!;
    if (/^(?:—|–|--|-)$/.test(t.text)) {
      let end = k + 1;
      while (end < toks.length && /^[-—–]$/.test(toks[end]!.text)) end++;
      // "OSLO —" alone could open an aside ("NATO — the alliance — said"): without an agency or a date, no other
      // dash may follow in the sentence.
      const marked = toks.slice(1, k).some((x) => x.text === ')' || x.text === ',');
      return marked || !toks.slice(end).some((x) => /^(?:—|–|--)$/.test(x.text)) ? end : 0;
    }
    // Before the dash: capitals, abbreviations, dates, commas and a bracketed agency only.
    if (t.word && !t.cap && !/^\d/.test(t.text)) return 0;
    if (!t.word && !/^[,.()]$/.test(t.text)) return 0;
  }
  return 0;
}
