/**
 * Naming-verb quotes on PolNeAR TRAIN (never dev): `npx tsx scripts/eval/polnear-naming.ts [N] [--show K]`
 * lists gold direct contents whose quote follows a naming verb ("called X “Y”", "described it as “Y”",
 * "portraying X as “Y”", "dubbed …") and says how PolNeAR marked source, cue and content there and whether
 * the pipeline found them; also counts predicted false positives after such verbs. Terminal only.
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
const n = Number(process.argv[2] ?? 840);
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 0;
const articles = loadPolnear(join(root, 'train')).slice(-n);
const NAMING = /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:e|es|ed|ing)|portray(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|depict(?:s|ed|ing)?|referr?(?:s|ed|ing)? to|cast(?:s|ing)?|paint(?:s|ed|ing)?)\b[^.“”"]{0,60}$/i;

const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
const lines: string[] = [];
const clip = (s: string) => s.replace(/\n/g, ' ¶ ');
for (const a of articles) {
  const pred = attributionsOf(a.text);
  const { gd, pd, g, p, m } = directSubset(a.text, a.gold, pred.map(toScored));
  const used = new Set(m.values());
  const naming = (at: number) => NAMING.test(a.text.slice(Math.max(0, at - 80), at));
  gd.forEach((gi, k) => {
    const gold = a.gold[gi]!;
    const spans = gold.content;
    const whole = a.text.slice(spans[0]!.start, spans.at(-1)!.end);
    const q = spans[0]!.start + whole.search(/["“]/);
    if (!naming(q)) return;
    const hit = m.has(k);
    bump(hit ? 'naming gold hit' : 'naming gold miss');
    if (!hit && lines.length < show) {
      const src = gold.source ? a.text.slice(gold.source.start, gold.source.end) : '-';
      const cue = gold.cue?.map((c) => a.text.slice(c.start, c.end)).join(' … ') ?? '-';
      const ctx = a.text.slice(Math.max(0, Math.min(q, gold.source?.start ?? q) - 60), Math.min(a.text.length, spans.at(-1)!.end + 30));
      const touchedBy = p.findIndex((ps) => [...g[k]!].some((t) => ps.has(t)));
      const x = touchedBy >= 0 ? pred[pd[touchedBy]!]! : null;
      const got = x ? `PRED ${x.kind} | ${x.source?.text ?? '-'} | ${x.cue?.text ?? '-'} | ${x.content.text}` : 'PRED none';
      bump(x ? 'naming gold miss touched' : 'naming gold miss untouched');
      lines.push(clip(`SRC ${src} | CUE ${cue} | CONTENT ${spans.map((s) => a.text.slice(s.start, s.end)).join(' … ')}\n    ${got}\n    CTX ${ctx}`));
    }
  });
  pd.forEach((pi, k) => {
    const x = pred[pi]!;
    const q = x.content.start + x.content.text.search(/["“]/);
    if (!naming(q)) return;
    bump(used.has(k) ? 'naming pred hit' : 'naming pred fp');
  });
}
for (const [k, v] of [...count].sort()) console.log(`${k}: ${v}`);
for (const l of lines) console.log(`  ${l}`);
