/**
 * Speaker search around a direct quote's cue when the plain subject before the verb is not the speaker: the
 * subject across an appositive ("Fiorina, speaking to Iowans, said"), of a coordinated verb ("X said … but added"),
 * after an inverted cue ("…," said X), or of the parenthetical attribution before a participle ("…, Obi said, adding").
 */
import { cueAt } from './cues.js';
import type { SentenceView } from './document.js';
import { cueModifiers } from './lexicon.js';
import { clauseSubject, phraseEndingAt, phraseStartingAt, subjectBefore, type Phrase } from './noun-phrase.js';
import type { Token } from './tokens.js';

/** Index of the first token at or before `i` that is not a cue modifier ("also", "later", "then"). */
export function skipModifiers(toks: readonly Token[], i: number): number {
  while (i >= 0 && toks[i]!.word && cueModifiers.has(toks[i]!.lower)) i--;
  return i;
}

/** The subject of the verb before "and"/"but" at `conj` ("X said … but added"), else the clause's subject. */
export function coordinatedSubject(toks: readonly Token[], conj: number): Phrase | null {
  for (let j = conj - 1; j >= 0; j--) {
    const c = toks[j]!.word ? cueAt(toks, j) : null;
    if (c && !c.participle) return subjectBefore(toks, c.from) ?? appositiveSubject(toks, c.from, 0);
  }
  return clauseSubject(toks, 0, conj);
}

/**
 * "Fiorina, speaking to Iowans, said": a name, then a participle or relative clause between commas, then
 * the cue. The name alone is the source (the clause describes the moment, not the speaker).
 */
export function appositiveSubject(toks: readonly Token[], cue: number, floor: number): Phrase | null {
  const close = skipModifiers(toks, cue - 1);
  if (close <= floor || toks[close]!.text !== ',') return null;
  let open = close - 1;
  while (open > floor && toks[open]!.text !== ',') open--;
  const lead = toks[open + 1];
  if (open <= floor || !lead || !(/(?:ing|ed)$/.test(lead.lower) || lead.lower === 'who') || lead.cap) return null;
  if (toks.slice(open + 1, close).some((t) => t.text === '“' || t.text === '"')) return null;
  // "Sen. Ada Obi (D-Ill.), noting …, said": the party and state in brackets stay with the name.
  let end = open - 1;
  if (toks[end]?.text === ')') {
    while (end > floor && toks[end]!.text !== '(') end--;
    end--;
  }
  const p = phraseEndingAt(toks, end, floor);
  // A relative clause ("an adviser, who spoke on condition of anonymity,") describes a person even unnamed.
  return p && (lead.lower === 'who' || toks.slice(p.from, p.to + 1).some((t) => t.cap && t.word)) ? { from: p.from, to: open - 1 } : null;
}

/**
 * The speaker after an inverted cue ("…," said X). A participle used as an adjective may open it
 * ("said retired neurosurgeon Ben Carson", "said acting director Jane Roe").
 */
export function invertedSource(toks: readonly Token[], at: number): Phrase | null {
  const p = phraseStartingAt(toks, at);
  if (p) return p;
  const lead = toks[at];
  // "said one of those advisers": a part of a group.
  if (lead && /^(?:one|some|many|several|two|three|each|none|most)$/.test(lead.lower) && toks[at + 1]?.lower === 'of') {
    const group = phraseStartingAt(toks, at + 2);
    if (group) return { from: at, to: group.to };
  }
  if (!lead || !/(?:ed|ing)$/.test(lead.lower)) return null;
  const rest = phraseStartingAt(toks, at + 1);
  return rest && toks.slice(rest.from, rest.to + 1).some((t) => t.cap) ? { from: at, to: rest.to } : null;
}

/**
 * "…, Obi said, adding, “…”", "…, said Obi, adding: “…”": the speaker of the parenthetical attribution that
 * ends right before participle `at` (the finder of that attribution, find-indirect's trailing, runs later).
 */
export function parentheticalSpeaker(toks: readonly Token[], at: number): Phrase | null {
  const comma = at - 1;
  if (toks[comma]?.text !== ',') return null;
  for (let j = comma - 1; j >= Math.max(1, comma - 8); j--) {
    const g = cueAt(toks, j);
    if (!g || g.participle || g.according) continue;
    if (g.to === comma - 1) return toks[g.from - 1]?.text === ',' ? null : subjectBefore(toks, g.from);
    const inverted = toks[g.from - 1]?.text === ',' ? invertedSource(toks, g.to + 1) : null;
    return inverted && inverted.to === comma - 1 ? inverted : null;
  }
  return null;
}

/** The tokens of sentence `s` that a found source span covers exactly, if any. */
export function phraseAt(s: SentenceView, span: { start: number; end: number }): Phrase | null {
  const from = s.tokens.findIndex((t) => t.start === span.start);
  const to = s.tokens.findIndex((t) => t.end === span.end);
  return from >= 0 && to >= from ? { from, to } : null;
}
