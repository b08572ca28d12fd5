import { describe, expect, it } from 'vitest';
import { scorePage, shingles, summarise, tokenize } from './support/shingle-metric.js';

// Hand-computed cases of the benchmark metric (CARD.md of article-extraction).
describe('benchmark metric', () => {
  it('tokenises like Python re.findall(r"\\w+"): Unicode letters and digits, punctuation dropped', () => {
    expect(tokenize("Kyiv's 2-day talks — Zelensky, Ωμέγα_1!")).toEqual(['Kyiv', 's', '2', 'day', 'talks', 'Zelensky', 'Ωμέγα_1']);
  });

  it('makes overlapping 4-gram shingles, one shorter shingle under 4 tokens, none for no tokens', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('...').size).toBe(0);
    expect(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
  });

  it('scores one page by multiset counts normalised to sum 1', () => {
    // truth: a b c d e → {abcd, bcde}; prediction: a b c d x → {abcd, bcdx}: TP 1, FP 1, FN 1.
    const s = scorePage('a b c d e', 'a b c d x');
    expect([s.tp, s.fp, s.fn]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(s.exact).toBe(false);
    // Repeated shingle: truth has abcd twice, prediction once → TP 1, FN 1.
    const r = scorePage('a b c d a b c d', 'a b c d');
    // truth shingles: abcd×2, bcda, cdab, dabc (5); prediction: abcd (1).
    expect([r.tp, r.fp, r.fn]).toEqual([1 / 5, 0, 4 / 5]);
  });

  it('averages precision and recall over pages, leaves empty outputs out of precision, F1 of the means', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d e'), // P 1, R 1, exact
      scorePage('a b c d e', 'a b c d x'), // P 1/2, R 1/2
      scorePage('a b c d e f', ''), // empty output: no precision, R 0
    ];
    const s = summarise(pages);
    expect(s.precision).toBeCloseTo(0.75, 12); // (1 + 0.5) / 2
    expect(s.recall).toBeCloseTo(0.5, 12); // (1 + 0.5 + 0) / 3
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25, 12);
    expect(s.accuracy).toBeCloseTo(1 / 3, 12);
  });

  it('counts a page with nothing on either side as perfect, and token-equal pages as exact despite punctuation', () => {
    expect(scorePage('', '')).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect(scorePage('Hello, world.', 'Hello world').exact).toBe(true);
  });
});
