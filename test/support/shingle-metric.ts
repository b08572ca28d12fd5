/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark `evaluate.py`,
 * as ../shared/datasets/article-extraction/CARD.md describes it): 4-gram shingles of word tokens,
 * per-page TP/FP/FN normalised so every page weighs the same, then means of precision and recall.
 */

// Python's `re.findall(r'\w+', text)` on str: letters (L*), numbers (N*) and the underscore.
// Python's \w does not include combining marks (M*), so neither does this.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of n-gram shingles; fewer than n tokens give one shorter shingle, none give none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    const key = sh.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  /** Normalised so tp + fp + fn = 1. */
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Token lists equal. */
  readonly exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const exact = tokenize(truth).join('\u0000') === tokenize(predicted).join('\u0000');
  const sum = tp + fp + fn;
  // Nothing on either side: a perfect page.
  if (sum === 0) return { tp: 1, fp: 0, fn: 0, exact };
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

export interface Summary {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
  readonly pages: number;
}

/** Precision: mean over pages with TP+FP > 0; recall: mean over pages with TP+FN > 0; F1 of the means. */
export function summarise(pages: readonly PageScore[]): Summary {
  const pr = pages.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const rc = pages.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn));
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(pr);
  const recall = mean(rc);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: pages.filter((s) => s.exact).length / Math.max(pages.length, 1), pages: pages.length };
}
