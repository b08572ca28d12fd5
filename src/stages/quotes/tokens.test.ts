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

/** Words split the same in an all-ASCII text and in one with other letters (the token expression has an ASCII form). */
describe('word tokens', () => {
  it.each([
    ['He said — “No.”', ['He', 'said', '—', '“', 'No', '.', '”']],
    ['U.S. AT&T co-chair 3.5', ['U.S', '.', 'AT&T', 'co-chair', '3.5']],
    ['Łódź café', ['Łódź', 'café']],
    ['Zełenski’s aide', ['Zełenski', '’s', 'aide']],
    ['naïve 2022’s', ['naïve', '2022', '’s']],
    ['٣٤ bis', ['٣٤', 'bis']],
  ])('%s', (text, tokens) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(tokens);
  });
});
