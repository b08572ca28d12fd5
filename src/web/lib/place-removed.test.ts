import { describe, expect, it } from 'vitest';
import { placeRemoved, type Removed } from './place-removed.js';

/** Builds an input with junk spans, the clean text a cleaner would produce, and the removed spans. */
function page(parts: (string | { junk: string })[]): { text: string; removed: Removed[]; expectedAt: number[] } {
  let input = '';
  let text = '';
  const removed: Removed[] = [];
  const expectedAt: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      input += p;
      text += p;
    } else {
      removed.push({ start: input.length, end: input.length + p.junk.length, text: p.junk, reason: 'script' });
      expectedAt.push(text.length);
      input += p.junk;
    }
  }
  return { text, removed, expectedAt };
}

describe('placeRemoved', () => {
  const cases = [
    {
      name: 'junk paragraphs between paragraphs land on the paragraph break',
      parts: ['First paragraph says a thing.\n\n', { junk: 'cnxps.cmd.push(function () { render(); });\n\n' }, 'Second paragraph.\n\nThird.'],
    },
    {
      name: 'several junk blocks keep their order and places',
      parts: ['Lead paragraph.\n\n', { junk: 'Advertisement\n\n' }, 'Body paragraph one is here.\n\n', { junk: 'Read more: other story\n\n' }, 'Last paragraph.'],
    },
    {
      name: 'junk at the start and at the end',
      parts: [{ junk: 'date 2022-02-26 ' }, 'The article.\n\nEnd of it.', { junk: '\n\nAll rights reserved.' }],
    },
    {
      name: 'junk inside a long paragraph lands between words',
      parts: ['A very long paragraph that goes on and on about the talks, the ministers and the weather in the city, ', { junk: 'ADVERTISEMENT ' }, 'and then continues with more words about the same thing for a while longer.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { text, removed, expectedAt } = page(c.parts);
      expect(placeRemoved(text, removed).map((p) => p.at)).toEqual(expectedAt);
    });
  }

  it('never places outside the text, whatever the offsets', () => {
    const placed = placeRemoved('short', [{ start: 9_999, end: 10_050, text: 'x', reason: 'ad' }, { start: -5, end: 2, text: 'y', reason: 'ad' }]);
    for (const p of placed) expect(p.at).toBeGreaterThanOrEqual(0);
    for (const p of placed) expect(p.at).toBeLessThanOrEqual(5);
  });
});
