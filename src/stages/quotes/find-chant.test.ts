import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

const rows: { name: string; text: string; content: string; cue: string; source: string | null }[] = [
  { name: 'a participle after the clause', text: 'Hundreds of demonstrators marched outside, chanting "Bernie or Jill, No Hill," as delegates arrived.', content: '"Bernie or Jill, No Hill,"', cue: 'chanting', source: 'Hundreds of demonstrators' },
  { name: 'a finite chant verb', text: 'Some in the crowd chanted “USA! USA!”', content: '“USA! USA!”', cue: 'chanted', source: 'Some in the crowd' },
  { name: 'chants of, with an owner', text: 'Supporters waved flags, and their chants of “Ted! Ted!” filled the hall.', content: '“Ted! Ted!”', cue: 'chants of', source: 'their' },
  { name: 'chants of, without an owner', text: 'The crowd broke into chants of “Trump, Trump, Trump” as he left.', content: '“Trump, Trump, Trump”', cue: 'chants of', source: null },
  { name: 'a memo titled, its author the subject of the verb that put it out', text: 'On Monday night, campaign manager Ana Obi released a memo titled "The Facts on Where the Race Stands."', content: '"The Facts on Where the Race Stands."', cue: 'released a memo titled', source: 'campaign manager Ana Obi' },
  { name: 'an ad entitled, no author named', text: 'The ad, entitled “Our History,” features five families.', content: '“Our History,”', cue: 'entitled', source: null },
  { name: 'a sign held up, its holder the source', text: 'At a rally in Concord, 14-year-old Ana Obi hoisted a sign that read "15%!"', content: '"15%!"', cue: 'hoisted a sign that read', source: '14-year-old Ana Obi' },
  { name: 'a sign with no holder named', text: 'Outside the hall, a sign saying "Jobs Not Walls" hung over the door.', content: '"Jobs Not Walls"', cue: 'saying', source: 'a sign' },
];

describe('chants, titles and signs', () => {
  for (const r of rows) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.content.text === r.content);
      expect(a, JSON.stringify(list.map((x) => x.content.text))).toBeDefined();
      expect(a!.kind).toBe('direct');
      expect(a!.cue?.text).toBe(r.cue);
      expect(a!.source?.text ?? null).toBe(r.source);
    });
  }

  it('a chant word away from the quote attributes nothing', () => {
    for (const text of ['The sign by the door read: closed until May.', 'The chanting stopped when the “Freedom Tour” bus arrived.', 'After the chants, the band played “Born in the U.S.A.” twice.']) {
      expect(attributions(text).list.map((a) => a.content.text)).toEqual([]);
    }
  });
});
