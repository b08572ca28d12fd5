import { describe, expect, it } from 'vitest';
import type { Statement } from '../core/types.js';
import { speakerLabel } from './format.js';

const st = (speaker: Statement['speaker'], actor: Statement['actor'] = null) => ({ speaker, actor }) as Statement;
const FRA = { name: 'France', code: 'FRA', country: 'FRA', sector: 'GOV' };

describe('speakerLabel: who said it, on a terminal line', () => {
  it.each([
    ['a named speaker with the actor code', st({ text: 'Macron', start: 0, end: 6, name: 'Emmanuel Macron', type: 'person' }, FRA), 'Emmanuel Macron (FRA)'],
    ['a source only described says it is not named', st({ text: 'analysts', start: 0, end: 8, name: null, type: 'unknown' }), 'analysts (not named)'],
    ['no speaker at all', st(null), 'unknown speaker'],
  ])('%s', (_, s, expected) => expect(speakerLabel(s)).toBe(expected));
});
