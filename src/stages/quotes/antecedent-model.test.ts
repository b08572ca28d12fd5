import { describe, expect, it } from 'vitest';
import { antecedentFeatures, rankAntecedents, type Candidate, type CandidateMention, type PronounContext } from './antecedent-model.js';

const pronoun: PronounContext = { gender: 'female', start: 500, sentence: 5, paragraph: 3, opensSentence: true, afterContent: false, quoteParagraph: false };
const mention = (over: Partial<CandidateMention> = {}): CandidateMention => ({ start: 400, end: 410, sentence: 4, paragraph: 3, subject: true, opensSentence: true, verb: false, possessive: false, inQuote: false, inContent: false, paragraphFirst: true, ...over });
const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  name: 'Ada Obi', label: 'Ada Obi', mentions: [mention()], spoke: [], lastSpeaker: false, gender: null, lexicalGender: null,
  plausible: true, placeOrOrg: false, multiword: true, countBefore: 1, speakerRank: -1, recencyRank: 0, rule: false, newcomer: false, ...over,
});

describe('antecedent features', () => {
  const cases: [string, Partial<Candidate>, string, boolean][] = [
    ['gender agreement with the pronoun', { gender: 'female' }, 'gender:agree', true],
    ['gender clash', { gender: 'male' }, 'gender:clash', true],
    ['a candidate that never spoke', {}, 'never-spoke', true],
    ['the speaker of the attribution before', { spoke: [{ at: 300, paragraph: 2 }], speakerRank: 0, lastSpeaker: true }, 'last-speaker', true],
    ['the subject of the sentence just before is the topic', {}, 'topic', true],
    ['a mention inside quote marks is no topic', { mentions: [mention({ inQuote: true })] }, 'topic', false],
    ['a possessive', { mentions: [mention({ possessive: true, subject: false })] }, 'm-possessive', true],
    ['an unnamed speaker', { name: null, label: 'the judge' }, 'unnamed', true],
  ];
  for (const [name, over, feature, present] of cases) it(name, () => expect(antecedentFeatures(candidate(over), pronoun).includes(feature)).toBe(present));
});

describe('ranking', () => {
  it('orders by score, and keeps the given (nearest-first) order on ties', () => {
    const a = candidate({ label: 'A', name: 'A' });
    const b = candidate({ label: 'B', name: 'B', spoke: [{ at: 300, paragraph: 2 }], speakerRank: 0, lastSpeaker: true });
    expect(rankAntecedents([a, b], pronoun, { weights: { 'last-speaker': 2 } }).map((r) => r.candidate.label)).toEqual(['B', 'A']);
    expect(rankAntecedents([a, b], pronoun, { weights: {} }).map((r) => r.candidate.label)).toEqual(['A', 'B']);
  });

  it('the committed model prefers a gender-agreeing earlier speaker to a name in the content', () => {
    const speaker = candidate({ label: 'Mary Jones', name: 'Mary Jones', gender: 'female', lexicalGender: 'female', spoke: [{ at: 300, paragraph: 2 }], speakerRank: 0, lastSpeaker: true, mentions: [] });
    const quoted = candidate({ label: 'Ann Lee', name: 'Ann Lee', mentions: [mention({ inQuote: true, inContent: true, subject: false, sentence: 5 })] });
    expect(rankAntecedents([quoted, speaker], pronoun)[0]!.candidate.label).toBe('Mary Jones');
  });
});
