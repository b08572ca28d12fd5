import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

/** A scraped interview, flattened into one paragraph: labels mark each turn inside the running text. */
const flattened =
  'Ana Obi is the mayor of Lindale. The Herald spoke with Obi about the floods. ' +
  'Herald: What did the city learn from the floods? Obi: We learned a lot. I think the levees must be raised before winter. ' +
  'Herald: Will you run again? Obi: Not this year, the family comes first. Lena Park contributed to this report.';

describe('transcript turns', () => {
  it('gives each labelled turn of a flattened interview to its speaker, sentence runs around other attributions', () => {
    const { list } = attributions(flattened);
    const byContent = (t: string) => list.find((a) => a.content.text === t);
    expect(byContent('We learned a lot')).toMatchObject({ kind: 'direct', cue: { text: ':' }, source: { text: 'Obi' } });
    expect(byContent('Not this year, the family comes first')).toMatchObject({ source: { text: 'Obi' } });
    expect(byContent('What did the city learn from the floods?')).toMatchObject({ source: { text: 'Herald' } });
  });

  it('gives "I think …" inside a turn to the turn\'s speaker, not to nobody', () => {
    const { list } = attributions(flattened);
    const think = list.find((a) => a.cue?.text === 'think');
    expect(think?.content.text).toBe('the levees must be raised before winter');
    expect(think?.source?.text).toBe('Obi');
    expect(think?.speakerName).toBe('Ana Obi');
  });

  it('leaves the credit line closing the article out of the last turn', () => {
    const { list } = attributions(flattened);
    expect(list.some((a) => a.content.text.includes('contributed'))).toBe(false);
  });

  it.each([
    ['one rubric inside a paragraph', 'The road was shut on Monday. Update: the road reopened on Tuesday after the storm passed.'],
    ['labels that name nobody in the text', 'Crews worked all night. Update: the road reopened on Tuesday morning. Photo: the bridge after the storm passed. Update: crews left the site at noon.'],
    ['a rubric paragraph with someone else\'s words inside', 'Correction: An earlier version of this article said the mayor had resigned in March.'],
  ])('takes no turn from %s', (_name, text) => {
    const { list } = attributions(text);
    expect(list.filter((a) => a.cue?.text === ':')).toEqual([]);
  });

  it('still takes a paragraph-opening transcript label', () => {
    const { list } = attributions('WALLACE: Governor, I have to ask you about the debt.\n\nPENCE: We will cut spending across the board.');
    expect(list.map((a) => [a.source?.text, a.content.text])).toEqual([
      ['WALLACE', 'Governor, I have to ask you about the debt'],
      ['PENCE', 'We will cut spending across the board'],
    ]);
  });
});
