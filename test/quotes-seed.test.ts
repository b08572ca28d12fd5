import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { scoreExpected, type Expected } from './support/expected.js';
import { fixturesDir } from './support/fixtures.js';

// The seed's quote fields only (stages 5 and 7): found, kind, speaker, cue, role, channel, and no statement
// from the background sentence. Actor, date, event and junk checks belong to the other stages' tests.
describe('seed: quotes and speakers', () => {
  it('finds the five statements with the right kind, speaker, cue, role and channel', () => {
    const dir = join(fixturesDir, 'seed');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const result = extract({ source: 'seed', body: readFileSync(join(dir, 'input.txt')), mediaType: null });
    if (!result.ok) throw new Error(result.failure.message);
    const mine = /^(?:S\d\.(?:found|kind|speaker|cue|role|channel)|notStatement)$/;
    const checks = scoreExpected(result.value, expected).filter((c) => mine.test(c.field));
    expect(checks.length).toBeGreaterThanOrEqual(20);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });
});
