import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTextReference, normalizeWords, SEPARATORS_BEYOND_ASCII } from './statement-key.js';

// The one-pass reading must give the words of the definition (NFKD, lower case, Unicode letters and
// digits): stored dedup keys were computed with it, and PostgreSQL and SQLite must meet on them.
describe('normalizeWords agrees with the definition', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['“We will not accept this,” she said.', 'we will not accept this she said'],
    ['It’s 2024 — the “new” era… ‘maybe’', 'it s 2024 the new era maybe'],
    ['Łódź’s mayor said Café ﬁnances ½ done', 'ło dz s mayor said cafe finances 1 2 done'], // a combining accent breaks a word, as it always did,
    ['İstanbul', 'i stanbul'],
    ['x\u00a0y\u202fz', 'x y z'],
    ['ABC123def--GHI_jkl', 'abc123def ghi jkl'],
    ['\u200bzero\u200bwidth', 'zero width'],
  ])('%j', (text, words) => {
    expect(normalizeText(text)).toBe(normalizeTextReference(text));
    expect(normalizeText(text)).toBe(words);
    const r = normalizeWords(text);
    expect(r.count).toBe(r.words ? r.words.split(' ').length : 0);
  });

  it('treats every listed character as the definition does: a word break, never a letter', () => {
    for (const c of SEPARATORS_BEYOND_ASCII) {
      const ch = String.fromCharCode(c);
      expect(normalizeTextReference(`a${ch}b`), `U+${c.toString(16)}`).toBe('a b');
      expect(normalizeText(`a${ch}b`)).toBe('a b');
    }
  });

  it('agrees on random mixtures of ASCII, typographic punctuation and other scripts', () => {
    const alphabet = [...'aZ09 .,-_\'"\n\t', ...[...SEPARATORS_BEYOND_ASCII].map((c) => String.fromCharCode(c)), 'é', 'ß', 'ł', 'ﬁ', '²', 'İ', 'Ω', '中', '\u0301'];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = next() % 40;
      for (let i = 0; i < len; i++) s += alphabet[next() % (n % 3 === 0 ? alphabet.length : alphabet.length - 8)];
      expect(normalizeText(s), JSON.stringify(s)).toBe(normalizeTextReference(s));
    }
  });
});
