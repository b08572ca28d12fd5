import { describe, expect, it } from 'vitest';
import type { Statement } from '../core/types.js';
import type { StatementDetail } from '../store/store.js';
import { quoted, speakerLabel, statementDetail } from './format.js';

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

describe('statementDetail: the speaker row of `communique show`', () => {
  const detail = (speaker: Statement['speaker']) =>
    statementDetail({
      statement: { id: 'st_1', kind: 'indirect', content: { text: 'x', start: 0, end: 1 }, cue: null, speaker, role: null, actor: null, channel: null, saidOn: null, event: null, targets: [], stance: 'unknown', confidence: 0.5, evidence: {} },
      date: null,
      documentId: 'd',
      documentTitle: null,
      documentSource: 's',
      sourceCount: 1,
      document: { record: { text: 'x' }, title: null, source: 's' },
      sources: [],
    } as unknown as StatementDetail)
      .split('\n')
      .find((l) => l.startsWith('speaker'));
  it('names a named speaker with how it was written', () =>
    expect(detail({ text: 'Macron', start: 3, end: 9, name: 'Emmanuel Macron', type: 'person' })).toBe('speaker    Emmanuel Macron (person; as written: "Macron" at 3–9)'));
  it('says a described source is not named', () => expect(detail({ text: 'some analysts', start: 5, end: 18, name: null, type: 'unknown' })).toBe('speaker    some analysts (not named; at 5–18)'));
});
