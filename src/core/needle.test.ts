import { describe, expect, it } from 'vitest';
import { allOf, anyOf, fold, mayMatch, NeedleIndex } from './needle.js';

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

describe('allOf', () => {
  it.each([
    // Every required part gives a set: "we appeal" needs "appeal" and the run before it.
    ['(?:we|I) (?:appeal|ask|request)', [['appeal', 'ask', 'request']]],
    ['will (?:impose|introduce) (?:\\w+ )?sanctions', [['will '], ['impose', 'introduce'], ['sanctions']]],
    ['pay a heavy price', [['pay a heavy price']]],
    // Optional and repeated parts give nothing; nor do parts under three characters.
    ['(?:send|deploy\\w*) (?:\\w+ ){0,4}(?:troops|forces)', [['send', 'deploy'], ['troops', 'forces']]],
    ['no (?:intention|plans?) (?:to|of)', [['no '], ['intention', 'plan']]],
    // Top-level alternatives: the one set anyOf gives, or none.
    ['war|conflict', [['war', 'conflict']]],
    ['war|\\w+in', []],
  ])('%s → %j', (pattern, expected) => {
    expect(allOf(pattern)).toEqual(expected);
  });

  // Whatever the pattern matches (case-insensitively, Unicode), each set has a literal in the folded text.
  it.each([
    ['will (?:impose|introduce) (?:\\w+ )?sanctions', 'They WILL impose new ſanctions'],
    ['(?:we|I) (?:appeal|ask|request)', 'We Request'],
    ['(?:send|deploy\\w*) (?:\\w+ ){0,4}(?:troops|forces)', 'Deploying more FORCES'],
  ])('%s matches %j and every set is present', (pattern, text) => {
    expect(new RegExp(pattern, 'iu').test(text)).toBe(true);
    for (const set of allOf(pattern)) expect(mayMatch(fold(text), set)).toBe(true);
  });

  it('a text missing one set is one the pattern cannot match, though anyOf would let it run', () => {
    const p = 'will (?:impose|introduce) (?:\\w+ )?sanctions';
    const text = 'sanctions will not be lifted';
    expect(mayMatch(fold(text), anyOf(p))).toBe(true);
    expect(allOf(p).every((set) => mayMatch(fold(text), set))).toBe(false);
    expect(new RegExp(p, 'iu').test(text)).toBe(false);
  });
});

describe('NeedleIndex', () => {
  // Overlapping needles, needles inside needles, a needle list that is null (its pattern must always run).
  const lists = [['he', 'she'], ['his', 'hers'], ['ushers'], null, ['sanction'], ['each other', 'other side'], ['zzz']];
  const index = new NeedleIndex(lists);
  it.each([
    'ushers',
    'she sells his hers',
    'h',
    '',
    'the sanctions on each other side',
    'xx hershe yy',
    'zz zzz',
    'ſanctions ushe',
  ])('finds in %j exactly what mayMatch finds', (text) => {
    const folded = fold(text);
    expect(index.present(folded)).toEqual(lists.map((l) => mayMatch(folded, l)));
    // The same answer as the indices of the lists found (null lists left out), each once.
    const found = index.presentLists(folded);
    expect([...found].sort((a, b) => a - b)).toEqual(lists.flatMap((l, k) => (l !== null && mayMatch(folded, l) ? [k] : [])));
  });

  it('agrees with mayMatch for every list of many patterns over many texts', () => {
    const patterns = ['will (?:impose|introduce) (?:\\w+ )?sanctions', '(?:send|deploy\\w*) (?:\\w+ ){0,4}(?:troops|forces)', 'war|conflict', 'calls? (?:on|upon|for)', 'ask\\w* (?:\\w+ ){1,3}(?:for|to)'];
    const many = patterns.map((p) => anyOf(p));
    const big = new NeedleIndex(many);
    const words = ['war', 'conflicts', 'troop', 'troops', 'forces', 'call', 'on', 'sanctions', 'ask', 'impose', 'send', 'de', 'ploy'];
    for (let seed = 1; seed < 300; seed++) {
      const text = Array.from({ length: seed % 9 }, (_, k) => words[(seed * 7 + k * 13) % words.length]).join(seed % 2 ? ' ' : '');
      expect(big.present(fold(text))).toEqual(many.map((l) => mayMatch(fold(text), l)));
    }
  });
});
