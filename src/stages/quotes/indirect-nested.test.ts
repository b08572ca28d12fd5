import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

/** Attributions nested in another one's content, and the outer content cut before the inner clause. */
const rows: { name: string; text: string; want: [source: string, cue: string, content: string][] }[] = [
  {
    name: 'a second speaker after a comma and "though" ends the first content',
    text: 'Critics argued that the levy is unfair, though Ms. Ruiz said she doubted voters would care.',
    want: [
      ['Critics', 'argued', 'that the levy is unfair'],
      ['Ms. Ruiz', 'said', 'she doubted voters would care'],
    ],
  },
  {
    name: 'a second speaker after "while"',
    text: 'The audit concluded that the mayor broke the rules by using the fund, while his office contended that it had nothing to hide.',
    want: [
      ['The audit', 'concluded', 'that the mayor broke the rules by using the fund'],
      ['his office', 'contended', 'that it had nothing to hide'],
    ],
  },
  {
    name: 'a speaker after "but" inside the content',
    text: 'The ministry announced a new inquiry into the crash, but the pilots union said the inquiry would change nothing.',
    want: [
      ['The ministry', 'announced', 'a new inquiry into the crash'],
      ['the pilots union', 'said', 'the inquiry would change nothing'],
    ],
  },
  {
    name: 'a relative clause leaves the outer content whole',
    text: 'He said the budget, which passed last week, would cut taxes.',
    want: [['He', 'said', 'the budget, which passed last week, would cut taxes']],
  },
];

describe('nested attributions', () => {
  it.each(rows)('$name', ({ text, want }) => {
    const got = attributions(text).list.map((a) => [a.source?.text ?? '-', a.cue?.text ?? '-', a.content.text]);
    for (const w of want) expect(got).toContainEqual(w);
  });
});

const headlines: { name: string; text: string; source: string | null; content?: string }[] = [
  { name: 'a sentence-case headline with a speaker and a colon', text: 'Governor: The bridge will reopen in spring\n\nThe bridge closed in May.', source: 'Governor', content: 'The bridge will reopen in spring' },
  { name: 'a colon after a long lower-case opening is no speaker', text: 'What the new budget means for schools: a short guide\n\nThe budget passed in May.', source: null },
];

describe('headline colon in sentence case', () => {
  it.each(headlines)('$name', ({ text, source, content }) => {
    const got = attributions(text).list.filter((a) => a.cue?.text === ':');
    if (source === null) expect(got).toEqual([]);
    else expect(got.map((a) => [a.source?.text, a.content.text])).toEqual([[source, content]]);
  });
});
