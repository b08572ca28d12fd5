import { describe, expect, it } from 'vitest';
import { seedCodingChecks } from './support/seed-coding.js';

// Stages 6, 8 and 9 on the seed with attributions built from its gold answer: right on every field they own,
// whatever stage 7 finds (the full golden test in golden.test.ts checks the whole pipeline).
describe('seed coding (actors, dates, events)', () => {
  it('codes all five statements: AFG GOV, 2022-02-25, CAMEO 02x, REQUEST, RUS+UKR, neutral', () => {
    const checks = seedCodingChecks();
    expect(checks.length).toBeGreaterThan(30);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });
});
