import { describe, expect, it } from 'vitest';
import { afterHonorific, wholeWords } from './corefer.js';

/** What the regular expression wholeWords stands for finds. */
function byRegex(text: string, words: readonly string[]): { index: number; 0: string }[] {
  const alternation = words.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, 'gu'))].map((m) => ({ index: m.index, 0: m[0] }));
}

describe('wholeWords', () => {
  it.each([
    ['Smith met Smithson; Smith-Jones and Smith.', ['Smith-Jones', 'Smith']],
    ['ÉSmith, Smithé, 9Smith, Smith9, _Smith_', ['Smith']],
    ['Lou Jiwei said Mr. Lou and LouLou left', ['Jiwei', 'Lou']],
    // Overlaps: the first word in order at a position wins, and the next search starts after it.
    ['Van Dyke Dyke', ['Van Dyke', 'Dyke', 'Van']],
    ['abab ab aba', ['aba', 'ab']],
    // A letter outside the BMP before or after is a letter; an emoji is not.
    ['𝐀Smith 😀Smith Smith𝐀 Smith😀', ['Smith']],
    ['', ['Smith']],
    ['no names here', ['Smith', 'Lavrov']],
    // A word holding a surrogate goes through the regular expression itself.
    ['𝐀𝐁 said 𝐀𝐁', ['𝐀𝐁']],
  ])('%j with %j finds what the regular expression finds', (text, words) => {
    expect(wholeWords(text, words)).toEqual(byRegex(text, words));
  });

  it('finds every whole occurrence in text order', () => {
    expect(wholeWords('Smith, then Lavrov, then Smith', ['Lavrov', 'Smith']).map((m) => [m.index, m[0]])).toEqual([
      [0, 'Smith'],
      [12, 'Lavrov'],
      [25, 'Smith'],
    ]);
  });
});

describe('afterHonorific', () => {
  const byRegex = (text: string, name: string) =>
    new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
  it.each([
    ['Lou Jiwei said. Mr. Lou agreed', 'Lou', true],
    ['Mrs Lou, Ms\tLou, Dr.\n Lou', 'Lou', true],
    ['Mr.Lou and Mr Louis and Mr Loué', 'Lou', false],
    ['XMr. Lou and _Dr Lou and 9Ms Lou', 'Lou', false],
    ['éMr. Lou', 'Lou', true],
    ['Mr.. Lou and Mr . Lou and Mrs. Lou9', 'Lou', true],
    ['Mr. Lou𝐀 and Mr. Lou😀', 'Lou', true],
    ['Mr. Lou𝐀', 'Lou', false],
    ['Mr\u00a0Lou', 'Lou', true],
    ['Dr. O.J.', 'O.J.', true],
    ['Dr. OxJx', 'O.J.', false],
    ['Mr. 𝐀𝐁 and Mr. 𝐀𝐁c', '𝐀𝐁', true],
    ['Mr', 'Mr', false],
    ['', 'Lou', false],
  ])('%j after an honorific: %j (%j)', (text, name, expected) => {
    expect(afterHonorific(text, name)).toBe(byRegex(text, name));
    expect(afterHonorific(text, name)).toBe(expected);
  });
});
