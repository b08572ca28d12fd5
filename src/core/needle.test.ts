import { describe, expect, it } from 'vitest';
import { fold, needle } from './needle.js';

describe('needle', () => {
  it.each([
    ['pay a heavy price', 'pay a heavy price'],
    ['will (?:impose|introduce) (?:\\w+ )?sanctions', 'sanctions'],
    ['de-?escalat\\w*', 'escalat'],
    ['rejects? [\\w\' ]+ comments', ' comments'],
    ['weapons?', 'weapon'],
    ['air defen[cs]e', 'air defen'],
    ['calls? (?:on|upon|for)', 'call'],
    ['ask\\w* (?:\\w+ ){1,3}(?:for|to)', 'ask'],
    // No needle: a top-level alternative, or no literal run of three characters outside groups.
    ['war|conflict', null],
    ['(?:we|I) (?:urge|call on)', null],
    ['(?<!\\b(?:we|it)\\s)(?:must(?! have))', null],
  ])('%s → %j', (pattern, expected) => {
    expect(needle(pattern)).toBe(expected);
  });

  // Whatever the pattern matches (case-insensitively, Unicode), its needle is in the folded text.
  it.each([
    ['will (?:impose|introduce) (?:\\w+ )?sanctions', 'They WILL impose new SANCTIONS'],
    ['sanctions', 'more ſanctions'],
    ['ask\\w* (?:\\w+ ){1,3}(?:for|to)', 'ASKed the west for'],
    ['talks', 'TALKS'],
  ])('%s matches %j and its needle is found', (pattern, text) => {
    expect(new RegExp(pattern, 'iu').test(text)).toBe(true);
    expect(fold(text).includes(needle(pattern)!)).toBe(true);
  });

  it('a text without the needle is one the pattern cannot match', () => {
    const p = 'will (?:impose|introduce) (?:\\w+ )?sanctions';
    expect(fold('they will impose tariffs').includes(needle(p)!)).toBe(false);
    expect(new RegExp(p, 'iu').test('they will impose tariffs')).toBe(false);
  });
});
