import { describe, expect, it } from 'vitest';
import type { Statement } from '../core/types.js';
import { quoted, speakerLabel } from './format.js';

const st = (speaker: Statement['speaker'], actor: Statement['actor'] = null) => ({ speaker, actor }) as Statement;
const FRA = { name: 'France', code: 'FRA', country: 'FRA', sector: 'GOV' };

describe('speakerLabel: who said it, on a terminal line', () => {
  it.each([
    ['a named speaker with the actor code', st({ text: 'Macron', start: 0, end: 6, name: 'Emmanuel Macron', type: 'person' }, FRA), 'Emmanuel Macron (FRA)'],
    ['a source only described says it is not named', st({ text: 'analysts', start: 0, end: 8, name: null, type: 'unknown' }), 'analysts (not named)'],
    ['no speaker at all', st(null), 'unknown speaker'],
  ])('%s', (_, s, expected) => expect(speakerLabel(s)).toBe(expected));
});

describe('quoted: a quote on a terminal line, in one pair of marks', () => {
  it.each([
    ['an indirect quote gets marks', 'that talks would resume', '"that talks would resume"'],
    ['a direct quote keeps its own, not a second pair', '"We stand with Ukraine,"', '"We stand with Ukraine,"'],
    ['curly marks too', '“We will not give up on diplomacy.”', '“We will not give up on diplomacy.”'],
    ['a long one is clipped', 'x'.repeat(300), `"${'x'.repeat(159)}…"`],
  ])('%s', (_, text, expected) => expect(quoted(text, 160)).toBe(expected));
});
