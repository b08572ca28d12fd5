/**
 * A learned cue detector: an averaged perceptron over word-window features, trained from PolNeAR train
 * only by scripts/train/cue-model.ts (weights in data/cue-model.json). It proposes cue verbs the
 * lexicon lacks (PolNeAR's attributions include beliefs and intentions: "want", "believe", "vowed").
 */
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
