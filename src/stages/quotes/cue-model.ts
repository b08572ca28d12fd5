/**
 * A learned cue detector: an averaged perceptron over word-window features, trained from PolNeAR train
 * only by scripts/train/cue-model.ts (weights in data/cue-model.json). It proposes cue verbs the
 * lexicon lacks (PolNeAR's attributions include beliefs and intentions: "want", "believe", "vowed").
 */
import { featureTables, table1, table2, table3, type Table1, type Table2, type Table3 } from './feature-table.js';
import { cueForms, cueModifiers } from './lexicon.js';
import type { Token } from './tokens.js';

export interface CueModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

const PRON = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);

function shape(t: Token | undefined): string {
  if (!t) return '<none>';
  if (!t.word) return t.text;
  return t.cap ? 'Cap' : 'low';
}

/** Features of token i of a sentence; `inQuote` marks tokens inside quote marks. */
export function cueFeatures(toks: readonly Token[], i: number, inQuote: readonly boolean[]): string[] {
  const t = toks[i]!;
  const w = t.lower;
  const p = toks[i - 1];
  const n = toks[i + 1];
  const p2 = toks[i - 2];
  const n2 = toks[i + 2];
  const lex = cueForms.get(w);
  return [
    `w=${w}`,
    `s3=${w.slice(-3)}`,
    `s2=${w.slice(-2)}`,
    `p=${p?.lower ?? '<s>'}`,
    `n=${n?.lower ?? '</s>'}`,
    `p2=${p2?.lower ?? '<s>'}`,
    `n2=${n2?.lower ?? '</s>'}`,
    `pw=${p?.lower ?? '<s>'}|${w}`,
    `wn=${w}|${n?.lower ?? '</s>'}`,
    `shape=${shape(p)}|${shape(t)}|${shape(n)}`,
    `lex=${lex ? (lex.strong ? 'strong' : 'weak') : 'none'}`,
    `lexn=${lex ? 'y' : 'n'}|${n?.lower === 'that' ? 'that' : shape(n)}`,
    `ppron=${p && PRON.has(p.lower) ? 'y' : 'n'}`,
    `pmod=${p && cueModifiers.has(p.lower) ? 'y' : 'n'}`,
    `first=${i === 0 ? 'y' : 'n'}`,
    `q=${inQuote[i] ? 'in' : 'out'}|${lex ? 'lex' : 'nolex'}`,
    `nq=${n && /^["“‘]$/.test(n.text) ? 'y' : 'n'}`,
    // Wider context (±3 words), a crude lemma, what opens the complement, what stands on the left.
    `p3=${toks[i - 3]?.lower ?? '<s>'}`,
    `n3=${toks[i + 3]?.lower ?? '</s>'}`,
    `stem=${stem(w)}`,
    `stemn=${stem(w)}|${nextClass(n)}`,
    `nc=${nextClass(n)}|${lex ? 'lex' : 'nolex'}`,
    `left=${shape(p2)}|${shape(p)}`,
  ];
}

/** Inflection stripped, roughly ("vowed", "vows", "vowing" → "vow"). */
function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/, '') || w;
}

/** What follows a candidate cue: a complementiser, "to", a colon, a quote, a comma, a name, a word, or nothing. */
function nextClass(n: Token | undefined): string {
  if (!n) return '</s>';
  if (n.lower === 'that' || n.lower === 'to' || n.lower === 'about' || n.lower === 'for') return n.lower;
  if (/^["“‘]$/.test(n.text)) return 'quote';
  if (!n.word) return n.text;
  return n.cap ? 'Cap' : 'low';
}

/** Features of token j, after a cue head at token i: does the cue run on through it? */
export function continuationFeatures(toks: readonly Token[], i: number, j: number, inQuote: readonly boolean[]): string[] {
  const t = toks[j]!;
  const h = toks[i]!.lower;
  const p = toks[j - 1]!;
  const n = toks[j + 1];
  return [
    `w=${t.lower}`,
    `h=${h}`,
    `hw=${h}|${t.lower}`,
    `pw=${p.lower}|${t.lower}`,
    `n=${n?.lower ?? '</s>'}`,
    `d=${Math.min(j - i, 4)}`,
    `shape=${shape(t)}|${shape(n)}`,
    `q=${inQuote[j] ? 'in' : 'out'}`,
    `s2=${t.lower.slice(-2)}`,
  ];
}

/** A model ready to score: weights in a Map (much faster than a 60k-key object). */
export interface CompiledCueModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: ReadonlyMap<string, number>;
}

export function compile(model: CueModel): CompiledCueModel {
  return { bias: model.bias, threshold: model.threshold, weights: new Map(Object.entries(model.weights)) };
}

export function cueScore(model: CueModel | CompiledCueModel, features: readonly string[]): number {
  let s = model.bias;
  const w = model.weights;
  if (w instanceof Map) for (const f of features) s += w.get(f) ?? 0;
  else for (const f of features) s += (w as Readonly<Record<string, number>>)[f] ?? 0;
  return s;
}

/** The head model by feature template (see feature-table.ts), for cueScoreAt. */
export interface CueTables {
  readonly bias: number;
  readonly threshold: number;
  readonly w: Table1; readonly s3: Table1; readonly s2: Table1; readonly p: Table1; readonly n: Table1; readonly p2: Table1; readonly n2: Table1;
  readonly pw: Table2; readonly wn: Table2; readonly shape: Table3; readonly lex: Table1; readonly lexn: Table2; readonly ppron: Table1;
  readonly pmod: Table1; readonly first: Table1; readonly q: Table2; readonly nq: Table1; readonly p3: Table1; readonly n3: Table1;
  readonly stem: Table1; readonly stemn: Table2; readonly nc: Table2; readonly left: Table2;
}

/** The templates of cueFeatures and their number of parts. */
const CUE_ARITY = { w: 1, s3: 1, s2: 1, p: 1, n: 1, p2: 1, n2: 1, pw: 2, wn: 2, shape: 3, lex: 1, lexn: 2, ppron: 1, pmod: 1, first: 1, q: 2, nq: 1, p3: 1, n3: 1, stem: 1, stemn: 2, nc: 2, left: 2 };

export function cueTables(model: CueModel | CompiledCueModel): CueTables {
  const weights = model.weights instanceof Map ? model.weights : new Map(Object.entries(model.weights));
  const t = featureTables(weights, CUE_ARITY);
  const one = (name: string) => table1(t, name);
  const two = (name: string) => table2(t, name);
  return {
    bias: model.bias,
    threshold: model.threshold,
    w: one('w'), s3: one('s3'), s2: one('s2'), p: one('p'), n: one('n'), p2: one('p2'), n2: one('n2'),
    pw: two('pw'), wn: two('wn'), shape: table3(t, 'shape'), lex: one('lex'), lexn: two('lexn'), ppron: one('ppron'),
    pmod: one('pmod'), first: one('first'), q: two('q'), nq: one('nq'), p3: one('p3'), n3: one('n3'),
    stem: one('stem'), stemn: two('stemn'), nc: two('nc'), left: two('left'),
  };
}

/**
 * cueScore(model, cueFeatures(toks, i, inQuote)), to the last bit, without building the feature strings: the same
 * values looked up part by part, added in the same order. Keep it in step with cueFeatures (a test compares them).
 */
export function cueScoreAt(m: CueTables, toks: readonly Token[], i: number, inQuote: readonly boolean[]): number {
  const t = toks[i]!;
  const w = t.lower;
  const p = toks[i - 1];
  const n = toks[i + 1];
  const p2 = toks[i - 2];
  const lex = cueForms.get(w);
  const pl = p?.lower ?? '<s>';
  const nl = n?.lower ?? '</s>';
  const shapeN = shape(n);
  const shapeP = shape(p);
  const lexed = lex ? 'lex' : 'nolex';
  const st = stem(w);
  const next = nextClass(n);
  let s = m.bias;
  s += m.w.get(w) ?? 0;
  s += m.s3.get(w.slice(-3)) ?? 0;
  s += m.s2.get(w.slice(-2)) ?? 0;
  s += m.p.get(pl) ?? 0;
  s += m.n.get(nl) ?? 0;
  s += m.p2.get(p2?.lower ?? '<s>') ?? 0;
  s += m.n2.get(toks[i + 2]?.lower ?? '</s>') ?? 0;
  s += m.pw.get(pl)?.get(w) ?? 0;
  s += m.wn.get(w)?.get(nl) ?? 0;
  s += m.shape.get(shapeP)?.get(shape(t))?.get(shapeN) ?? 0;
  s += m.lex.get(lex ? (lex.strong ? 'strong' : 'weak') : 'none') ?? 0;
  s += m.lexn.get(lex ? 'y' : 'n')?.get(n?.lower === 'that' ? 'that' : shapeN) ?? 0;
  s += m.ppron.get(p && PRON.has(p.lower) ? 'y' : 'n') ?? 0;
  s += m.pmod.get(p && cueModifiers.has(p.lower) ? 'y' : 'n') ?? 0;
  s += m.first.get(i === 0 ? 'y' : 'n') ?? 0;
  s += m.q.get(inQuote[i] ? 'in' : 'out')?.get(lexed) ?? 0;
  s += m.nq.get(n && /^["“‘]$/.test(n.text) ? 'y' : 'n') ?? 0;
  s += m.p3.get(toks[i - 3]?.lower ?? '<s>') ?? 0;
  s += m.n3.get(toks[i + 3]?.lower ?? '</s>') ?? 0;
  s += m.stem.get(st) ?? 0;
  s += m.stemn.get(st)?.get(next) ?? 0;
  s += m.nc.get(next)?.get(lexed) ?? 0;
  s += m.left.get(shape(p2))?.get(shapeP) ?? 0;
  return s;
}
