/**
 * The PolNeAR scorer of ../shared/datasets/polnear/CARD.md.
 * - Content: a gold content is found when one predicted content covers ≥ 50 % of its tokens with token
 *   Jaccard ≥ 0.5 (one-to-one, best Jaccard first): overlap P/R/F1. Exact: identical token sets.
 * - Direct subset: gold and predicted contents holding a double quote mark (" or “), matched among themselves.
 * - Cue: one-to-one matching of cue spans sharing a token (overlap) or with identical tokens (exact).
 * - Speaker, on matched contents with a gold Source: named sources are right when the predicted source or
 *   name contains the gold head word, or the gold source contains the prediction. Pronoun sources are
 *   scored apart, against the nearest preceding gold source holding a name (a proxy for the antecedent; for
 *   he/she one that can be a single person), using only the predicted resolved name.
 */
import type { Attribution, Span } from '../../src/core/analysis.js';

export interface ScoredGold {
  readonly content: readonly Span[];
  readonly cue: readonly Span[] | null;
  readonly source: Span | null;
}

export interface ScoredPrediction {
  readonly content: readonly Span[];
  readonly cue: Span | null;
  readonly sourceText: string | null;
  readonly speakerName: string | null;
}

export interface Counts {
  gold: number;
  pred: number;
  overlap: number;
  exact: number;
}

export interface Tally {
  all: Counts;
  direct: Counts;
  cue: { gold: number; pred: number; overlap: number; exact: number };
  named: { total: number; right: number };
  directNamed: { total: number; right: number };
  pronoun: { total: number; right: number };
}

export function emptyTally(): Tally {
  const c = () => ({ gold: 0, pred: 0, overlap: 0, exact: 0 });
  return { all: c(), direct: c(), cue: c(), named: { total: 0, right: 0 }, directNamed: { total: 0, right: 0 }, pronoun: { total: 0, right: 0 } };
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'that', 'him', 'her', 'them', 'us', 'you', 'me', 'my', 'his', 'its', 'their', 'our', 'your', 'this', 'one']);

/** Token offsets of the text: words and single punctuation marks. */
export function tokenStarts(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => m.index);
}

/** The indices of the tokens (by their start offsets) that fall inside the spans. */
export function tokensIn(starts: readonly number[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) {
    let lo = lowerBound(starts, s.start);
    for (; lo < starts.length && starts[lo]! < s.end; lo++) out.add(lo);
  }
  return out;
}

function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function intersect(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && intersect(a, b) === a.size;
}

/** One-to-one matching, best Jaccard first, under the card's thresholds. Returns gold index → prediction index. */
export function matchContents(gold: readonly Set<number>[], pred: readonly Set<number>[]): Map<number, number> {
  const pairs: { g: number; p: number; j: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const inter = intersect(g, p);
      if (inter === 0 || g.size === 0) return;
      const jac = inter / (g.size + p.size - inter);
      if (inter / g.size >= 0.5 && jac >= 0.5) pairs.push({ g: gi, p: pi, j: jac });
    }),
  );
  pairs.sort((a, b) => b.j - a.j);
  const out = new Map<number, number>();
  const usedP = new Set<number>();
  for (const { g, p } of pairs) {
    if (out.has(g) || usedP.has(p)) continue;
    out.set(g, p);
    usedP.add(p);
  }
  return out;
}

function exactCount(gold: readonly Set<number>[], pred: readonly Set<number>[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, pi) => !used.has(pi) && sameSet(g, p));
    if (i >= 0) {
      used.add(i);
      n++;
    }
  }
  return n;
}

const hasQuote = (text: string, spans: readonly Span[]) => spans.some((s) => /["“”]/.test(text.slice(s.start, s.end)));

/** The gold source's head: the last word of its first comma chunk ("Flynn, a surrogate," → "flynn"). */
export function goldHead(source: string): string {
  const chunk = source.split(/[,(]/)[0]!.trim();
  const words = chunk.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  const w = words.at(-1) ?? '';
  return w.replace(/['’]s$/, '');
}

/** The card's speaker rule: head word in the prediction, or the prediction inside the gold source. */
export function speakerMatches(goldSource: string, predicted: readonly (string | null)[]): boolean {
  const head = goldHead(goldSource);
  const gold = goldSource.toLowerCase();
  return predicted.some((p) => {
    if (!p) return false;
    const q = p.toLowerCase().trim();
    if (q.length === 0 || PRONOUNS.has(q)) return false;
    const words = q.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.map((w) => w.replace(/['’]s$/, '')) ?? [];
    return (head !== '' && words.includes(head)) || gold.includes(q);
  });
}

/**
 * The scorer's direct subset of one document, for the error scripts (polnear-direct.ts, polnear-naming.ts):
 * the indices of the gold and predicted contents holding a double quote mark (`gd`, `pd`), their token
 * sets (`g`, `p`), and the matching of `g` to `p` that scoreDocument counts.
 */
export function directSubset(
  text: string,
  gold: readonly { readonly content: readonly Span[] }[],
  pred: readonly { readonly content: readonly Span[] }[],
): { gd: number[]; pd: number[]; g: Set<number>[]; p: Set<number>[]; m: Map<number, number> } {
  const starts = tokenStarts(text);
  const gd = gold.map((_, i) => i).filter((i) => hasQuote(text, gold[i]!.content));
  const pd = pred.map((_, i) => i).filter((i) => hasQuote(text, pred[i]!.content));
  const g = gd.map((i) => tokensIn(starts, gold[i]!.content));
  const p = pd.map((i) => tokensIn(starts, pred[i]!.content));
  return { gd, pd, g, p, m: matchContents(g, p) };
}

/** Adds one document's counts to the tally. */
export function scoreDocument(text: string, gold: readonly ScoredGold[], pred: readonly ScoredPrediction[], tally: Tally): void {
  const starts = tokenStarts(text);
  const gSets = gold.map((g) => tokensIn(starts, g.content));
  const pSets = pred.map((p) => tokensIn(starts, p.content));
  const m = matchContents(gSets, pSets);
  tally.all.gold += gold.length;
  tally.all.pred += pred.length;
  tally.all.overlap += m.size;
  tally.all.exact += exactCount(gSets, pSets);

  const gd = gold.map((g, i) => i).filter((i) => hasQuote(text, gold[i]!.content));
  const pd = pred.map((p, i) => i).filter((i) => hasQuote(text, pred[i]!.content));
  const md = matchContents(gd.map((i) => gSets[i]!), pd.map((i) => pSets[i]!));
  tally.direct.gold += gd.length;
  tally.direct.pred += pd.length;
  tally.direct.overlap += md.size;
  tally.direct.exact += exactCount(gd.map((i) => gSets[i]!), pd.map((i) => pSets[i]!));

  const gCues = gold.filter((g) => g.cue).map((g) => tokensIn(starts, g.cue!));
  const pCues = pred.filter((p) => p.cue).map((p) => tokensIn(starts, [p.cue!]));
  tally.cue.gold += gCues.length;
  tally.cue.pred += pCues.length;
  tally.cue.exact += exactCount(gCues, pCues);
  const used = new Set<number>();
  for (const g of gCues) {
    const i = pCues.findIndex((p, pi) => !used.has(pi) && intersect(g, p) > 0);
    if (i >= 0) {
      used.add(i);
      tally.cue.overlap++;
    }
  }

  const directGold = new Set(gd);
  const antecedents = proxyAntecedents(text, gold);
  for (const [gi, pi] of m) {
    const g = gold[gi]!;
    const p = pred[pi]!;
    if (!g.source) continue;
    const srcText = text.slice(g.source.start, g.source.end);
    if (PRONOUNS.has(srcText.toLowerCase().trim())) {
      const personal = /^(?:he|she)$/i.test(srcText.trim());
      const ref = antecedents.findLast((s) => s.end <= g.source!.start && (!personal || canBeOnePerson(text.slice(s.start, s.end))));
      if (!ref) continue;
      tally.pronoun.total++;
      if (speakerMatches(text.slice(ref.start, ref.end), [p.speakerName])) tally.pronoun.right++;
    } else {
      const right = speakerMatches(srcText, [p.sourceText, p.speakerName]);
      tally.named.total++;
      if (right) tally.named.right++;
      if (directGold.has(gi)) {
        tally.directNamed.total++;
        if (right) tally.directNamed.right++;
      }
    }
  }
}

/** Capitalised words that never hold a name, whatever their position ("His", "Some Americans", "One strategist"). */
const NOT_NAMES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'one', 'two', 'three', 'all', 'both', 'each', 'every', 'even', 'other', 'another', 'no', 'my', 'our', 'your', 'by', 'and', 'or', 'former', 'mr', 'mrs', 'ms', 'dr', ...PRONOUNS]);

/**
 * Whether a gold source holds a name, as the CARD's antecedent ("the nearest preceding name") must: a
 * capitalised word that is not a determiner or pronoun and is not capitalised only because it opens a
 * sentence — it stands mid-sentence here, is written capitalised mid-sentence elsewhere in the text, or the
 * text never writes it in lower case.
 * ("Trump" and "Hillary Clinton" hold names; "Voters", "His", "Some Americans", "One strategist" do not.)
 */
export function holdsName(text: string, span: Span, seen: { midCaps: ReadonlySet<string>; lower: ReadonlySet<string> }): boolean {
  for (const m of text.slice(span.start, span.end).matchAll(/\p{Lu}[\p{L}'’.-]*/gu)) {
    const word = m[0].replace(/['’]s$|\.$/, '');
    if (NOT_NAMES.has(word.toLowerCase())) continue;
    if (!sentenceInitial(text, span.start + m.index) || seen.midCaps.has(word) || !seen.lower.has(word.toLowerCase())) return true;
  }
  return false;
}

function sentenceInitial(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).replace(/[\s"“‘'(]+$/u, '');
  return before === '' || /[.!?:\n]$/.test(before) || /\n/.test(text.slice(Math.max(0, at - 4), at));
}

/** Capitalised words written mid-sentence somewhere in the text (proper names, not sentence openers). */
function midSentenceCaps(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’.-]*/gu)) if (!sentenceInitial(text, m.index)) out.add(m[0].replace(/['’]s$|\.$/, ''));
  return out;
}

/**
 * Whether he/she can refer to a gold source (the CARD: the name "the pronoun refers to"): not a coordination
 * ("Sanders and Clinton") and not a phrase headed by a common noun ("a Washington Post poll", "Republican
 * voters"); an appositive name still counts ("the assailant, John Roe").
 */
export function canBeOnePerson(source: string): boolean {
  const chunks = source.split(/[,(—–]/).map((c) => c.trim()).filter(Boolean);
  if (/\s(?:and|&)\s/i.test(chunks[0] ?? '')) return false;
  return chunks.some((c) => /^\p{Lu}/u.test(c.split(/\s+(?:of|for|at|from|in|who|which|with)\s+/)[0]!.split(/\s+/).at(-1) ?? ''));
}

/**
 * The antecedent stand-ins for pronoun sources, in text order: gold sources that are not pronouns and hold
 * a name. PolNeAR gives no coreference, so "the nearest preceding name the pronoun refers to" is approximated
 * by the nearest earlier of these.
 */
export function proxyAntecedents(text: string, gold: readonly ScoredGold[]): Span[] {
  const seen = { midCaps: midSentenceCaps(text), lower: new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []) };
  return gold
    .map((g) => g.source)
    .filter((s): s is Span => s !== null && !PRONOUNS.has(text.slice(s.start, s.end).toLowerCase().trim()) && holdsName(text, s, seen))
    .sort((a, b) => a.start - b.start);
}

export function f1(c: { gold: number; pred: number }, hits: number): { p: number; r: number; f: number } {
  const p = c.pred ? hits / c.pred : 0;
  const r = c.gold ? hits / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * An article's gold and predicted contents as token sets, matched one to one (matchContents): where every
 * diagnostic script over PolNeAR starts. `predicted[i]` and `match`'s values index `pred`.
 */
export function matchArticle(
  text: string,
  gold: readonly { readonly content: readonly Span[] }[],
  pred: readonly Attribution[],
): { starts: number[]; gold: Set<number>[]; predicted: Set<number>[]; match: Map<number, number> } {
  const starts = tokenStarts(text);
  const g = gold.map((x) => tokensIn(starts, x.content));
  const p = pred.map((x) => tokensIn(starts, x.content.fragments ?? [x.content]));
  return { starts, gold: g, predicted: p, match: matchContents(g, p) };
}

/** The pronouns the diagnostic scripts break the pronoun figure down by. */
export const SCRIPT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'that', 'you', 'this', 'one']);

/**
 * Matched contents whose gold source is one of `pronouns`, each with the scorer's proxy antecedent: the nearest
 * preceding gold source holding a name (for he/she, one that can be a single person). Skips those without one.
 */
export function* pronounSources(
  text: string,
  gold: readonly { readonly source: Span | null }[],
  named: readonly Span[],
  match: ReadonlyMap<number, number>,
  pronouns: ReadonlySet<string> = SCRIPT_PRONOUNS,
): Generator<{ gi: number; pi: number; pronoun: string; src: Span; ref: Span }> {
  for (const [gi, pi] of match) {
    const src = gold[gi]!.source;
    if (!src) continue;
    const pronoun = text.slice(src.start, src.end).toLowerCase().trim();
    if (!pronouns.has(pronoun)) continue;
    const ref = named.findLast((s) => s.end <= src.start && (!/^(?:he|she)$/.test(pronoun) || canBeOnePerson(text.slice(s.start, s.end))));
    if (ref) yield { gi, pi, pronoun, src, ref };
  }
}
