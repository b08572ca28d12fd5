import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

// A long programme title after "on NETWORK's", closed by the sentence's period inside the marks, is no
// fragment of the speaker's quote: the split quote joins the words before and after it.
describe('quotes: programme titles in the setting of a split quote', () => {
  const cases: { name: string; text: string; contents: string[] }[] = [
    {
      name: 'a five-word title after "on ABC\'s" between two halves of a quote',
      text: '“We cannot take more people in,” Obi said on ABC’s “This Week with Ana Reyes.” “There is no way to check them.”',
      contents: ['“We cannot take more people in,” … “There is no way to check them.”'],
    },
    {
      name: 'a short title keeps working as before',
      text: '“We cannot take more people in,” Obi said on NBC’s “Meet the Press.” “There is no way to check them.”',
      contents: ['“We cannot take more people in,” … “There is no way to check them.”'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const texts = attributions(c.text).list.map((a) => a.content.text);
      expect(texts.some((t) => /This Week|Meet the Press/.test(t))).toBe(false);
      expect(texts.length).toBeGreaterThan(0);
    });
  }

  // Negatives: a sentence quoted after "on" without a network's possessive, or a long capitalised quote that
  // is a whole sentence of speech, stays a quote.
  const negatives: { name: string; text: string; quote: RegExp }[] = [
    { name: 'no possessive network before the marks', text: 'Obi said on Monday: “We Will Win This Fight In The End.”', quote: /We Will Win/ },
    { name: 'a lower-case sentence after "on CNN\'s" is speech', text: 'Obi said on CNN’s program: “we will not give up on this plan.”', quote: /we will not give up/ },
  ];
  for (const c of negatives) {
    it(`negative: ${c.name}`, () => {
      expect(attributions(c.text).list.some((a) => c.quote.test(a.content.text))).toBe(true);
    });
  }
});
