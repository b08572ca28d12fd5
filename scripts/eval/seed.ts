import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/pipeline/extract.js';
import { scoreExpected, type Expected } from '../../test/support/expected.js';
import { projectRoot } from '../../test/support/shared.js';
import type { EvalSection } from './report.js';

/** The seed, field by field against its gold answer (the bundled copy of ../shared/seed). */
export function evalSeed(): EvalSection {
  const dir = join(projectRoot, 'test', 'fixtures', 'seed');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const result = extract({ source: 'seed', body: readFileSync(join(dir, 'input.txt')), mediaType: null });
  if (!result.ok) return { name: 'seed', skipped: null, figures: [{ label: 'extraction failed', value: result.failure.code }] };
  const checks = scoreExpected(result.value, expected);
  const passed = checks.filter((c) => c.ok).length;
  return {
    name: 'seed (taliban-statement.txt vs expected.json)',
    skipped: null,
    figures: [
      { label: 'fields right', value: `${passed}/${checks.length}` },
      { label: 'share right', value: passed / checks.length, bar: { op: '==', value: 1 } },
      { label: 'statements found', value: result.value.statements.length },
    ],
    notes: checks.filter((c) => !c.ok).map((c) => `wrong: ${c.field} expected ${JSON.stringify(c.expected)} got ${JSON.stringify(c.actual)}`),
  };
}
