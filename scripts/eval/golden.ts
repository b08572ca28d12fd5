import { loadFixtures } from '../../test/support/fixtures.js';
import { scoreFixture } from '../../test/support/golden.js';
import { skipped, type EvalSection } from './report.js';

/** Hand-made golden answers (test/fixtures): share of checks right, overall and per field. */
export function evalGolden(): EvalSection {
  const fixtures = loadFixtures().filter((f) => f.raw && !f.bundled);
  if (fixtures.length === 0) return skipped('golden fixtures (hand-made answers)', '../shared/datasets/raw-news is absent');
  const byField = new Map<string, { ok: number; all: number }>();
  let ok = 0;
  let all = 0;
  for (const fx of fixtures) {
    const score = scoreFixture(fx);
    for (const c of score.checks) {
      const field = c.field.replace(/^S\d+\./, 'statement.');
      const f = byField.get(field) ?? { ok: 0, all: 0 };
      f.ok += c.ok ? 1 : 0;
      f.all++;
      byField.set(field, f);
    }
    ok += score.passed;
    all += score.checks.length;
  }
  return {
    name: `golden fixtures (${fixtures.length} hand-made answers on raw-news/dev)`,
    skipped: null,
    figures: [{ label: 'checks right', value: ok / all }, { label: 'checks', value: all }],
    notes: [...byField].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k.padEnd(26)} ${v.ok}/${v.all}`),
  };
}
