import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { segment } from './index.js';

function sentences(text: string): string[] {
  const s = segment.run({ text }, createContext());
  return s.sentences.map((x) => text.slice(x.start, x.end));
}

describe('segment: sentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain', 'He left. She stayed.', ['He left.', 'She stayed.']],
    ['title abbreviation', 'Mr. Smith said so. Dr. Jones agreed.', ['Mr. Smith said so.', 'Dr. Jones agreed.']],
    ['dotted acronym inside', 'The U.S. State Department said so.', ['The U.S. State Department said so.']],
    ['dotted acronym at the end', 'He flew to the U.S. He then left.', ['He flew to the U.S.', 'He then left.']],
    ['month', 'It happened on Feb. 24 in Kyiv. Then more.', ['It happened on Feb. 24 in Kyiv.', 'Then more.']],
    ['initial', 'John F. Kennedy spoke. It was late.', ['John F. Kennedy spoke.', 'It was late.']],
    ['quote closing after the period', '“We will win.” He smiled.', ['“We will win.”', 'He smiled.']],
    ['straight quote after the period', '"We will win." He smiled.', ['"We will win."', 'He smiled.']],
    ['question then lower case stays', '“Why?” he asked.', ['“Why?” he asked.']],
    ['no final punctuation', 'Mayor: No more cuts', ['Mayor: No more cuts']],
    ['sentences run together', 'It was said by Lukashenko.He said no.', ['It was said by Lukashenko.', 'He said no.']],
    ['initials inside a name', 'Envoy T.S. Tirumurti said so. The U.N. Security Council met.', ['Envoy T.S. Tirumurti said so.', 'The U.N. Security Council met.']],
    ['no split inside a web address', 'See video.Foxnews.com for more.', ['See video.Foxnews.com for more.']],
    ['no split after a glued title', 'He met Gov.Smith today.', ['He met Gov.Smith today.']],
    ['a line break ends a sentence', '“We are tired.” ― Ana Ruiz\n“So are we.” ― Li Wei', ['“We are tired.” ― Ana Ruiz', '“So are we.” ― Li Wei']],
  ];
  for (const [name, text, want] of cases) it(name, () => expect(sentences(text)).toEqual(want));
});

describe('segment: paragraphs', () => {
  it('splits at blank lines and keeps offsets into the text', () => {
    const text = 'One. Two.\n\nThree.\n  \nFour.';
    const s = segment.run({ text }, createContext());
    expect(s.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['One. Two.', 'Three.', 'Four.']);
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 0, 1, 2]);
  });
});
