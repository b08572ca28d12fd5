/**
 * The main subject of a sentence, read from its start: the fallback speaker of a cue that introduces a quote
 * when the tight subject patterns fail ("Appearing before supporters, Suu Kyi, 70, said … but added, “…”",
 * "She followed that by saying, “…”", "Ada Obi, R-Ky., delivered a blunt message: “…”").
 *
 * Why: in PolNeAR train the source of an attribution sits in the content's sentence 98.5 % of the time, and
 * a cue that introduces a quote after its clause (a participle, a verb after "by" or "and") shares the
 * subject of that clause. The subject is the first noun phrase after an opening adverbial, with its
 * comma-enclosed asides (PolNeAR's sources include them), followed by a verb.
 */
import { cueAt } from './cues.js';
import { datelineEnd } from './dateline.js';
import { adverbBeforeVerb } from './lexicon.js';
import { phraseStartingAt, verbLike, type Phrase } from './noun-phrase.js';
import type { Token } from './tokens.js';

/** First words of an opening adverbial ("In selling the courses,", "After the attacks,", "Immediately after …,"). */
const OPENERS = /^(?:in|on|at|after|before|during|when|while|as|since|with|without|following|despite|for|from|by|even|though|although|if|once|until|like|unlike|asked|speaking|appearing)$/;
/** Single words that open a main clause ("Then he cut …", "But, she said …"): skipped with a comma after them. */
const CONNECTIVES = /^(?:but|and|so|yet|also|still|meanwhile|however|then|now|instead|later|earlier|again|finally|ultimately)$/;
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const POSSESSIVE_LEADS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);


/**
 * The sentence's main subject among tokens [0, limit), or null when the sentence does not open with one.
 * With `adjacent`, only a subject whose verb is the token at `limit` itself.
 */
export function mainSubject(toks: readonly Token[], limit: number, adjacent = false): Phrase | null {
  // "OSLO (AP) — The mayor …": the sentence starts after a wire dateline.
  const from = datelineEnd(toks);
  let s = from;
  const first = toks[from];
  if (!first) return null;
  if (first.word && (OPENERS.test(first.lower) || (!first.cap && /(?:ing|ly)$/.test(first.lower)) || (first.cap && /(?:ing|ly)$/.test(first.lower) && !cueAt(toks, from)))) {
    const comma = toks.findIndex((t, k) => k > from && k < limit && t.text === ',');
    if (comma < 1 || comma - from > 25) return null;
    s = comma + 1;
  }
  while (s < limit && ((toks[s]!.word && CONNECTIVES.test(toks[s]!.lower)) || (s > 0 && toks[s]!.text === ',' && CONNECTIVES.test(toks[s - 1]!.lower)))) s++;
  const head = phraseAt(toks, s, limit);
  if (!head) return null;
  let end = head.to;
  let k = head.to + 1;
  for (let asides = 0; k < limit && (toks[k]!.text === ',' || toks[k]!.text === '(') && asides < 2; asides++) {
    const close = closing(toks, k, limit);
    if (close < 0) return null;
    end = toks[close]!.text === ',' ? close - 1 : close;
    k = close + 1;
  }
  // Auxiliaries and adverbs before the verb ("has long said", "was:") count as its verb.
  const after = k;
  while (k < limit && adverbBeforeVerb(toks[k]!)) k++;
  // A personal pronoun is a subject whatever word follows it ("he cut into Bush").
  const pronoun = head.from === head.to && PERSONAL.has(toks[head.from]!.lower) && toks[k]?.word === true && !toks[k]!.cap;
  const verb = pronoun || toks.slice(after, k + 1).some((t, i) => t.word && !t.cap && (verbLike(t) || cueAt(toks, after + i) !== null));
  // `adjacent`: the subject must be the verb at `limit`'s own (only asides and adverbs between).
  if (adjacent && k !== limit) return null;
  return verb ? { from: s, to: end } : null;
}

/** A noun phrase at `s`, with a possessive lead ("his campaign") or a possessive name ("Clinton’s response"). */
function phraseAt(toks: readonly Token[], s: number, limit: number): Phrase | null {
  const t = toks[s];
  if (!t) return null;
  if (POSSESSIVE_LEADS.has(t.lower)) {
    const rest = phraseStartingAt(toks, s + 1, limit);
    return rest ? { from: s, to: rest.to } : null;
  }
  const p = phraseStartingAt(toks, s, limit);
  if (p && /^['’]s$/.test(toks[p.to + 1]?.text ?? '')) {
    const rest = phraseStartingAt(toks, p.to + 2, limit);
    return rest ? { from: s, to: rest.to } : null;
  }
  return p;
}

/** The token that closes an aside opened at `open`: the next comma (a bracket: its pair, then a comma if any). */
function closing(toks: readonly Token[], open: number, limit: number): number {
  const pair = toks[open]!.text === '(' ? ')' : ',';
  for (let k = open + 1; k < Math.min(limit, open + 25); k++) {
    if (/^["“”]$/.test(toks[k]!.text)) return -1;
    if (toks[k]!.text === pair) return pair === ')' && toks[k + 1]?.text === ',' ? k + 1 : k;
  }
  return -1;
}
