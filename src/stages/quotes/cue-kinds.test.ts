import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

/** Attributions without a reporting verb in the body: headlines, passives of belief, noun cues. */
const rows: { name: string; text: string; cue: string; content: string; source: string | null }[] = [
  { name: 'headline: speaker, colon, content', text: 'Survey: Farmers Expect a Poor Harvest This Year\n\nThe survey was taken in May.', cue: ':', content: 'Farmers Expect a Poor Harvest This Year', source: 'Survey' },
  { name: 'headline: title-case cue with a particle', text: 'Governor Calls for Inquiry Into Bridge Collapse\n\nThe bridge fell on Monday.', cue: 'Calls for', content: 'Inquiry Into Bridge Collapse', source: 'Governor' },
  { name: 'passive of expectation, no source', text: 'The council is expected to approve the budget next week.', cue: 'is expected', content: 'The council is expected to approve the budget next week', source: null },
  { name: 'passive with an adverb and "as"', text: 'The mayor is widely seen as the favourite.', cue: 'is widely seen as', content: 'The mayor is widely seen as the favourite', source: null },
  { name: 'passive whose subject has a prepositional tail', text: 'The role of the council in the region is expected to grow.', cue: 'is expected', content: 'The role of the council in the region is expected to grow', source: null },
  { name: 'passive after a relative pronoun', text: 'The festival opens Friday, which is expected to attract thousands of visitors.', cue: 'is expected', content: 'which is expected to attract thousands of visitors', source: null },
  { name: 'noun cue with a possessive owner', text: 'Clinton’s attacks on Trump intensified.', cue: 'attacks on', content: 'Trump', source: 'Clinton’s' },
  { name: 'noun cue with "that" keeps it in the content', text: 'Their claim that the vote was rigged spread quickly.', cue: 'claim', content: 'that the vote was rigged spread quickly', source: 'Their' },
  { name: 'a particle after a day: "called on Monday for"', text: 'The mayor called on Monday for calm in the city.', cue: 'called on Monday for', content: 'calm in the city', source: 'The mayor' },
  { name: 'noun cue without an owner, opening the sentence', text: 'Support for the bill collapsed in March.', cue: 'Support for', content: 'the bill', source: null },
];

describe('cue kinds beyond reporting verbs', () => {
  for (const r of rows) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.cue?.text === r.cue);
      expect(a, JSON.stringify(list.map((x) => [x.cue?.text, x.content.text]))).toBeDefined();
      // The content of a source-less passive is the subject and the complement (two fragments); compare the whole stretch.
      expect(a!.content.text).toBe(r.content);
      expect(a!.source?.text ?? null).toBe(r.source);
    });
  }

  it('a passive content is two fragments: the subject and the complement', () => {
    const text = 'The council is expected to approve the budget next week.';
    const a = attributions(text).list[0]!;
    expect(a.content.fragments?.map((f) => text.slice(f.start, f.end))).toEqual(['The council', 'to approve the budget next week']);
  });
});
