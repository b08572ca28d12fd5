/**
 * The span model's features: what the ranker (span-model.ts) knows about ending a content before a token —
 * the words and word shapes around the boundary, the content's opener and length, commas, verbs seen, whether
 * another reporting verb follows, and the rules' own choice. Per-sentence token facts are computed once and cached.
 */
import type { Cue } from './cues.js';
import type { SentenceView } from './document.js';
import { cueAt } from './cues.js';
import { cueForms, cueModifiers } from './lexicon.js';
import { verbLike } from './noun-phrase.js';
import type { Token } from './tokens.js';

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

export function factsOf(s: SentenceView): Facts {
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
export function endParts(x: Context, e: number) {
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
