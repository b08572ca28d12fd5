import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

const rows: { name: string; text: string; content: string; cue: string; source: string | null }[] = [
  { name: 'in what X called', text: 'The delegates fought on the floor in 1976, in what Ada Obi called "hand-to-hand combat."', content: 'what "hand-to-hand combat."', cue: 'called', source: 'Ada Obi' },
  { name: 'whom X described as', text: 'Observers walked with the marchers, whom he described as "peaceful," for the length of the route.', content: 'whom as "peaceful,"', cue: 'described', source: 'he' },
  { name: 'a time between the subject and the verb', text: 'Much of the anger was aimed at Ivo Brandt, who Ada Obi on Wednesday called “a despicable man.”', content: 'who “a despicable man.”', cue: 'on Wednesday called', source: 'Ada Obi' },
  { name: 'an aside after the subject', text: 'They won the vote, in what Ada Obi, a treasurer for the campaign, called "a clean sweep."', content: 'what "a clean sweep."', cue: 'called', source: 'Ada Obi, a treasurer for the campaign' },
  { name: 'a passive names no one', text: 'The state cut what had been called the “Golden Week,” a week of early voting.', content: 'what the “Golden Week,”', cue: 'had been called', source: null },
];

describe('quotes named by a relative clause', () => {
  for (const r of rows) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const pieces = (x: (typeof list)[number]) => (x.content.fragments ?? []).map((f) => r.text.slice(f.start, f.end)).join(' ');
      const a = list.find((x) => pieces(x) === r.content);
      expect(a, JSON.stringify(list.map(pieces))).toBeDefined();
      expect(a!.kind).toBe('mixed');
      expect(a!.cue?.text).toBe(r.cue);
      expect(a!.source?.text ?? null).toBe(r.source);
      expect(a!.content.fragments).toHaveLength(2);
    });
  }

  it('a naming verb without a relative pronoun is no attribution of the quote', () => {
    for (const text of ['The so-called “reform” passed the chamber.', 'Johnson, nicknamed “The Hammer,” left the team.', 'The plan, dubbed “Operation Clean Sweep,” began in May.']) {
      expect(attributions(text).list.map((a) => a.content.text)).toEqual([]);
    }
  });
});
