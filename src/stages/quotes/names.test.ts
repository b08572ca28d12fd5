import { describe, expect, it } from 'vitest';
import { lastWord } from './names.js';

describe('lastWord reads the word the split expression it replaces would end with', () => {
  const texts = ['', ' ', 'said the spokesman ', 'u.s. sen. ', 'the white-house ', 'the 42-year-old ', '...', 'a--', '“minister”, ', 'foreign minister', 'é', 'café ', 'x'.repeat(40), '2024: ', 'co.', '-'];
  it.each(texts)('%j', (before) => {
    expect(lastWord(before)).toBe(before.split(/[^a-z.-]+/).filter(Boolean).at(-1) ?? '');
  });
});
