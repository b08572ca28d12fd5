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
import { cueForms, cueModifiers } from './lexicon.js';
import { featureTables, table1, table2, table3, tablesFromRows, type Table1, type Table2, type Table3 } from './feature-table.js';
import { modelTables } from './model-tables.js';
import { verbLike } from './noun-phrase.js';
import { END_ARITY } from './templates.js';
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

/** /^[,—–-]$/.test(text), from the character code: asked of every token of a content's sentence, for every content. */
function commaOrDash(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 44 || c === 0x2014 || c === 0x2013 || c === 45;
}

/** Per-call facts shared by every candidate boundary of one content. */
export interface Context {
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

/** The facts every candidate end of one content shares (exported for the scorer-equivalence test). */
export function endContext(s: SentenceView, c: Cue, start: number, ruleEnd: number): Context {
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
    if (commaOrDash(t.text) && s.quoteOf[k] === -1) n++;
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
  if (commaOrDash(toks[k]?.text ?? '')) {
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

/** The values the end features are made of, for ending the content before token `e`. */
function endParts(x: Context, e: number) {
  const toks = x.s.tokens;
  const { W, C, V, F } = factsOf(x.s);
  const next = toks[e];
  const rule = e === x.ruleEnd ? 'rule' : e < x.ruleEnd ? 'before' : 'after';
  const inQuote = next !== undefined && x.s.quoteOf[e] !== -1 && x.s.quoteOf[e] === x.s.quoteOf[e - 1];
  // After a comma or dash: does a finite-looking verb come before the next punctuation (a clause) or not (a phrase)?
  const after = next && commaOrDash(next.text) ? e + 1 : e;
  let clause = 'none';
  for (let k = after; k < Math.min(toks.length, after + 10); k++) {
    if (!toks[k]!.word) break;
    if (V[k]) {
      clause = k === after ? 'verb-first' : 'clause';
      break;
    }
  }
  return {
    N: W[e]!,
    N2: W[e + 1]!,
    Cn: C[e]!,
    Cn2: C[e + 1]!,
    L: W[e - 1]!,
    Cl: `${C[e - 1]}`,
    A: W[after]!,
    clause,
    rule,
    inQuote,
    afterCue: F[e] ?? 'n',
    verb: x.verbSeen[e] ? 'v' : 'nv',
    rest: bucket(toks.length - e),
    full: e === x.fullEnd ? 'y' : e > x.fullEnd ? 'past' : 'n',
    atFull: `${e === x.fullEnd}`,
    len: bucket(e - x.start),
    commas: `${Math.min(x.commas[e]!, 3)}`,
    verbNext: V[e + 1] ? 'v' : 'x',
  };
}

/** Features of ending the content before token `e` (exclusive end). */
export function endFeatures(x: Context, e: number): string[] {
  const { N, N2, Cn, Cn2, L, Cl, A, clause, rule, inQuote, afterCue, verb, rest, full, atFull, len, commas, verbNext } = endParts(x, e);
  return [
    `clause=${Cn}|${A}|${clause}`,
    `lex=${x.strength}|${rule}|${Cn}`,
    `vclause=${verb}|${Cn}|${clause}`,
    `rest=${rest}|${Cn}`,
    `r=${rule}`,
    `full=${full}`,
    `r|full=${rule}|${atFull}`,
    `L=${L}`,
    `N=${N}`,
    `N2=${N2}`,
    `LN=${L}|${N}`,
    `NN2=${N}|${N2}`,
    `Nc=${Cn}|${Cn2}`,
    `Lc=${Cl}|${Cn}`,
    `len=${len}`,
    `op=${x.opener}|${N}`,
    `opc=${x.opener}|${Cn}|${Cn2}`,
    `op|len=${x.opener}|${len}`,
    `vN=${verb}|${N}`,
    `vNc=${verb}|${Cn}|${Cn2}`,
    `vop=${verb}|${x.opener}|${rule}`,
    `cue|N=${x.lemma}|${Cn}`,
    `cue|r=${x.lemma}|${rule}`,
    `inq=${inQuote ? 'y' : 'n'}`,
    `commas=${commas}|${Cn}`,
    `nextcue=${afterCue}`,
    `nextcue|v=${afterCue}|${verb}`,
    `N2v=${N}|${verbNext}`,
  ];
}

/** The span model by feature template (see feature-table.ts), for endScore. */
export interface SpanTables {
  readonly tables: true;
  readonly size: number;
  readonly clause: Table3; readonly lex: Table3; readonly vclause: Table3; readonly rest: Table2; readonly r: Table1; readonly full: Table1;
  readonly rFull: Table2; readonly L: Table1; readonly N: Table1; readonly N2: Table1; readonly LN: Table2; readonly NN2: Table2; readonly Nc: Table2;
  readonly Lc: Table2; readonly len: Table1; readonly op: Table2; readonly opc: Table3; readonly opLen: Table2; readonly vN: Table2; readonly vNc: Table3;
  readonly vop: Table3; readonly cueN: Table2; readonly cueR: Table2; readonly inq: Table1; readonly commas: Table2; readonly nextcue: Table1;
  readonly nextcueV: Table2; readonly N2v: Table2;
}

/** The span model's tables from its weights (the pipeline loads them ready-made: model-tables.ts). */
export function spanTables(weights: ReadonlyMap<string, number>): SpanTables {
  return spanTablesOf(featureTables(weights, END_ARITY), weights.size);
}

/** The span model from its tables by template (featureTables of its `size` weights with END_ARITY). */
export function spanTablesOf(t: ReadonlyMap<string, ReadonlyMap<string, unknown>>, size: number): SpanTables {
  const one = (name: string) => table1(t, name);
  const two = (name: string) => table2(t, name);
  const three = (name: string) => table3(t, name);
  return {
    tables: true,
    size,
    clause: three('clause'), lex: three('lex'), vclause: three('vclause'), rest: two('rest'), r: one('r'), full: one('full'),
    rFull: two('r|full'), L: one('L'), N: one('N'), N2: one('N2'), LN: two('LN'), NN2: two('NN2'), Nc: two('Nc'),
    Lc: two('Lc'), len: one('len'), op: two('op'), opc: three('opc'), opLen: two('op|len'), vN: two('vN'), vNc: three('vNc'),
    vop: three('vop'), cueN: two('cue|N'), cueR: two('cue|r'), inq: one('inq'), commas: two('commas'), nextcue: one('nextcue'),
    nextcueV: two('nextcue|v'), N2v: two('N2v'),
  };
}

/**
 * The summed weights of endFeatures(x, e), to the last bit, without building the feature strings: the same
 * values looked up part by part, added in the same order. Keep it in step with endFeatures (a test compares them).
 */
export function endScore(m: SpanTables, x: Context, e: number): number {
  const { N, N2, Cn, Cn2, L, Cl, A, clause, rule, inQuote, afterCue, verb, rest, full, atFull, len, commas, verbNext } = endParts(x, e);
  let s = 0;
  s += m.clause.get(Cn)?.get(A)?.get(clause) ?? 0;
  s += m.lex.get(x.strength)?.get(rule)?.get(Cn) ?? 0;
  s += m.vclause.get(verb)?.get(Cn)?.get(clause) ?? 0;
  s += m.rest.get(rest)?.get(Cn) ?? 0;
  s += m.r.get(rule) ?? 0;
  s += m.full.get(full) ?? 0;
  s += m.rFull.get(rule)?.get(atFull) ?? 0;
  s += m.L.get(L) ?? 0;
  s += m.N.get(N) ?? 0;
  s += m.N2.get(N2) ?? 0;
  s += m.LN.get(L)?.get(N) ?? 0;
  s += m.NN2.get(N)?.get(N2) ?? 0;
  s += m.Nc.get(Cn)?.get(Cn2) ?? 0;
  s += m.Lc.get(Cl)?.get(Cn) ?? 0;
  s += m.len.get(len) ?? 0;
  s += m.op.get(x.opener)?.get(N) ?? 0;
  s += m.opc.get(x.opener)?.get(Cn)?.get(Cn2) ?? 0;
  s += m.opLen.get(x.opener)?.get(len) ?? 0;
  s += m.vN.get(verb)?.get(N) ?? 0;
  s += m.vNc.get(verb)?.get(Cn)?.get(Cn2) ?? 0;
  s += m.vop.get(verb)?.get(x.opener)?.get(rule) ?? 0;
  s += m.cueN.get(x.lemma)?.get(Cn) ?? 0;
  s += m.cueR.get(x.lemma)?.get(rule) ?? 0;
  s += m.inq.get(inQuote ? 'y' : 'n') ?? 0;
  s += m.commas.get(commas)?.get(Cn) ?? 0;
  s += m.nextcue.get(afterCue) ?? 0;
  s += m.nextcueV.get(afterCue)?.get(verb) ?? 0;
  s += m.N2v.get(N)?.get(verbNext) ?? 0;
  return s;
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
