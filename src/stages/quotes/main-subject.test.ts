import { describe, expect, it } from 'vitest';
import { mainSubject } from './main-subject.js';
import { tokenize } from './tokens.js';

/** The main subject of a sentence read from its start, up to the word `before` (exclusive). */
function subject(text: string, before: string, adjacent = false): string | null {
  const toks = tokenize(text);
  const limit = toks.findIndex((t) => t.text === before);
  const p = mainSubject(toks, limit, adjacent);
  return p ? text.slice(toks[p.from]!.start, toks[p.to]!.end) : null;
}

describe('mainSubject', () => {
  const rows: [string, string, string, string | null][] = [
    ['plain subject', 'Ada Obi said it was over.', 'said', 'Ada Obi'],
    ['after an opening adverbial', 'In July, Ada Obi told Forbes it was over.', 'told', 'Ada Obi'],
    ['with an aside', 'Senate leader Ada Obi, R-Ky., delivered a message.', 'message', 'Senate leader Ada Obi, R-Ky.'],
    ['after a connective', 'Then he cut into Bush, calling him a stiff.', 'calling', 'he'],
    ['a possessive lead', 'Even before the vote, his campaign sent a text saying it won.', 'saying', 'his campaign'],
    ['a possessive name', 'Obi’s response was: no.', ':', 'Obi’s response'],
    ['a verb must follow the subject', 'The long road home.', '.', null],
  ];
  for (const [name, text, before, want] of rows) it(name, () => expect(subject(text, before)).toBe(want));

  it('with adjacent, only the subject of the verb at the limit', () => {
    expect(subject('In July, Ada Obi, a director, told Forbes it was over.', 'told', true)).toBe('Ada Obi, a director');
    expect(subject('Ada Obi left the hall and told reporters it was over.', 'told', true)).toBeNull();
    expect(subject('Ada Obi left the hall and told reporters it was over.', 'told')).toBe('Ada Obi');
  });
});
