import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { dates } from './index.js';
import { findDates } from './resolve.js';
import { attributionIn } from '../../../test/support/attribution.js';

function one(text: string, content: string, cue: string, publishedAt: string | null) {
  const a = attributionIn(text, { content, cue });
  return dates.run({ text, segments: segment.run({ text }, createContext()), attributions: [a], publishedAt }, createContext())[0];
}

describe('dates: dates that are not when the statement was made', () => {
  it('ignores a date inside what was said', () => {
    const text = 'The ministry said explosions on Tuesday were sabotage.';
    expect(one(text, 'explosions on Tuesday were sabotage', 'said', '2022-08-18')).toMatchObject({ fallback: true, date: '2022-08-18' });
  });

  it('does not read a time of day as a date', () => {
    expect(findDates('The summit opens at 12.30 in Brussels.', '2022-02-17')).toEqual([]);
  });

  it('does not date a statement by a year that belongs to something else in the sentence', () => {
    const text = 'The tycoon, who in 2006 founded a bank, said the war was a mistake.';
    expect(one(text, 'the war was a mistake', 'said', '2022-03-01')).toMatchObject({ fallback: true });
  });

  it('does not read "march" or "may" in lower case as a month', () => {
    expect(findDates('The march toward Moscow may end soon.', '2023-06-26')).toEqual([]);
  });

  it('does not resolve a relative day without a publication date', () => {
    const text = 'He said on Friday that it was over.';
    expect(one(text, 'that it was over', 'said', null)).toBeNull();
  });

  it('keeps "next Friday" in the future rather than moving it back a week', () => {
    expect(findDates('He will travel next Friday.', '2022-02-26')[0]?.date).toBe('2022-03-04');
  });
});

describe('dates: openings that are not a dated dateline', () => {
  it.each([
    ['WASHINGTON (AP) — The senator said the bill would pass.', 'the bill would pass'],
    ['CNN — The senator said the bill would pass.', 'the bill would pass'],
    ['Minsk, 7 February (BelTA) – Trade grew.\n\nThe senator said the bill would pass.', 'the bill would pass'],
  ])('%s', (text, content) => {
    expect(one(text, content, 'said', '2022-03-01')).toMatchObject({ date: '2022-03-01', basis: 'publication date', fallback: true });
  });

  it('does not take a date inside a content for the channel phrase', () => {
    const text = 'The ministry said the strike on Tuesday hit a depot.';
    expect(one(text, 'the strike on Tuesday hit a depot', 'said', '2022-08-18')).toMatchObject({ fallback: true });
  });
});

describe('dates: a speaker named earlier does not date a statement when', () => {
  const filler = Array.from({ length: 13 }, (_, i) => `Item ${i + 1} was noted.`).join(' ');
  it.each([
    // the dated sentence does not name the speaker
    ['The envoy met the minister on Saturday. Okafor said that the door stayed open.'],
    // the dated sentence is too many sentences back: another occasion
    [`Okafor arrived on Saturday. ${filler} Then Okafor said that the door stayed open.`],
    // the only date near the name is a month, not a day
    ['Okafor arrived in March. Okafor said that the door stayed open.'],
    // a country or a body is not a person: the day in a sentence about it may be anything that happened there
    ['Voting in Okafor starts on Tuesday. Okafor said that the door stayed open.', 'Okafor'],
    ['Rules of the Ministry of Commerce take effect on Tuesday. The Ministry of Commerce said that the door stayed open.', 'The Ministry of Commerce'],
  ])('%s', (text, speaker = 'Okafor') => {
    const s = text.lastIndexOf(speaker);
    const a = attributionIn(text, { content: 'that the door stayed open', cue: 'said', speakerName: speaker });
    const [d] = dates.run({ text, segments: segment.run({ text }, createContext()), attributions: [{ ...a, source: { text: speaker, start: s, end: s + speaker.length, type: 'person' } }], publishedAt: '2022-07-10' }, createContext());
    expect(d).toMatchObject({ date: '2022-07-10', fallback: true });
  });

  // session 7, general news: a date inside a noun phrase names another event than the saying (attributive.ts)
  it.each([
    ['The envoy later said he had not known the plan until he read the June 12 memo.', 'he had not known the plan', 'later said'],
    ["The coach, still angry about Sunday night's loss, said the team must improve.", 'the team must improve', 'said'],
    ['The retailer said during Black Friday that sales rose.', 'that sales rose', 'said'],
  ])('does not date "%s" by another event', (text, content, cue) => {
    expect(one(text, content, cue, '2024-06-20')).toMatchObject({ fallback: true, date: '2024-06-20' });
  });

  it.each([
    ['The minister said in a June 12 interview that the plan was sound.', 'that the plan was sound', 'said', '2024-06-12'],
    ["The mayor said at Tuesday's briefing that the roads would reopen.", 'that the roads would reopen', 'said', '2024-06-18'],
  ])('still dates "%s" by its occasion', (text, content, cue, date) => {
    expect(one(text, content, cue, '2024-06-20')).toMatchObject({ fallback: false, date });
  });
});
