import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { viewDocument } from './document.js';
import { resolveFirstPerson } from './first-person.js';
import type { Found } from './found.js';
import type { Resolved } from './resolve-speaker.js';
import { attributions } from './test-support.js';

function found(text: string, source: string, content: string, sentence = 0): Found {
  const s = text.indexOf(source);
  const c = text.indexOf(content);
  return { kind: 'indirect', fragments: [{ start: c, end: c + content.length }], cue: null, source: { start: s, end: s + source.length }, sourceClass: null, sentence, basis: 'test', confidence: 1 };
}
const resolved = (speakerName: string | null): Resolved => ({ speakerName, type: 'person', antecedent: null, details: { name: null, nameSpan: null, role: null, affiliation: null }, why: 'test', alternatives: [] });

describe('first-person sources', () => {
  it('inside a quote, "I" is the quote’s speaker', () => {
    const text = '“Yesterday I told Putin that we must act,” Ana Ruiz said.';
    const doc = viewDocument(text, segment.run({ text }, createContext()));
    const outer = found(text, 'Ana Ruiz', '“Yesterday I told Putin that we must act,”');
    const inner = found(text, 'I', 'that we must act');
    const out = resolveFirstPerson(doc, [outer, inner], [resolved('Ana Ruiz'), resolved(null)]);
    expect(out[1]!.speakerName).toBe('Ana Ruiz');
    expect(out[1]!.speakerless).toBeUndefined();
    expect(out[1]!.why).toMatch(/first person inside the quote of "Ana Ruiz"/);
  });

  const outside: [string, string][] = [
    ['an op-ed “I believe”', 'I believe that the war must end soon.'],
    ['a bare “We think”', 'We think the sanctions will fail this year.'],
  ];
  for (const [name, text] of outside) {
    it(`outside quotes, ${name} has no speaker`, () => {
      const { list, trace } = attributions(text, true);
      expect(list.length).toBeGreaterThan(0);
      for (const a of list) {
        expect(a.source).toBeNull();
        expect(a.speakerName).toBeNull();
      }
      expect(trace[0]).toMatch(/first person outside any quote/);
    });
  }

  it('a named speaker is untouched', () => {
    const { list } = attributions('Ana Ruiz believes that the war must end soon.');
    expect(list[0]!.speakerName).toBe('Ana Ruiz');
  });
});
