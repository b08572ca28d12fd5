import { describe, expect, it } from 'vitest';
import type { WordRegExp } from '../../core/word-regexp.js';
import { ACTS, NOT_SPEECH, SPEECH, STANCE, THEMES } from './lexicon.js';
import wrongsData from './data/wrongs.json' with { type: 'json' };

// A WordRegExp is made on first use (core/word-regexp.ts), so a pattern of the data files that is not a valid
// expression would only fail on the first document that reaches it: every one is made here, in both forms.
describe('events lexicon: every pattern of the data files is a valid expression', () => {
  const patterns: [string, WordRegExp][] = [
    ...ACTS.flatMap((a) => [
      ...(a.cue ? [[`${a.act} cue`, a.cue] as [string, WordRegExp]] : []),
      ...(a.phrase ? [[`${a.act} phrase`, a.phrase] as [string, WordRegExp]] : []),
      ...a.content.map((c, k): [string, WordRegExp] => [`${a.act} content ${k}`, c]),
    ]),
    ...THEMES.map((t): [string, WordRegExp] => [`theme ${t.theme}`, t.terms]),
    ['speech', SPEECH],
    ['not speech', NOT_SPEECH],
    ['stance before critical', STANCE.before.critical],
    ['stance before supportive', STANCE.before.supportive],
    ['stance after critical', STANCE.after.critical],
    ['stance after forecast', STANCE.after.forecast],
    ['stance after supportive', STANCE.after.supportive],
  ];
  it('has patterns', () => {
    expect(patterns.length).toBeGreaterThan(300);
  });
  it.each(patterns)('%s', (_, re) => {
    expect(re.pick(true)).toBeInstanceOf(RegExp);
    expect(re.pick(false)).toBeInstanceOf(RegExp);
  });
});

describe('events wrongs: every pattern of wrongs.json is a valid expression', () => {
  it.each(wrongsData.wrongs.map((w) => [w.code, w.patterns] as const))('%s', (_, patterns) => {
    expect(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iu')).not.toThrow();
  });
});
