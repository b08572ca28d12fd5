/**
 * A learned decision whether an indirect or mixed candidate is an attribution at all. The finders of
 * find-indirect propose generously (the learned cue detector fires on any verb that can report: "pledged",
 * "appeared", "continued"); this averaged perceptron, trained on PolNeAR train only by
 * scripts/train/keep-model.ts (weights in data/keep-model.json), scores each candidate from its cue, the
 * pattern that found it, its source and the shape of its content, and drops those below its threshold.
 * A quote that is not one would go into analysts' data, so precision is what it buys.
 */
import { cueMargin } from './cues.js';
import { sentenceAt, type DocView } from './document.js';
import type { Found } from './found.js';
import { cueForms, cueModifiers, stopWords } from './lexicon.js';
import { modelTables, weightsOf } from './model-tables.js';
import { verbLike } from './noun-phrase.js';
import type { Token } from './tokens.js';

export interface KeepModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 7) return '5-7';
  if (n <= 12) return '8-12';
  if (n <= 20) return '13-20';
  return '21+';
}

function openerOf(t: Token | undefined): string {
  if (!t) return 'none';
  if (/^(?:that|to|if|whether|for|about|of|on)$/.test(t.lower)) return t.lower;
  if (/^(?:how|why|what|who|when|where|which)$/.test(t.lower)) return 'wh';
  if (/^["“‘]$/.test(t.text)) return 'quote';
  if (!t.word) return t.text;
  if (t.cap) return 'Cap';
  return stopWords.has(t.lower) ? t.lower : 'low';
}

/** The pattern that found a candidate, without its example in parentheses. */
function basisOf(f: Found): string {
  return f.basis.replace(/\s*\(.*$/, '');
}

/** Features of one candidate from find-indirect. */
export function keepFeatures(doc: DocView, f: Found): string[] {
  const s = sentenceAt(doc, f.cue?.start ?? f.fragments[0]!.start);
  const toks = s?.tokens ?? [];
  const inside = (span: { start: number; end: number } | null) => (span ? toks.map((t, i) => (span.start <= t.start && t.end <= span.end ? i : -1)).filter((i) => i >= 0) : []);
  const cueToks = inside(f.cue);
  const head = cueToks.find((i) => toks[i]!.word && !cueModifiers.has(toks[i]!.lower)) ?? cueToks[0];
  const hw = head !== undefined ? toks[head]!.lower : '<none>';
  const entry = cueForms.get(hw);
  const lex = entry ? (entry.strong ? 'strong' : 'weak') : hw === 'according' ? 'according' : 'none';
  const last = f.fragments.at(-1)!;
  const content = toks.filter((t) => f.fragments.some((p) => p.start <= t.start && t.end <= p.end));
  const words = content.filter((t) => t.word).length;
  const firstIdx = toks.findIndex((t) => t.start >= f.fragments[0]!.start);
  const opener = openerOf(toks[firstIdx]);
  const lastIdx = toks.findIndex((t) => t.start >= last.end);
  const after = lastIdx < 0 ? 'end' : toks[lastIdx]!.word ? 'word' : toks[lastIdx]!.text;
  const score = head !== undefined && s ? cueMargin(s, head) : 0;
  const sc = score > 5 ? 'hi' : score > 0 ? 'mid' : score > -5 ? 'low' : 'vlow';
  const verb = content.some((t) => t.word && !t.cap && verbLike(t)) ? 'v' : 'nv';
  const srcSide = !f.source || !f.cue ? 'none' : f.source.start < f.cue.start ? 'before' : 'after';
  const contentSide = f.cue && f.fragments[0]!.start < f.cue.start ? 'left' : 'right';
  const basis = basisOf(f);
  const src = f.sourceClass ?? 'none';
  const prev = head !== undefined ? toks[head - 1] : undefined;
  const cueLen = cueToks.filter((i) => toks[i]!.word).length;
  return [
    `b=${basis}`,
    `cw=${hw}`,
    `lex=${lex}`,
    `lex|b=${lex}|${basis}`,
    `src=${src}`,
    `src|lex=${src}|${lex}`,
    `kind=${f.kind}`,
    `len=${bucket(words)}`,
    `len|lex=${bucket(words)}|${lex}`,
    `frags=${Math.min(f.fragments.length, 3)}`,
    `op=${opener}`,
    `op|lex=${opener}|${lex}`,
    `op|cw=${opener}|${hw}`,
    `after=${after}`,
    `sc=${sc}`,
    `sc|lex=${sc}|${lex}`,
    `verb=${verb}|${opener}`,
    `side=${srcSide}|${contentSide}`,
    `cw|src=${hw}|${src}`,
    `p=${prev ? (prev.word ? (stopWords.has(prev.lower) || cueModifiers.has(prev.lower) ? prev.lower : prev.cap ? 'Cap' : 'low') : prev.text) : '<s>'}|${lex}`,
    `cuelen=${Math.min(cueLen, 4)}|${lex}`,
    `head=${s?.index === 0 ? 'y' : 'n'}`,
    `stem=${hw.replace(/(?:ing|ed|es|s)$/, '')}`,
  ];
}

export function keepScore(m: KeepModel | { bias: number; weights: ReadonlyMap<string, number> }, features: readonly string[]): number {
  let s = m.bias;
  const w = m.weights;
  if (w instanceof Map) for (const f of features) s += w.get(f) ?? 0;
  else for (const f of features) s += (w as Readonly<Record<string, number>>)[f] ?? 0;
  return s;
}

// The model of data/keep-model.json, as generated rows (model-tables.ts).
const keep = modelTables.keep;
const compiled = { bias: keep.bias, weights: weightsOf(keep) };

/** Whether the model accepts a candidate (none while the model file is empty, as before training). */
export function keepsSourceless(doc: DocView, f: Found, threshold = keep.threshold): boolean {
  // Words in quote marks need a speaker: a mixed content without one is left out rather than attributed to no one.
  return f.kind !== 'mixed' && compiled.weights.size > 0 && keepScore(compiled, keepFeatures(doc, f)) > threshold;
}
