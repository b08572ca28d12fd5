import { describe, expect, it } from 'vitest';
import type { Stance } from '../../core/types.js';
import { createContext } from '../../core/stage.js';
import { actors } from '../actors/index.js';
import { segment } from '../segment/index.js';
import { events } from './index.js';
import { overallStance } from './stance.js';
import { attributionIn } from '../../../test/support/attribution.js';

describe('events: overall stance by the guideline (test/annotations/README.md)', () => {
  it.each<[string, Stance[], Stance]>([
    // 1. Evaluative acts carry their polarity, whatever the targets.
    ['111', [], 'critical'],
    ['1312', ['neutral'], 'critical'],
    ['051', ['critical'], 'supportive'],
    ['0332', [], 'supportive'],
    // 2. Other acts take the side their targets share; a split appeal for aid sides with the helped.
    ['020', ['critical'], 'critical'],
    ['036', ['neutral', 'neutral'], 'neutral'],
    ['012', ['neutral', 'supportive'], 'supportive'],
    ['0232', ['critical', 'supportive'], 'supportive'],
    ['020', ['critical', 'supportive'], 'critical'],
    // 3. No target, no evaluative act: unknown — a denial with no named accuser included.
    ['016', [], 'unknown'],
    ['010', [], 'unknown'],
    ['0256', [], 'unknown'],
  ])('%s with %j → %s', (cameo, stances, expected) => {
    expect(overallStance(stances, '', cameo)).toBe(expected);
  });
});

describe('events: whom an accusation in the content bears on', () => {
  it.each([
    // text, content, cue, source, expected stances
    ['The minister said the United States, Britain and NATO had a goal to weaken Russia.', 'the United States, Britain and NATO had a goal to weaken Russia', { USA: 'critical', GBR: 'critical', NATO: 'critical' }],
    ['The minister said Ukraine is used by NATO as an instrument against Russia.', 'Ukraine is used by NATO as an instrument against Russia', { UKR: 'neutral', NATO: 'critical' }],
    ['The minister said Russia will face severe consequences if it attacks Ukraine.', 'Russia will face severe consequences if it attacks Ukraine', { RUS: 'critical', UKR: 'neutral' }],
  ] as const)('%s', (text, content, stances) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2022-02-26' }, ctx);
    const [c] = events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue: 'said', source: 'The minister' })], publishedAt: '2022-02-26' }, ctx);
    expect(Object.fromEntries(c!.targets.map((t) => [t.code, t.stance]))).toMatchObject(stances);
  });
});
