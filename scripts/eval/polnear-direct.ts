/**
 * Direct-quote errors on a HELD-OUT slice of PolNeAR train (never dev): `npx tsx scripts/eval/polnear-direct.ts [N] [--show K]`
 * matches gold and predicted contents holding a double quote mark, as the scorer's direct subset does, and
 * counts missed gold contents (untouched, or touched with the edge that is off) and false positives (by how
 * they were found). --show prints K examples of each to the terminal; nothing of the corpus is written to disk.
 */
import { join } from 'node:path';
import { datasetDir } from '../../test/support/shared.js';
import { attributionsOf, toScored } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { directSubset } from './polnear-score.js';

const root = datasetDir('polnear');
if (!root) {
  console.log('skipped: ../shared/datasets/polnear is absent');
  process.exit(0);
}
const n = Number(process.argv[2] ?? 200);
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 0;
const articles = loadPolnear(join(root, 'train')).slice(-n);

const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
const examples = new Map<string, string[]>();
const example = (k: string, line: string) => {
  const list = examples.get(k) ?? [];
  if (list.length < show) list.push(line);
  examples.set(k, list);
};
const clip = (s: string) => s.replace(/\n/g, ' ¶ ').slice(0, 260);
for (const a of articles) {
  const pred = attributionsOf(a.text);
  const { gd, pd, g, p, m } = directSubset(a.text, a.gold, pred.map(toScored));
  const used = new Set(m.values());
  gd.forEach((gi, k) => {
    bump('gold');
    if (m.has(k)) return bump('hit');
    const gold = a.gold[gi]!;
    const touchedBy = p.findIndex((ps) => [...g[k]!].some((t) => ps.has(t)));
    const txt = gold.content.map((s) => a.text.slice(s.start, s.end)).join(' … ');
    if (touchedBy < 0) {
      bump('miss untouched');
      example('miss untouched', clip(`${gold.source ? a.text.slice(gold.source.start, gold.source.end) : '-'} | ${gold.cue?.map((c) => a.text.slice(c.start, c.end)).join(' ') ?? '-'} | ${txt}`));
      return;
    }
    const gs = [...g[k]!];
    const ps = [...p[touchedBy]!];
    const edge = `${Math.min(...ps) === Math.min(...gs) ? '' : Math.min(...ps) < Math.min(...gs) ? 'start-early ' : 'start-late '}${Math.max(...ps) === Math.max(...gs) ? '' : Math.max(...ps) > Math.max(...gs) ? 'end-late' : 'end-early'}`.trim() || 'gaps';
    bump(`miss touched ${edge}`);
    example(`miss touched ${edge}`, clip(`GOLD ${txt}\n      PRED ${pred[pd[touchedBy]!]!.content.text} [${pred[pd[touchedBy]!]!.kind}]`));
  });
  pd.forEach((pi, k) => {
    bump('pred');
    const x = pred[pi]!;
    const shape = `${x.kind}${/^["“”‘']/.test(x.content.text) ? ' quote-first' : ''}${x.cue ? '' : ' no-cue'} ${(x.content.text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 5 ? 'short' : 'long'}`;
    bump(`pred ${shape} ${used.has(k) ? 'hit' : 'fp'}`);
    if (used.has(k)) return;
    const touched = g.some((gs) => [...p[k]!].some((t) => gs.has(t)));
    const key = `fp ${touched ? 'touched' : 'untouched'} ${x.kind}`;
    bump(key);
    example(key, clip(`${x.source?.text ?? '-'} | ${x.cue?.text ?? '-'} | ${x.content.text}`));
  });
}
for (const [k, v] of [...count].sort()) console.log(`${k}: ${v}`);
for (const [k, list] of examples) {
  console.log(`\n== ${k}`);
  for (const l of list) console.log(`  ${l}`);
}
