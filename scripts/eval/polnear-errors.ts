/**
 * Error analysis on a HELD-OUT slice of PolNeAR train (never dev): `npx tsx scripts/eval/polnear-errors.ts [N] [--show K]`
 * takes the last N train articles (default 100) and prints, for missed gold contents, whether any prediction
 * touched them (span error) or none did (recall error, by gold cue word), and for false positives, their cue words.
 * Prints to the terminal only; nothing of the corpus is written to disk.
 */
import { join } from 'node:path';
import { datasetDir } from '../../test/support/shared.js';
import { attributionsOf } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { matchArticle } from './polnear-score.js';

const root = datasetDir('polnear');
if (!root) {
  console.log('skipped: ../shared/datasets/polnear is absent');
  process.exit(0);
}
const n = Number(process.argv[2] ?? 100);
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 0;
const onlyDirect = process.argv.includes('--direct');
const articles = loadPolnear(join(root, 'train')).slice(-n);

const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
const missCue = new Map<string, number>();
const fpCue = new Map<string, number>();
const examples: string[] = [];
for (const a of articles) {
  const pred = attributionsOf(a.text);
  const { gold: g, predicted: p, match: m } = matchArticle(a.text, a.gold, pred);
  const matchedP = new Set(m.values());
  a.gold.forEach((gold, gi) => {
    if (m.has(gi)) return;
    const touched = p.some((ps) => [...g[gi]!].some((t) => ps.has(t)));
    const direct = gold.content.some((s) => /["“”]/.test(a.text.slice(s.start, s.end)));
    const cue = gold.cue ? gold.cue.map((c) => a.text.slice(c.start, c.end)).join(' ').toLowerCase() : '<none>';
    bump(`miss ${direct ? 'direct' : 'indirect'} ${touched ? 'touched' : 'untouched'}`);
    if (touched) {
      // Which edge of the best-overlapping prediction is off: start, end or both.
      const pi = p.findIndex((ps) => [...g[gi]!].some((t) => ps.has(t)));
      const gs = [...g[gi]!];
      const ps = [...p[pi]!];
      const edge = `${Math.min(...ps) === Math.min(...gs) ? '' : Math.min(...ps) < Math.min(...gs) ? 'start-early ' : 'start-late '}${Math.max(...ps) === Math.max(...gs) ? '' : Math.max(...ps) > Math.max(...gs) ? 'end-late' : 'end-early'}`;
      bump(`  touched miss edge: ${edge.trim() || 'same edges (gaps)'}`);
      if (process.argv.includes('--edge') && edge.trim() === process.argv[process.argv.indexOf('--edge') + 1]) examples.push(`EDGE gold: ${gold.content.map((x) => a.text.slice(x.start, x.end)).join(' … ')}\n     pred: ${pred[pi]!.content.text} [${pred[pi]!.cue?.text}]`);
    }
    if (!touched) missCue.set(cue, (missCue.get(cue) ?? 0) + 1);
    if (show && examples.length < show && (!onlyDirect || direct)) {
      const src = gold.source ? a.text.slice(gold.source.start, gold.source.end) : '-';
      examples.push(`MISS[${touched ? 'T' : 'U'}] src=${src} | cue=${cue} | ${gold.content.map((s) => a.text.slice(s.start, s.end)).join(' … ').slice(0, 200)}`);
      if (touched) {
        const pi = p.findIndex((ps) => [...g[gi]!].some((t) => ps.has(t)));
        examples.push(`   pred: ${pred[pi]!.content.text.slice(0, 200)}`);
      }
    }
  });
  pred.forEach((x, pi) => {
    if (matchedP.has(pi)) return;
    const touched = g.some((gs) => [...p[pi]!].some((t) => gs.has(t)));
    bump(`fp ${x.kind} ${touched ? 'touched' : 'untouched'}`);
    if (show && examples.length < show && (!onlyDirect || x.kind === 'direct')) examples.push(`FP[${touched ? 'T' : 'U'}] ${x.kind} src=${x.source?.text ?? '-'} | cue=${x.cue?.text ?? '-'} | ${x.content.text.slice(0, 200)}`);
    if (!touched) fpCue.set(x.cue?.text.toLowerCase() ?? '<none>', (fpCue.get(x.cue?.text.toLowerCase() ?? '<none>') ?? 0) + 1);
  });
}
const top = (mm: Map<string, number>, k: number) => [...mm].sort((x, y) => y[1] - x[1]).slice(0, k).map(([w, c]) => `${w} ${c}`).join(', ');
for (const [k, v] of [...count].sort()) console.log(`${k}: ${v}`);
console.log(`untouched misses by gold cue: ${top(missCue, 60)}`);
console.log(`untouched false positives by cue: ${top(fpCue, 40)}`);
for (const e of examples) console.log(e);
