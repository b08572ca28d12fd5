import { describe, expect, it } from 'vitest';
import { runs, type Mark } from './highlight.js';

const text = 'Balkhi requested that the situation be resolved through "dialogue and peaceful means."';

describe('runs', () => {
  const speaker: Mark = { start: 0, end: 6, kind: 'speaker' };
  const cue: Mark = { start: 7, end: 16, kind: 'cue' };
  const content: Mark = { start: 22, end: 86, kind: 'content' };
  const target: Mark = { start: 26, end: 35, kind: 'target' };

  const cases: { name: string; marks: Mark[]; expected: [string, string[]][] }[] = [
    { name: 'no marks: one plain run', marks: [], expected: [[text, []]] },
    {
      name: 'disjoint marks split the text around them',
      marks: [speaker, cue],
      expected: [['Balkhi', ['speaker']], [' ', []], ['requested', ['cue']], [text.slice(16), []]],
    },
    {
      name: 'a mark inside another gets both',
      marks: [content, target],
      expected: [[text.slice(0, 22), []], ['the ', ['content']], ['situation', ['content', 'target']], [text.slice(35), ['content']]],
    },
    {
      name: 'out-of-range and empty spans are ignored or clamped',
      marks: [{ start: 80, end: 500, kind: 'content' }, { start: 5, end: 5, kind: 'cue' }, { start: -3, end: 0, kind: 'x' }],
      expected: [[text.slice(0, 80), []], [text.slice(80), ['content']]],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const out = runs(text, c.marks);
      expect(out.map((r) => [r.text, r.marks.map((m) => m.kind)])).toEqual(c.expected);
      expect(out.map((r) => r.text).join('')).toBe(text); // nothing lost, nothing doubled
    });
  }
});
