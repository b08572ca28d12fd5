/**
 * How the learned cue detector's cues fare on PolNeAR train, by the cue's head word: `npx tsx
 * scripts/eval/polnear-learned.ts [N]` (the first N train articles, default all). A learned cue is one whose
 * words hold no lexicon cue form. Prints counts to the terminal only; nothing of the corpus is written to disk.
 */
import { join } from 'node:path';
import { cueForms } from '../../src/stages/quotes/lexicon.js';
import { datasetDir } from '../../test/support/shared.js';
import { attributionsOf } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { matchArticle } from './polnear-score.js';

const root = datasetDir('polnear');
if (!root) {
  console.log('skipped: ../shared/datasets/polnear is absent');
  process.exit(0);
}
const split = process.env.POLNEAR_SPLIT ?? 'train';
const articles = loadPolnear(join(root, split)).slice(0, Number(process.argv[2] ?? Infinity));
const stats = new Map<string, { hit: number; miss: number }>();
let learned = 0;
const byKind = new Map<string, { hit: number; miss: number }>();
let learnedHit = 0;
for (const a of articles) {
  const pred = attributionsOf(a.text);
  const { match: m } = matchArticle(a.text, a.gold, pred);
  const hitP = new Set(m.values());
  pred.forEach((x, i) => {
    const words = (x.cue?.text ?? '').toLowerCase().split(/[^a-z’'-]+/).filter(Boolean);
    if (words.length === 0 || words.some((w) => cueForms.has(w)) || words.includes('according')) return;
    learned++;
    const head = words.find((w) => !['is', 'was', 'are', 'were', 'has', 'have', 'had', 'be', 'been', 'also', 'still', 'even', 'just', 'only', 'not', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do'].includes(w)) ?? words[0]!;
    const src = x.source?.text ?? '';
    const kind = !x.source ? 'no source' : /^(?:he|she|they|we|i|you|it)$/i.test(src) ? 'pronoun' : x.speakerName ? 'named' : /^(?:the|a|an|some|many|most|several|other|his|her|their|its|our)\b/i.test(src) ? 'description' : 'other';
    const k = byKind.get(kind) ?? { hit: 0, miss: 0 };
    if (hitP.has(i)) k.hit++;
    else k.miss++;
    byKind.set(kind, k);
    if (process.env.SHOW === kind && !hitP.has(i)) console.log(`  ${kind}: [${src}] ${x.cue?.text} | ${x.content.text.slice(0, 80)}`);
    const s = stats.get(head) ?? { hit: 0, miss: 0 };
    if (hitP.has(i)) {
      s.hit++;
      learnedHit++;
    } else s.miss++;
    stats.set(head, s);
  });
}
console.log(`${split}: ${articles.length} articles; learned cues ${learned}, matching gold ${learnedHit} (${((100 * learnedHit) / Math.max(1, learned)).toFixed(1)}%)`);
for (const [k, v] of byKind) console.log(`  by source: ${k.padEnd(12)} ${v.hit} hit, ${v.miss} miss (${((100 * v.hit) / (v.hit + v.miss)).toFixed(0)}%)`);
const rows = [...stats].sort((x, y) => y[1].hit + y[1].miss - (x[1].hit + x[1].miss));
for (const [w, s] of rows.slice(0, Number(process.env.TOP ?? 60))) console.log(`${String(s.hit).padStart(5)} ${String(s.miss).padStart(5)}  ${w}`);
