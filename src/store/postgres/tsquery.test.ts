import { describe, expect, it } from 'vitest';
import { tsquery } from './tsquery.js';

describe('tsquery', () => {
  it.each([
    ['restraint dialogue', 'restraint & dialogue'],
    ['"international law"', '(international <-> law)'],
    ['restrain*', 'restrain:*'],
    ['peace talk*', 'peace & talk:*'],
    ['AND OR NOT', 'AND & OR & NOT'],
    ["Kyiv's", 'Kyiv & s'],
    ['Zelenskyy', 'Zelenskyy'],
  ])('%s → %s', (text, expected) => {
    expect(tsquery(text)).toBe(expected);
  });

  it.each(['', '   ', '("', '""', '& | ! <-> :*'])('%j has no words: matches nothing', (text) => {
    expect(tsquery(text)).toBeNull();
  });
});
