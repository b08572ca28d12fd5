import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/pipeline/extract.js';
import type { Extraction } from '../../src/core/types.js';
import { scoreExpected, type Check } from './expected.js';
import { fixturesDir, type Fixture } from './fixtures.js';

/** What one fixture scored: every check, or the failure code the document produced. */
export interface FixtureScore {
  readonly slug: string;
  readonly extraction: Extraction | null;
  readonly failureCode: string | null;
  readonly checks: readonly Check[];
  readonly passed: number;
}

export function scoreFixture(fx: Fixture): FixtureScore {
  const result = extract(fx.raw!, { published: fx.expected.published ?? null });
  if (fx.expected.expectFailure) {
    const got = result.ok ? 'ok' : result.failure.code;
    const check = { field: 'expectFailure', ok: got === fx.expected.expectFailure, expected: fx.expected.expectFailure, actual: got };
    return { slug: fx.slug, extraction: null, failureCode: result.ok ? null : result.failure.code, checks: [check], passed: check.ok ? 1 : 0 };
  }
  if (!result.ok) return { slug: fx.slug, extraction: null, failureCode: result.failure.code, checks: [], passed: 0 };
  const checks = scoreExpected(result.value, fx.expected);
  return { slug: fx.slug, extraction: result.value, failureCode: null, checks, passed: checks.filter((c) => c.ok).length };
}

/**
 * The accepted score of each dataset-backed fixture (`test/fixtures/baseline.json`): the number of its
 * checks the extractor got right when the baseline was last written by `npm run fixtures:update`.
 * The golden test fails when a fixture falls below it, so a change can only keep or raise the score.
 */
const baselinePath = join(fixturesDir, 'baseline.json');

export type Baseline = Record<string, { passed: number; total: number }>;

export function readBaseline(): Baseline {
  return existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline) : {};
}

export function writeBaseline(baseline: Baseline): void {
  const sorted = Object.fromEntries(Object.entries(baseline).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(baselinePath, `${JSON.stringify(sorted, null, 2)}\n`);
}
