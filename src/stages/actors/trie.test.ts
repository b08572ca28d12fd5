import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer.js';
import { buildTrie, scanTrie } from './trie.js';

const viaRegex = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));

describe('gazetteer trie', () => {
  it.each([
    ['the longest surface wins', ['New York', 'New York Times', 'York'], false, 'Read the New York Times today.', [{ index: 9, text: 'New York Times' }]],
    ['a shorter one when the longer ends inside a word', ['US', 'USS'], false, 'USSR and US', [{ index: 9, text: 'US' }]],
    ['no match inside a word', ['Kyiv'], false, 'Kyivstar, Kyiv', [{ index: 10, text: 'Kyiv' }]],
    ['a letter before blocks', ['UN'], false, 'éUN UN', [{ index: 4, text: 'UN' }]],
    ['an astral letter after blocks', ['UN'], false, 'UN𝐀 UN', [{ index: 5, text: 'UN' }]],
    ['a surface ending in a full stop', ['U.S.', 'U.S'], false, 'the U.S. said', [{ index: 4, text: 'U.S.' }]],
    ['the shorter surface when a letter follows the longer', ['U.S.', 'U.S'], false, 'the U.S.A', [{ index: 4, text: 'U.S' }]],
    ['case-insensitive, with the long s folded', ['minister'], true, 'MINISTER, miniſter', [{ index: 0, text: 'MINISTER' }, { index: 10, text: 'miniſter' }]],
  ])('%s', (_, surfaces, ci, text, expected) => {
    expect(scanTrie(text, buildTrie(surfaces, ci))).toEqual(expected);
  });

  it('a case-insensitive surface must be ASCII', () => {
    expect(() => buildTrie(['ministère'], true)).toThrow(/not ASCII/);
  });

  // The trie is a faster route to the very matches of the gazetteer's regular expressions.
  it('finds what the gazetteer regular expressions find', () => {
    const g = gazetteer();
    const text = [
      'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva on Friday.',
      'The Kremlin said NATO and the European Union were to blame; the foreign ministry of Ukraine disagreed.',
      'WASHINGTON — the U.N. Security Council, the Pentagon and Beijing reacted. USSR-era Kyivstar; Chinese officials.',
      'prime minister, PRIME MINISTER, Prime Minister; the spokesman of the ministry of defence.',
    ].join('\n\n');
    expect(g.scan(text, false)).toEqual(viaRegex(text, g.names));
    expect(g.scan(text, true)).toEqual(viaRegex(text, g.generic));
    expect(g.scan(text, false).length).toBeGreaterThan(10);
  });
});
