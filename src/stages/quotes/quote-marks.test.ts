import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../segment/index.js';
import { findQuoted } from './quote-marks.js';

function quoted(text: string): string[] {
  return findQuoted(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));
}

describe('findQuoted', () => {
  const cases: [string, string, string[]][] = [
    ['straight', 'He said "we will win" today.', ['"we will win"']],
    ['curly', 'He said “we will win” today.', ['“we will win”']],
    ['guillemets', 'Il a dit «nous gagnerons» hier.', ['«nous gagnerons»']],
    ['single curly, apostrophes ignored', 'The players’ union said ‘we won’t go’ today.', ['‘we won’t go’']],
    ['nested single inside double', '“He told me ‘never’,” she said.', ['“He told me ‘never’,”']],
    ['two straight quotes in a row', '"One," he said, "two."', ['"One,"', '"two."']],
    ['opening-shaped closer', 'an “expedited review“ of the pipes', ['“expedited review“']],
    ['closing-shaped opener', 'he said ”we will win” today', ['”we will win”']],
    ['doubled apostrophes as a double mark', "He said on ''Meet the Press'' that ''we will win.''", ["''Meet the Press''", "''we will win.''"]],
    ['closing-shaped opener after an invisible embedding mark', '\u202a”We will win,” he said.', ['”We will win,”']],
    ['closing-shaped opener before an ellipsis at paragraph start', '” … then we will win,” it read.', ['” … then we will win,”']],
    ['a closing mark mid-paragraph does not open', 'He left.” Then she said “no” to it.', ['“no”']],
    ['unclosed at paragraph end', 'He said: “First, the budget.', ['“First, the budget.']],
    ['straight quotes nested in curly ones', '“A similar "Copernican" shift must occur today,” he said.', ['“A similar "Copernican" shift must occur today,”']],
    ['a nested quote closing the paragraph closes the outer one', '“Comfort matters. People begin to think: "A war will break out..."\n\n"We will," the host said.', ['“Comfort matters. People begin to think: "A war will break out..."', '"We will,"']],
  ];
  for (const [name, text, want] of cases) it(name, () => expect(quoted(text)).toEqual(want));

  it('joins a quote over several paragraphs when the next paragraph opens with a mark', () => {
    const text = 'Okafor told the council: “First, the budget.\n\n“Second, the roads.”\n\nThen he left.';
    const qs = findQuoted(text, splitParagraphs(text));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.pieces).toHaveLength(2);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('“First, the budget.\n\n“Second, the roads.”');
  });
});
