import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

// An indirect content stopped at a colon or comma right before the speaker's quoted words (quote-tail.ts).
const rows: { name: string; text: string; content: string; cue: string }[] = [
  { name: 'a colon, then a quote of several sentences', text: 'Ana Obi said the town still needs a new bridge: “The old one is falling apart. We cannot wait.”', content: 'the town still needs a new bridge: “The old one is falling apart. We cannot wait.”', cue: 'said' },
  { name: 'a comma, then a quote that finishes the clause and goes on', text: 'Ana Obi said she rarely asks colleagues for help, “except for people I am close to. And I am not close to him.”', content: 'she rarely asks colleagues for help, “except for people I am close to. And I am not close to him.”', cue: 'said' },
  { name: 'more words of the clause, then a quote closing the sentence', text: 'Ana Obi writes the firm works with other city offices, as well, “including the water board and the parks department.”', content: 'the firm works with other city offices, as well, “including the water board and the parks department.”', cue: 'writes' },
  { name: 'an apposition and a relative clause before the quote', text: 'Tom Brand recalled the old baker, Ana, who he helped, as “a kind woman who never asked for anything.”', content: 'the old baker, Ana, who he helped, as “a kind woman who never asked for anything.”', cue: 'recalled' },
];

describe('quote-tail: the quote after an indirect content joins it', () => {
  for (const r of rows) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.cue?.text === r.cue);
      expect(a?.content.text, JSON.stringify(list.map((x) => [x.content.text, x.cue?.text]))).toBe(r.content);
      expect(a!.kind).toBe('mixed');
    });
  }

  it('leaves a quote that has its own attribution to it', () => {
    const { list } = attributions('Ana Obi said the plan had failed, “We lost the vote,” her deputy added.');
    expect(list.filter((x) => x.content.text.includes('We lost')).map((x) => x.cue?.text)).toEqual(['added']);
  });

  it('does not reach over another reporting verb to a quote', () => {
    const { list } = attributions('Ana Obi said the plan had failed in May, noting that the mayor had called the vote “a disaster for all of us.”');
    expect(list.find((x) => x.cue?.text === 'said')?.content.text).toBe('the plan had failed in May');
  });

  it('does not reach a quoted name with more words after it', () => {
    const { list } = attributions('Tom Brand opened a small bakery, and acted in the film “Night Train” last year.');
    expect(list.map((x) => [x.kind, x.content.text])).toEqual([['indirect', 'a small bakery']]);
  });

  it('does not reach a quote further on in the sentence', () => {
    const { list } = attributions('Ana Obi said the plan had failed in May and the “reform” was over.');
    const said = list.find((x) => x.cue?.text === 'said');
    expect(said?.kind).toBe('mixed');
    expect(list).toHaveLength(1);
  });
});
