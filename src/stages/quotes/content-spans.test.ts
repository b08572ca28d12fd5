import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { cueAt } from './cues.js';
import { viewDocument } from './document.js';
import { lastEnd, rankEnds } from './span-model.js';
import { attributions } from './test-support.js';

/** Where reported content stops: the learned end ranker with the rules' end as one of its features. */
const ends: { name: string; text: string; cue: string; content: string }[] = [
  { name: 'a dash after the cue stays out of the content', text: 'The judge wrote: - the ban was lawful.', cue: 'wrote:', content: 'the ban was lawful' },
  { name: 'before a semicolon and a new clause', text: 'Clinton said the economy was improving; Republicans disagreed.', cue: 'said', content: 'the economy was improving' },
  { name: 'before a participle that is a cue of its own', text: 'Obama said the deal was fair, citing the inspections.', cue: 'said', content: 'the deal was fair' },
  { name: 'before a participle after a quote closing on its own comma', text: 'The senator said the system was "corrupt," noting that nobody had been charged.', cue: 'said', content: 'the system was "corrupt,"' },
  { name: 'a quoted comma before a plain word does not stop the clause', text: 'The senator said the system was "corrupt," and nobody had been charged for it.', cue: 'said', content: 'the system was "corrupt," and nobody had been charged for it' },
  { name: 'before a coordinated reporting verb', text: 'Clinton said the plan was reckless and added that it would fail.', cue: 'said', content: 'the plan was reckless' },
  { name: 'a subject relative clause stays inside the clause', text: 'The governor said the budget, which passed last week, would cut taxes.', cue: 'said', content: 'the budget, which passed last week, would cut taxes' },
  { name: 'a subordinate opener runs on to its main clause', text: 'The agency says although the situation remained complex, it remained under control.', cue: 'says', content: 'although the situation remained complex, it remained under control' },
  { name: 'never over a later speaker’s own report', text: 'As was earlier reported by the local paper, the minister recently said in an interview that relations were bad.', cue: 'recently said in an interview', content: 'that relations were bad' },
  { name: 'a nested report stays inside (outermost wins)', text: 'Lind said the mayor had told him the plan was dead.', cue: 'said', content: 'the mayor had told him the plan was dead' },
];

describe('content spans end where the reported clause ends', () => {
  for (const r of ends) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.cue?.text === r.cue);
      expect(a?.content.text, JSON.stringify(list.map((x) => [x.cue?.text, x.content.text]))).toBe(r.content);
    });
  }
});

describe('span ranker', () => {
  const text = 'Clinton said the plan was reckless and added that it would fail.';
  const doc = viewDocument(text, segment.run({ text }, createContext()));
  const s = doc.sentences[0]!;
  const cue = cueAt(s.tokens, 1)!;

  it('keeps the rules’ end when it has no weights', () => {
    expect(rankEnds(new Map(), s, cue, 2, 6).best).toBe(6);
  });

  it('never runs over a following reporting verb ("… and added that …")', () => {
    // Tokens: Clinton said the plan was reckless | and added …: the last allowed end is before "and".
    expect(lastEnd(s, 2, 6)).toBe(6);
    const { allowed } = rankEnds(new Map(), s, cue, 2, 6);
    expect(allowed(s.tokens.length)).toBe(false);
  });
});
