import { describe, expect, it } from 'vitest';
import { anyOf, fold, mayMatch } from './needle.js';

describe('anyOf', () => {
  it.each([
    ['pay a heavy price', ['pay a heavy price']],
    ['will (?:impose|introduce) (?:\\w+ )?sanctions', ['sanctions']],
    ['de-?escalat\\w*', ['escalat']],
    ["rejects? [\\w' ]+ comments", [' comments']],
    ['weapons?', ['weapon']],
    ['air defen[cs]e', ['air defen']],
    ['calls? (?:on|upon|for)', ['call']],
    // A group of alternatives gives one-of literals; the most selective part of the pattern is taken.
    ['(?:we|I) (?:fully )?(?:support|back|endorse)', ['support', 'back', 'endorse']],
    ['(?<!\\b(?:we|it)\\s)(?:must(?! have))', ['must']],
    ['war|conflict', ['war', 'conflict']],
    // None: an alternative (or the pattern) without a literal of three characters outside optional parts.
    ['war|\\w+in', null],
    ['(?:we|I) (?:urge|ask)? t', null],
    ['(?:a|)bc', null],
  ])('%s → %j', (pattern, expected) => {
    expect(anyOf(pattern)).toEqual(expected);
  });

  // Whatever the pattern matches (case-insensitively, Unicode), one of its literals is in the folded text.
  it.each([
    ['will (?:impose|introduce) (?:\\w+ )?sanctions', 'They WILL impose new SANCTIONS'],
    ['sanctions', 'more ſanctions'],
    ['ask\\w* (?:\\w+ ){1,3}(?:for|to)', 'ASKed the west for'],
    ['(?:send|deploy\\w*) (?:\\w+ ){0,4}(?:troops|forces)', 'Deploying more FORCES'],
  ])('%s matches %j and may match it', (pattern, text) => {
    expect(new RegExp(pattern, 'iu').test(text)).toBe(true);
    expect(mayMatch(fold(text), anyOf(pattern))).toBe(true);
  });

  it('a text without any of the literals is one the pattern cannot match', () => {
    const p = '(?:send|deploy\\w*) (?:\\w+ ){0,4}(?:troops|forces)';
    expect(mayMatch(fold('they will send aid'), anyOf(p))).toBe(false);
    expect(new RegExp(p, 'iu').test('they will send aid')).toBe(false);
  });
});
