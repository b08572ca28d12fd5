import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

// General news (products, sport, business): a time, a quality or a copular group is no attribution.
const nobody: { name: string; text: string }[] = [
  { name: 'a span of time as the subject of "reported"', text: 'The opening night reported crowds that exceeded the fire code.' },
  { name: 'a decade "sounding" the same', text: 'The last decade has sounded about the same for the band.' },
  { name: 'a quality "is promising"', text: 'Its battery is promising enough for a full day of use.' },
  { name: 'a copula before a stative participle', text: 'The startup is headquartered in a small town near the coast.' },
  { name: 'months "have shown"', text: 'The past few months have shown that the market is cooling fast.' },
  { name: 'a quality "suggests"', text: 'The performance suggests that the chip runs hot under load.' },
  { name: 'things "moving the needle" (a learned cue with an unknown noun)', text: 'These repairs have barely moved the needle on traffic.' },
  { name: 'a machine "growing wary"', text: 'The engine grew wary of the cold.' },
];

// Speakers that hold a time word or open with an auxiliary still speak.
const speaks: { name: string; text: string; source: string; cue: string }[] = [
  { name: 'a name before a time', text: 'Sanders last week said the bill would fail.', source: 'Sanders', cue: 'said' },
  { name: 'a group before a time', text: 'Officials last week said the bridge would reopen.', source: 'Officials', cue: 'said' },
  { name: 'a poll with a time', text: 'A Gallup poll last week found that most voters disapprove.', source: 'A Gallup poll', cue: 'found' },
  { name: 'a newspaper named for a time', text: 'The New York Times reported that the deal had collapsed.', source: 'The New York Times', cue: 'reported' },
  { name: 'an auxiliary before a reporting verb', text: 'The union has argued that the plan is unfair to workers.', source: 'The union', cue: 'has argued' },
  { name: 'a count of people', text: 'Two residents said that the water tasted of metal.', source: 'Two residents', cue: 'said' },
  { name: 'an agent noun with a learned cue', text: 'Migrants have embraced the new rules at the border.', source: 'Migrants', cue: 'have embraced' },
  { name: 'a numeral as the subject of a learned cue', text: 'The two learned of a plan to close the plant.', source: 'The two', cue: 'learned of' },
  { name: 'a person noun with a lexicon cue', text: 'The victim told police that she had been followed.', source: 'The victim', cue: 'told' },
];

describe('sources that cannot speak', () => {
  it.each(nobody)('$name', ({ text }) => {
    expect(attributions(text).list).toEqual([]);
  });
  it.each(speaks)('$name', ({ text, source, cue }) => {
    const [a] = attributions(text).list;
    expect(a?.source?.text).toBe(source);
    expect(a?.cue?.text).toBe(cue);
  });
});
