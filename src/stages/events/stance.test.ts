import { describe, expect, it } from 'vitest';
import type { Stance } from '../../core/types.js';
import { overallStance } from './stance.js';

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
