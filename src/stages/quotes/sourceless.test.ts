import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

// Reporting verbs whose subject the noun-phrase walker cannot find: the learned keep model (keep-model.ts)
// decides whether the cue and its content make an attribution without a source. Invented sentences.
const kept: { name: string; text: string; content: string; cue: string }[] = [
  { name: 'subject behind a colon label and a relative clause', text: 'Transit policy: Okafor, whose district borders the river, said the new line would be finished by spring.', content: 'the new line would be finished by spring', cue: 'said' },
  { name: '"said" with the speaker’s quoted words in its content, the subject behind a long relative clause', text: 'Ana Obi, who lives in an unincorporated area outside of the state capital, Leeds, said she still “hopes that the mill reopens before the spring.”', content: 'she still “hopes that the mill reopens before the spring.”', cue: 'said' },
  { name: 'subject behind a double-hyphen aside', text: 'The harbour master -- who has run the port for a decade -- said the channel would be dredged next month.', content: 'the channel would be dredged next month', cue: 'said' },
];

describe('attributions whose source is not found', () => {
  for (const r of kept) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.content.text === r.content);
      expect(a, JSON.stringify(list.map((x) => [x.content.text, x.cue?.text, x.source?.text]))).toBeDefined();
      expect(a!.cue?.text).toBe(r.cue);
    });
  }

  it('a direct quote’s speaker is still the subject of an indirect cue before it', () => {
    const { list } = attributions('Mayor Ruiz called on the council to resign and said, “This city deserves better.”');
    const indirect = list.find((x) => x.cue?.text === 'called on');
    expect(indirect?.content.text).toBe('the council to resign');
    expect(indirect?.source?.text).toBe('Mayor Ruiz');
  });
});

// Source-less candidates the keep model must turn down: a verb that reports nothing, with no subject found.
const dropped: { name: string; text: string }[] = [
  { name: 'a travel verb after an aside', text: 'The bus, which was late again, drove the children to the lake on Sunday morning.' },
  { name: 'an action verb after a relative clause', text: 'In the valley, heavy rain, which fell all night, flooded the lower fields near the river.' },
];

describe('source-less candidates that are not attributions', () => {
  for (const r of dropped) it(r.name, () => expect(attributions(r.text).list.map((a) => a.content.text)).toEqual([]));
});

// Subject-raising verbs: the impression is nobody's words; the subject belongs to the content.
const raising: { name: string; text: string; fragments: string[]; cue: string }[] = [
  { name: 'seems to', text: 'The governor seems to relish the fight with the legislature.', fragments: ['The governor', 'to relish the fight with the legislature'], cue: 'seems' },
  { name: 'adverb before appeared', text: 'The old bridge increasingly appeared doomed by the flood.', fragments: ['The old bridge', 'doomed by the flood'], cue: 'increasingly appeared' },
];

describe('raising verbs without a source', () => {
  for (const r of raising) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.cue?.text === r.cue);
      expect(a, JSON.stringify(list.map((x) => [x.content.text, x.cue?.text]))).toBeDefined();
      expect(a!.source).toBeNull();
      expect((a!.content.fragments ?? []).map((f) => r.text.slice(f.start, f.end))).toEqual(r.fragments);
    });
  }

  it('appearing somewhere is an action, not an impression', () => {
    for (const text of ['The senator appeared on the evening news with her husband.', 'The mayor appeared at the rally in the park.']) {
      expect(attributions(text).list.map((a) => a.content.text), text).toEqual([]);
    }
  });
});

// A question put to the speaker at the start of the sentence: its own attribution, asked by someone or no one.
const asked: { name: string; text: string; content: string; cue: string; source: string | null }[] = [
  { name: 'asked about', text: 'Asked about the new tariffs, the minister said they would be reviewed.', content: 'about the new tariffs', cue: 'Asked', source: null },
  { name: 'when asked whether', text: 'When asked whether the plant would close, the owner shook his head.', content: 'whether the plant would close', cue: 'When asked', source: null },
  { name: 'asked by someone', text: 'Asked by reporters to explain the delay, the coach blamed the weather.', content: 'to explain the delay', cue: 'Asked', source: 'reporters' },
  { name: 'a passive "was asked whether"', text: 'The coach was asked whether the team would travel.', content: 'whether the team would travel', cue: 'was asked', source: null },
  { name: 'a passive with an adverb, up to the comma', text: 'The mayor was later asked what happened to the funds, and she said nothing.', content: 'what happened to the funds', cue: 'was later asked', source: null },
];

describe('a question put to the speaker', () => {
  for (const r of asked) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.content.text === r.content);
      expect(a, JSON.stringify(list.map((x) => [x.content.text, x.cue?.text]))).toBeDefined();
      expect(a!.cue?.text).toBe(r.cue);
      expect(a!.source?.text ?? null).toBe(r.source);
    });
  }

  it('a passive "was asked to" is a request, not a question', () => {
    const { list } = attributions('The coach was asked to leave the room.');
    expect(list.some((a) => a.cue?.text.includes('asked'))).toBe(false);
  });

  it('asked in the middle of a sentence is not this pattern', () => {
    const { list } = attributions('The coach, asked about the delay, blamed the weather.');
    expect(list.some((a) => a.content.text === 'about the delay' && a.cue?.text === 'asked' && a.source === null)).toBe(false);
  });
});
