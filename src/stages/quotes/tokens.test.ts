import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

/** Capitalised and word tokens decide cues and names: ASCII and other scripts alike. */
describe('token classes', () => {
  it.each([
    ['Kyiv', true, true],
    ['kyiv', false, true],
    ['Éric', true, true],
    ['élan', false, true],
    ['Ωmega', true, true],
    ['ωmega', false, true],
    ['𝐀lpha', true, true],
    ['2022', false, true],
    ['٣', false, true],
    ['“', false, false],
    [',', false, false],
    ['@', false, false],
    ['_', false, false],
  ])('%s: cap %s, word %s', (text, cap, word) => {
    const [t] = tokenize(text);
    expect(t).toMatchObject({ cap, word });
  });
});
