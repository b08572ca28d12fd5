/**
 * Where an indirect or mixed content stops: a learned ranker over the token boundaries of the cue's
 * sentence. The rules of find-indirect propose an end; the ranker, an averaged perceptron trained on
 * PolNeAR train only by scripts/train/span-model.ts (weights in data/span-model.json), scores every
 * boundary after the content start, with the rules' choice as one of its features, and keeps the best.
 * Rules alone run long ("…, which has kept a low profile", "… - an argument that …", "…, a red line for
 * many") or stop early ("he was alarmed … and wanted to see"); the ranker learns which boundaries end a
 * reported clause from the words around them.
 * Features: span-features.ts; the table scorer: span-score.ts. This file holds the decoding: candidate boundaries,
 * the furthest end allowed, and the ranking.
 */
import type { Cue } from './cues.js';
import type { SentenceView } from './document.js';
import { cueAt } from './cues.js';
import { tablesFromRows } from './feature-table.js';
import { modelTables } from './model-tables.js';
import type { Token } from './tokens.js';
import { endContext, endFeatures, factsOf } from './span-features.js';
import { endScore, spanTablesOf, type SpanTables } from './span-score.js';

/** Picks the exclusive end token of a content starting at token `start`, given the rules' end. */
export type EndChooser = (s: SentenceView, c: Cue, start: number, ruleEnd: number) => number;

export interface SpanModel {
  readonly weights: Readonly<Record<string, number>>;
}

// The model of data/span-model.json, as generated tables (model-tables.ts).
const weights = spanTablesOf(tablesFromRows(modelTables.span.templates), modelTables.span.size);

/** Speech and thought verbs whose content is a clause (a verbless content after them is an object only when no verb follows). */
const CLAUSAL = new Set('say tell add claim argue insist believe think note warn explain suggest write report announce acknowledge admit predict assert contend maintain stress emphasize conclude confirm deny reveal recall reply respond answer agree indicate'.split(' '));

const SUBORDINATORS = new Set(['although', 'though', 'while', 'because', 'if', 'when', 'since', 'unless', 'after', 'before', 'whereas']);

/** Words before which a content may end (PolNeAR train: punctuation, coordinators, prepositions, subordinators). */
const BOUNDARY_WORDS = new Set(
  'and but or as after when for to with by during because while which who where whom before despite even until since though although if than without following through from over under at in on that is was are have has adding saying noting calling claiming telling'.split(' '),
);

/** Whether a content may end before token t (candidate boundaries; the rules' end is always one). */
export function boundary(t: Token | undefined): boolean {
  return !t || !t.word || BOUNDARY_WORDS.has(t.lower) || (!t.cap && /ing$/.test(t.lower));
}

/**
 * The furthest end allowed: a semicolon, or a reporting verb after a comma or coordinator ("… and added that …", "…, saying …")
 * opens another attribution, so no content runs over it (the rules' end may, when the rules decided so).
 */
export function lastEnd(s: SentenceView, start: number, ruleEnd: number): number {
  const { F } = factsOf(s);
  // A semicolon outside quotes joins a new independent clause: the reported one stops there.
  for (let e = start + 1; e < s.tokens.length; e++) if (s.quoteOf[e] === -1 && (F[e] !== 'n' || s.tokens[e]!.text === ';')) return Math.max(e, ruleEnd);
  // Past the rules' end the content may grow only over words without a speech verb of their own
  // ("…, Ukraine's foreign minister recently said …" is another attribution, which the rules stopped before).
  for (let k = ruleEnd; k < s.tokens.length; k++) if (s.quoteOf[k] === -1 && !s.tokens[k]!.cap && cueAt(s.tokens, k)?.strong === true) return ruleEnd;
  return s.tokens.length;
}

/**
 * Scores candidate ends start+1..sentence end with the given weights (a feature-string map, as in training, or
 * the same weights as tables); returns the best (ties keep the rules' end).
 */
export function rankEnds(w: ReadonlyMap<string, number> | SpanTables, s: SentenceView, c: Cue, start: number, ruleEnd: number): { best: number; features: (e: number) => string[]; allowed: (e: number) => boolean } {
  const x = endContext(s, c, start, ruleEnd);
  const limit = lastEnd(s, start, ruleEnd);
  // A clause reported by a speech verb needs its verb: "said the budget, which passed last week, would cut taxes"
  // does not stop at "the budget" when the rules' content goes on to a verb.
  const needsVerb = CLAUSAL.has(c.lemma) && x.verbSeen[ruleEnd] === true;
  // "says although the situation is complex, it is controllable": a content opened by a subordinator goes on
  // past the comma that closes the subordinate clause, to its main clause.
  const toks = s.tokens;
  const mainFrom = SUBORDINATORS.has(toks[start]!.lower) ? toks.findIndex((t, k) => k > start && t.text === ',' && s.quoteOf[k] === -1) + 1 : 0;
  const allowed = (e: number) => e === ruleEnd || (e <= limit && e > mainFrom && boundary(toks[e]) && (!needsVerb || x.verbSeen[e] === true));
  let best = ruleEnd;
  let bestScore = -Infinity;
  for (let e = start + 1; e <= limit; e++) {
    if (!allowed(e)) continue;
    let score = 0;
    if ('tables' in w) score = endScore(w, x, e);
    else for (const f of endFeatures(x, e)) score += w.get(f) ?? 0;
    if (score > bestScore || (score === bestScore && e === ruleEnd)) {
      best = e;
      bestScore = score;
    }
  }
  return { best, features: (e) => endFeatures(x, e), allowed };
}

/** The learned chooser used by the pipeline. With no weights (an empty model) it keeps the rules' end. */
export const learnedEnd: EndChooser = (s, c, start, ruleEnd) => (weights.size === 0 || ruleEnd <= start ? ruleEnd : rankEnds(weights, s, c, start, ruleEnd).best);

/** The rules' end, unchanged (for training and comparison). */
export const ruleEndOnly: EndChooser = (_s, _c, _start, ruleEnd) => ruleEnd;
