/**
 * Lists the distinct speaker names extract() gives on a corpus, with counts and the source text they came
 * from, to find names that carry role or description fragments. Usage:
 *   tsx scripts/diag/speaker-names.ts [--top N] [--sources] PATH...   (files, directories, .jsonl)
 */
import { readSources } from '../../src/stages/ingest/read-files.js';
import { extract } from '../../src/pipeline/extract.js';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : Infinity;
const showSources = args.includes('--sources');
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
const counts = new Map<string, { n: number; sources: Map<string, number>; types: Set<string> }>();
for await (const r of readSources(paths)) {
  if (!r.ok) continue;
  const x = extract(r.value);
  if (!x.ok) continue;
  for (const s of x.value.statements) {
    const name = s.speaker?.name ?? '(null)';
    const e = counts.get(name) ?? { n: 0, sources: new Map(), types: new Set() };
    e.n++;
    e.types.add(s.speaker?.type ?? 'none');
    const src = `${s.speaker?.text ?? ''} | role=${s.role ?? ''}`;
    e.sources.set(src, (e.sources.get(src) ?? 0) + 1);
    counts.set(name, e);
  }
}
const rows = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])).slice(0, top);
for (const [name, e] of rows) {
  console.log(`${String(e.n).padStart(4)}  ${name}  [${[...e.types].join(',')}]`);
  if (showSources) for (const [src, n] of [...e.sources].sort((a, b) => b[1] - a[1]).slice(0, 4)) console.log(`        ${n}× ${src}`);
}
