import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/pipeline/extract.js';
import { datasetDir } from '../../test/support/shared.js';
import { skipped, type EvalSection } from './report.js';

/** Counts over raw-news/dev: documents, failures by code, statements, removed spans by reason. */
export function evalRawNews(): EvalSection {
  const dir = datasetDir('raw-news');
  if (!dir) return skipped('raw-news/dev counts', '../shared/datasets/raw-news is absent');
  const files = readdirSync(join(dir, 'dev')).filter((f) => f.endsWith('.txt')).sort();
  const failures = new Map<string, number>();
  const reasons = new Map<string, number>();
  let statements = 0;
  let ok = 0;
  for (const f of files) {
    const r = extract({ source: f, body: readFileSync(join(dir, 'dev', f)), mediaType: 'text/plain' });
    if (!r.ok) {
      failures.set(r.failure.code, (failures.get(r.failure.code) ?? 0) + 1);
      continue;
    }
    ok++;
    statements += r.value.statements.length;
    for (const s of r.value.document.removed) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  }
  const removed = [...reasons.values()].reduce((a, b) => a + b, 0);
  return {
    name: 'raw-news/dev counts',
    skipped: null,
    figures: [
      { label: 'documents', value: files.length },
      { label: 'extracted', value: ok },
      { label: 'statements', value: statements },
      { label: 'junk spans removed', value: removed },
    ],
    notes: [
      ...[...reasons].sort().map(([k, v]) => `removed ${k}: ${v}`),
      ...[...failures].sort().map(([k, v]) => `failed ${k}: ${v}`),
    ],
  };
}
