/**
 * A learned cue detector: an averaged perceptron over word-window features, trained from PolNeAR train
 * only by scripts/train/cue-model.ts (weights in data/cue-model.json). It proposes cue verbs the
 * lexicon lacks (PolNeAR's attributions include beliefs and intentions: "want", "believe", "vowed").
 */
import { featureTables, table1, table2, table3, type Table1, type Table2, type Table3 } from './feature-table.js';
import { cueForms, cueModifiers } from './lexicon.js';
import { CUE_ARITY } from './templates.js';
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
export function stem(w: string): string {
  // w.replace(/(?:ing|ed|es|s)$/, '') || w: the expression takes the earliest, so the longest, of the endings.
  const cut = w.endsWith('ing') ? 3 : w.endsWith('ed') || w.endsWith('es') ? 2 : w.endsWith('s') ? 1 : 0;
  return w.slice(0, w.length - cut) || w;
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
  readonly p: Table1; readonly n: Table1; readonly p2: Table1; readonly n2: Table1; readonly p3: Table1; readonly n3: Table1;
  readonly shape: Table3; readonly left: Table2;
  /** Weights of the two-valued templates: [y, n] ([in, out] for q is per word). */
  readonly ppron: readonly [number, number]; readonly pmod: readonly [number, number]; readonly first: readonly [number, number]; readonly nq: readonly [number, number];
  /** What depends on the word alone, by lower-case word (filled on first use). */
  readonly words: Map<string, WordTerms>;
  readonly byWord: (w: string) => WordTerms;
}

/** The terms of one word: its own weights (added in cueFeatures' order) and the rows of the templates it keys. */
interface WordTerms {
  /** bias + w + s3 + s2, summed in that order. */
  readonly base: number;
  /** pw by the word, then by the previous word. */
  readonly pw: Table1 | undefined;
  readonly wn: Table1 | undefined;
  readonly lex: number;
  readonly lexn: Table1 | undefined;
  readonly qIn: number;
  readonly qOut: number;
  readonly stem: number;
  readonly stemn: Table1 | undefined;
  /** nc by the word's lexicon class, then by the next word's class. */
  readonly nc: Table1 | undefined;
}

// A long ingest meets an open vocabulary: the word cache starts over past this size.
const MAX_WORDS = 100_000;

/** The head model's tables from its weights (the pipeline loads them ready-made: model-tables.ts). */
export function cueTables(model: CueModel | CompiledCueModel): CueTables {
  const weights = model.weights instanceof Map ? model.weights : new Map(Object.entries(model.weights));
  return cueTablesOf(featureTables(weights, CUE_ARITY), model);
}

/** The head model from its tables by template (featureTables of its weights with CUE_ARITY). */
export function cueTablesOf(t: ReadonlyMap<string, ReadonlyMap<string, unknown>>, model: { readonly bias: number; readonly threshold: number }): CueTables {
  const one = (name: string) => table1(t, name);
  const two = (name: string) => table2(t, name);
  const yn = (name: string) => [one(name).get('y') ?? 0, one(name).get('n') ?? 0] as const;
  const [w, s3, s2, lex, stems] = [one('w'), one('s3'), one('s2'), one('lex'), one('stem')];
  const [pw, wn, lexn, q, stemn, nc] = [two('pw'), two('wn'), two('lexn'), two('q'), two('stemn'), two('nc')];
  const words = new Map<string, WordTerms>();
  const byWord = (word: string): WordTerms => {
    let terms = words.get(word);
    if (terms) return terms;
    const entry = cueForms.get(word);
    const lexed = entry ? 'lex' : 'nolex';
    let base = model.bias;
    base += w.get(word) ?? 0;
    base += s3.get(word.slice(-3)) ?? 0;
    base += s2.get(word.slice(-2)) ?? 0;
    const st = stem(word);
    terms = {
      base,
      pw: pw.get(word),
      wn: wn.get(word),
      lex: lex.get(entry ? (entry.strong ? 'strong' : 'weak') : 'none') ?? 0,
      lexn: lexn.get(entry ? 'y' : 'n'),
      qIn: q.get('in')?.get(lexed) ?? 0,
      qOut: q.get('out')?.get(lexed) ?? 0,
      stem: stems.get(st) ?? 0,
      stemn: stemn.get(st),
      nc: nc.get(lexed),
    };
    if (words.size >= MAX_WORDS) words.clear();
    words.set(word, terms);
    return terms;
  };
  return {
    bias: model.bias,
    threshold: model.threshold,
    p: one('p'), n: one('n'), p2: one('p2'), n2: one('n2'), p3: one('p3'), n3: one('n3'),
    shape: table3(t, 'shape'), left: two('left'),
    ppron: yn('ppron'), pmod: yn('pmod'), first: yn('first'), nq: yn('nq'),
    words,
    byWord,
  };
}

/**
 * cueScore(model, cueFeatures(toks, i, inQuote)), to the last bit, without building the feature strings: the same
 * weights looked up part by part (the word's own once per word), added in the same order. Keep it in step with
 * cueFeatures (a test compares them).
 */
export function cueScoreAt(m: CueTables, toks: readonly Token[], i: number, inQuote: readonly boolean[]): number {
  const t = toks[i]!;
  const word = m.byWord(t.lower);
  const p = toks[i - 1];
  const n = toks[i + 1];
  const p2 = toks[i - 2];
  const pl = p?.lower ?? '<s>';
  const nl = n?.lower ?? '</s>';
  const shapeN = shape(n);
  const shapeP = shape(p);
  const next = nextClass(n);
  let s = word.base;
  s += m.p.get(pl) ?? 0;
  s += m.n.get(nl) ?? 0;
  s += m.p2.get(p2?.lower ?? '<s>') ?? 0;
  s += m.n2.get(toks[i + 2]?.lower ?? '</s>') ?? 0;
  s += word.pw?.get(pl) ?? 0;
  s += word.wn?.get(nl) ?? 0;
  s += m.shape.get(shapeP)?.get(shape(t))?.get(shapeN) ?? 0;
  s += word.lex;
  s += word.lexn?.get(n?.lower === 'that' ? 'that' : shapeN) ?? 0;
  s += m.ppron[p && PRON.has(p.lower) ? 0 : 1];
  s += m.pmod[p && cueModifiers.has(p.lower) ? 0 : 1];
  s += m.first[i === 0 ? 0 : 1];
  s += inQuote[i] ? word.qIn : word.qOut;
  s += m.nq[n && /^["“‘]$/.test(n.text) ? 0 : 1];
  s += m.p3.get(toks[i - 3]?.lower ?? '<s>') ?? 0;
  s += m.n3.get(toks[i + 3]?.lower ?? '</s>') ?? 0;
  s += word.stem;
  s += word.stemn?.get(next) ?? 0;
  s += word.nc?.get(next) ?? 0;
  s += m.left.get(shape(p2))?.get(shapeP) ?? 0;
  return s;
}
