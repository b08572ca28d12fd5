import { describe, expect, it } from 'vitest';
import { createContext } from '../../../core/stage.js';
import { clean } from '../index.js';
import { cleanText } from './clean-text.js';

function run(text: string) {
  return clean.run({ source: 't', text, mediaType: 'text/plain', encoding: 'utf-8', hints: {}, warnings: [] }, createContext());
}

describe('cleanText', () => {
  it('takes the date header from the start of the first line and keeps the text after it', () => {
    const input = ' date 2022-02-26 The ministry issued a statement on Friday.\n\nIt called for talks.';
    const r = cleanText(input);
    expect(r.paragraphs).toEqual(['The ministry issued a statement on Friday.', 'It called for talks.']);
    expect(r.candidates).toEqual([{ field: 'publishedAt', value: '2022-02-26', basis: 'header', span: { text: 'date 2022-02-26', start: 1, end: 16 } }]);
    const h = r.removed[0]!;
    expect([h.reason, input.slice(h.start, h.end)]).toEqual(['header', 'date 2022-02-26']);
  });

  it('removes whole junk lines with offsets into the input and joins paragraphs with a blank line', () => {
    const input = 'First paragraph of the story.\nAdvertisement\n\nSecond paragraph of the story.\nRead more: Another story entirely\n';
    const r = run(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe('First paragraph of the story.\n\nSecond paragraph of the story.');
    expect(r.value.removed.map((s) => [s.reason, input.slice(s.start, s.end)])).toEqual([
      ['ad', 'Advertisement'],
      ['related', 'Read more: Another story entirely'],
    ]);
  });

  it('cuts a loader call glued between two sentences without cutting either sentence', () => {
    const input = 'The talks ended on Friday. googletag.cmd.push(function () { googletag.display("ad-1"); }); Both sides will meet again.';
    const r = cleanText(input);
    expect(r.paragraphs).toEqual(['The talks ended on Friday. Both sides will meet again.']);
    expect(r.removed).toHaveLength(1);
    expect(r.removed[0]!.reason).toBe('script');
    expect(input.slice(r.removed[0]!.start, r.removed[0]!.end)).toBe('googletag.cmd.push(function () { googletag.display("ad-1"); });');
  });

  it('cuts an "Advertisement" label glued inside a paragraph', () => {
    const r = cleanText('The minister resigned. Advertisement The vote is on Monday.');
    expect(r.paragraphs).toEqual(['The minister resigned. The vote is on Monday.']);
    expect(r.removed.map((s) => s.reason)).toEqual(['ad']);
  });

  it('joins a hard-wrapped paragraph into one, so a wrapped fragment is never judged alone', () => {
    const input = 'The minister said the talks would resume on Monday, according to\nthe AP\nand officials in Geneva.\n\nAdvertisement\n\nA second paragraph.';
    const r = cleanText(input);
    expect(r.paragraphs).toEqual(['The minister said the talks would resume on Monday, according to the AP and officials in Geneva.', 'A second paragraph.']);
    expect(r.removed.map((x) => x.reason)).toEqual(['ad']);
  });

  it('cuts a teaser link or a shouted call to action glued after the last sentence, not a quoted one', () => {
    expect(cleanText('The talks ended on Friday. Read more: Geneva talks collapse after a week').paragraphs).toEqual(['The talks ended on Friday.']);
    expect(cleanText('The talks ended on Friday. CLICK HERE TO GET THE DAILY HERALD APP').paragraphs).toEqual(['The talks ended on Friday.']);
    const quoted = 'He wrote: "Read more: the report is long" and left.';
    expect(cleanText(quoted).paragraphs).toEqual([quoted]);
  });

  it('reports a newsletter widget with no article as CLEAN_NO_ARTICLE', () => {
    const r = run('Newsletter As news happens\n\nThe Evening Brief: A newsletter for the biggest stories\n\nBy submitting your email, you agree to our Terms of Service.');
    expect(r.ok ? 'ok' : r.failure.code).toBe('CLEAN_NO_ARTICLE');
  });

  it('keeps a one-line headline file (text, not a widget)', () => {
    const r = run('Ministers meet in Brussels as talks on the ceasefire resume');
    expect(r.ok).toBe(true);
  });
});

describe('a headline on the first line becomes the title, not article text', () => {
  const body = 'PARIS — The foreign minister on Thursday condemned the overnight strikes.\n\n"This must stop," she told reporters.';
  it.each([
    ['Minister condemns strikes on the eastern city', true],
    ["Mayor: 'No more cuts'", true],
    ['Talks resume in Geneva as both sides signal flexibility', true],
    // A lede that lost its full stop is prose: too long for a headline.
    ['The theme of the day was a series of explosions at an air base in the western part of the peninsula today', false],
    ['The minister said the talks would resume.', false],
    ['Officials met. They said nothing', false],
    ['Breaking', false],
  ])('%s → headline %s', (line, expected) => {
    const r = cleanText(`${line}\n${body}`);
    expect(r.removed.some((x) => x.reason === 'headline')).toBe(expected);
    expect(r.candidates.some((c) => c.field === 'title' && c.value === line)).toBe(expected);
    expect(r.paragraphs[0] === line).toBe(!expected);
  });

  it('does not take the seed-style first line that follows the date header on the same line', () => {
    const r = cleanText(' date 2022-02-26 Minister condemns strikes on the eastern city\nThe minister spoke on Friday.\n\nShe left.');
    expect(r.removed.map((x) => x.reason)).toEqual(['header']);
  });
});
