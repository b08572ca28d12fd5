import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkLines, cleanFile, loadLineFixtures, type CleanedFile } from '../../test/support/raw-news-lines.js';
import { datasetDir } from '../../test/support/shared.js';
import { skipped, type EvalSection } from './report.js';

// Kept lines that still look like furniture: listed so a reader sees what the clean stage missed.
const JUNK_MARKER = /^(?:advertisement|sponsored)$|\b(?:newsletter|click here|sign up for|subscribe to|download the app|read more:|cookies?)\b/i;

/** Clean stage on raw-news/dev: junk removed per reason, hand-checked prose kept (bar: none removed). */
export function evalCleanRawNews(): EvalSection {
  const base = datasetDir('raw-news');
  if (!base) return skipped('clean: raw-news/dev junk removal', '../shared/datasets/raw-news is absent');
  const dir = join(base, 'dev');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const cleaned = new Map<string, CleanedFile>();
  for (const f of files) cleaned.set(f, cleanFile(dir, f));
  const get = (f: string) => cleaned.get(f) ?? cleanFile(dir, f);

  const byReason = new Map<string, number>();
  const byRule = new Map<string, number>();
  const kept: string[] = [];
  for (const c of cleaned.values()) {
    for (const r of c.removed) {
      byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
      byRule.set(`${r.reason}/${r.rule ?? '?'}`, (byRule.get(`${r.reason}/${r.rule ?? '?'}`) ?? 0) + 1);
    }
    for (const p of c.text?.split('\n\n') ?? []) if (JUNK_MARKER.test(p) && p.length < 300) kept.push(`${c.file}: ${p.slice(0, 110)}`);
  }
  const checks = checkLines(loadLineFixtures(), get);
  const prose = checks.filter((c) => c.kind === 'prose');
  const junk = checks.filter((c) => c.kind === 'junk');
  const none = checks.filter((c) => c.kind === 'noArticle');
  const noArticle = [...cleaned.values()].filter((c) => c.failure === 'CLEAN_NO_ARTICLE').length;
  return {
    name: 'clean: raw-news/dev junk removal',
    skipped: null,
    figures: [
      { label: 'files', value: files.length },
      { label: 'spans removed', value: [...byReason.values()].reduce((a, b) => a + b, 0) },
      { label: 'CLEAN_NO_ARTICLE files', value: noArticle },
      { label: 'hand-checked prose lines removed', value: prose.filter((c) => !c.ok).length, bar: { op: '==', value: 0 } },
      { label: 'hand-checked junk lines removed right', value: junk.filter((c) => c.ok).length / Math.max(junk.length, 1), bar: { op: '==', value: 1 } },
      { label: 'no-article files reported', value: none.filter((c) => c.ok).length / Math.max(none.length, 1), bar: { op: '==', value: 1 } },
      { label: 'kept lines that look like junk', value: kept.length },
    ],
    notes: [
      ...[...byReason].sort().map(([k, v]) => `removed ${k}: ${v}`),
      ...[...byRule].sort().map(([k, v]) => `  rule ${k}: ${v}`),
      ...checks.filter((c) => !c.ok).map((c) => `FAILED ${c.kind} ${c.file} "${c.snippet}": ${c.got}`),
      ...kept.map((k) => `kept, looks like junk: ${k}`),
    ],
  };
}
