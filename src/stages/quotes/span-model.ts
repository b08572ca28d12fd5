/**
 * Where an indirect or mixed content stops: a learned ranker over the token boundaries of the cue's
 * sentence. The rules of find-indirect propose an end; the ranker, an averaged perceptron trained on
 * PolNeAR train only by scripts/train/span-model.ts (weights in data/span-model.json), scores every
 * boundary after the content start, with the rules' choice as one of its features, and keeps the best.
 * Rules alone run long ("…, which has kept a low profile", "… - an argument that …", "…, a red line for
 * many") or stop early ("he was alarmed … and wanted to see"); the ranker learns which boundaries end a
 * reported clause from the words around them.
 */
import type { Cue } from './cues.js';
import type { SentenceView } from './document.js';
import { cueAt } from './cues.js';
import model from './data/span-model.json' with { type: 'json' };
import { cueForms, cueModifiers } from './lexicon.js';
import { verbLike } from './noun-phrase.js';
import type { Token } from './tokens.js';

/** Picks the exclusive end token of a content starting at token `start`, given the rules' end. */
export type EndChooser = (s: SentenceView, c: Cue, start: number, ruleEnd: number) => number;

export interface SpanModel {
  readonly weights: Readonly<Record<string, number>>;
}

/** What opens the content: a complementiser, "to", a wh-word, a quote mark, or a noun phrase. */
function openerClass(t: Token): string {
  if (t.lower === 'that' || t.lower === 'to' || t.lower === 'if' || t.lower === 'whether') return t.lower;
  if (/^(?:how|why|what|who|when|where|which)$/.test(t.lower)) return 'wh';
  if (/^["“‘]$/.test(t.text)) return 'quote';
  return t.cap ? 'Cap' : t.word ? 'low' : 'punct';
}

function bucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return '4-5';
  if (n <= 8) return '6-8';
  if (n <= 13) return '9-13';
  if (n <= 20) return '14-20';
  return '21+';
}

/**
 * A word as the ranker sees it: function words and punctuation as themselves, open-class words by shape
 * ("Cap", "-ing", "-ed", "-ly", "-s", "w"), so that the weights generalise beyond the training vocabulary.
 */
function wordOf(t: Token | undefined): string {
  if (!t) return '</s>';
  if (!t.word) return t.text;
  if (FUNCTION_WORDS.has(t.lower)) return t.lower;
  if (t.cap) return 'Cap';
  if (/\d/.test(t.lower)) return 'num';
  if (/ing$/.test(t.lower)) return '-ing';
  if (/ed$/.test(t.lower)) return '-ed';
  if (/ly$/.test(t.lower)) return '-ly';
  if (/s$/.test(t.lower)) return '-s';
  return 'w';
}

const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those his her its their our my your some any no every each all both either neither ' +
    'and but or nor so yet for because although though while whereas unless if whether than as since until ' +
    'who whom whose which what when where why how ' +
    'to of in on at by with from into onto about over under after before during through against among between without within despite including like near ' +
    'is are was were be been being am has have had do does did will would could should can may might must ' +
    'not never also even still just only already again too very more most less ' +
    'he she they it we i you him them us me one there here then now ' +
    'said says say told saying adding according noting calling'
  ).split(' '),
);

function cls(t: Token | undefined): string {
  if (!t) return '</s>';
  if (!t.word) return t.text;
  return t.cap ? 'Cap' : 'low';
}

/** Per-call facts shared by every candidate boundary of one content. */
interface Context {
  readonly s: SentenceView;
  readonly start: number;
  readonly opener: string;
  readonly lemma: string;
  /** The cue's lexicon class: strong speech verb, weak (belief) verb, or learned only. */
  readonly strength: string;
  readonly ruleEnd: number;
  /** verbSeen[k]: a lower-case verb-like word among tokens start..k-1. */
  readonly verbSeen: readonly boolean[];
  /** commas[k]: commas and dashes among tokens start..k-1. */
  readonly commas: readonly number[];
  /** The end that leaves only the sentence's final punctuation out. */
  readonly fullEnd: number;
}

function context(s: SentenceView, c: Cue, start: number, ruleEnd: number): Context {
  const toks = s.tokens;
  const { V } = factsOf(s);
  const verbSeen: boolean[] = [];
  const commas: number[] = [];
  let v = false;
  let n = 0;
  for (let k = 0; k <= toks.length; k++) {
    verbSeen.push(v);
    commas.push(n);
    const t = toks[k];
    if (!t || k < start) continue;
    if (V[k] && s.quoteOf[k] === -1) v = true;
    if (/^[,—–-]$/.test(t.text) && s.quoteOf[k] === -1) n++;
  }
  let fullEnd = toks.length;
  while (fullEnd > start + 1 && /^[.,;:!?—–-]$/.test(toks[fullEnd - 1]!.text)) fullEnd--;
  const entry = cueForms.get(toks[c.head]!.lower);
  const strength = entry ? (entry.strong ? 'strong' : 'weak') : c.according ? 'according' : 'learned';
  return { s, start, opener: openerClass(toks[start]!), lemma: c.lemma, strength, ruleEnd, verbSeen, commas, fullEnd };
}

/**
 * Whether a reporting verb follows the boundary: "…, adding", "… and added", "…, but later said" — the start
 * of another attribution (of the same speaker), which PolNeAR annotates apart.
 */
function cueFollows(toks: readonly Token[], e: number): string {
  let k = e;
  let how = '';
  if (/^[,—–-]$/.test(toks[k]?.text ?? '')) {
    k++;
    how = 'p';
  }
  if (/^(?:and|but|then)$/.test(toks[k]?.lower ?? '')) {
    k++;
    how += 'c';
  }
  for (let n = 0; n < 3 && toks[k] && cueModifiers.has(toks[k]!.lower); n++) k++;
  return how !== '' && toks[k] && !toks[k]!.cap && cueAt(toks, k) !== null ? how : 'n';
}

/** Per-sentence token facts the features read, computed once per sentence (many contents share a sentence). */
interface Facts {
  /** wordOf / cls of token k; index toks.length and beyond read as '</s>'. */
  readonly W: readonly string[];
  readonly C: readonly string[];
  /** A lower-case verb-like word. */
  readonly V: readonly boolean[];
  /** cueFollows at boundary k. */
  readonly F: readonly string[];
}

const factsCache = new WeakMap<SentenceView, Facts>();

function factsOf(s: SentenceView): Facts {
  let f = factsCache.get(s);
  if (!f) {
    const toks = s.tokens;
    const W = toks.map((t) => wordOf(t));
    const C = toks.map((t) => cls(t));
    W.push('</s>', '</s>');
    C.push('</s>', '</s>');
    f = { W, C, V: toks.map((t) => t.word && !t.cap && verbLike(t)), F: toks.map((_, k) => cueFollows(toks, k)) };
    factsCache.set(s, f);
  }
  return f;
}

/** Features of ending the content before token `e` (exclusive end). */
export function endFeatures(x: Context, e: number): string[] {
  const toks = x.s.tokens;
  const { W, C, V, F } = factsOf(x.s);
  const next = toks[e];
  const N = W[e]!;
  const N2 = W[e + 1]!;
  const Cn = C[e]!;
  const Cn2 = C[e + 1]!;
  const L = W[e - 1]!;
  const rule = e === x.ruleEnd ? 'rule' : e < x.ruleEnd ? 'before' : 'after';
  const inQuote = next !== undefined && x.s.quoteOf[e] !== -1 && x.s.quoteOf[e] === x.s.quoteOf[e - 1];
  const afterCue = F[e] ?? 'n';
  const verb = x.verbSeen[e] ? 'v' : 'nv';
  // After a comma or dash: does a finite-looking verb come before the next punctuation (a clause) or not (a phrase)?
  const after = next && /^[,—–-]$/.test(next.text) ? e + 1 : e;
  let clause = 'none';
  for (let k = after; k < Math.min(toks.length, after + 10); k++) {
    if (!toks[k]!.word) break;
    if (V[k]) {
      clause = k === after ? 'verb-first' : 'clause';
      break;
    }
  }
  const A = W[after]!;
  return [
    `clause=${Cn}|${A}|${clause}`,
    `lex=${x.strength}|${rule}|${Cn}`,
    `vclause=${verb}|${Cn}|${clause}`,
    `rest=${bucket(toks.length - e)}|${Cn}`,
    `r=${rule}`,
    `full=${e === x.fullEnd ? 'y' : e > x.fullEnd ? 'past' : 'n'}`,
    `r|full=${rule}|${e === x.fullEnd}`,
    `L=${L}`,
    `N=${N}`,
    `N2=${N2}`,
    `LN=${L}|${N}`,
    `NN2=${N}|${N2}`,
    `Nc=${Cn}|${Cn2}`,
    `Lc=${C[e - 1]}|${Cn}`,
    `len=${bucket(e - x.start)}`,
    `op=${x.opener}|${N}`,
    `opc=${x.opener}|${Cn}|${Cn2}`,
    `op|len=${x.opener}|${bucket(e - x.start)}`,
    `vN=${verb}|${N}`,
    `vNc=${verb}|${Cn}|${Cn2}`,
    `vop=${verb}|${x.opener}|${rule}`,
    `cue|N=${x.lemma}|${Cn}`,
    `cue|r=${x.lemma}|${rule}`,
    `inq=${inQuote ? 'y' : 'n'}`,
    `commas=${Math.min(x.commas[e]!, 3)}|${Cn}`,
    `nextcue=${afterCue}`,
    `nextcue|v=${afterCue}|${verb}`,
    `N2v=${N}|${V[e + 1] ? 'v' : 'x'}`,
  ];
}

const weights: ReadonlyMap<string, number> = new Map(Object.entries((model as SpanModel).weights));

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

/** Scores candidate ends start+1..sentence end with the given weights; returns the best (ties keep the rules' end). */
export function rankEnds(w: ReadonlyMap<string, number>, s: SentenceView, c: Cue, start: number, ruleEnd: number): { best: number; features: (e: number) => string[]; allowed: (e: number) => boolean } {
  const x = context(s, c, start, ruleEnd);
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
    for (const f of endFeatures(x, e)) score += w.get(f) ?? 0;
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
