/**
 * Trains the content-end ranker of src/stages/quotes/span-model.ts from ../shared/datasets/polnear/train
 * ONLY (never dev): an averaged perceptron ranking the boundaries of a sentence, deterministic (fixed
 * order, no randomness). Training examples are the contents our own rules propose (find-indirect with the
 * rules' ends) whose start matches a gold content's start; the label is the gold end. The corpus is never
 * written anywhere; only the pruned weights go to src/stages/quotes/data/span-model.json.
 * Run: `npm run train:spans` (or `npx tsx scripts/train/span-model.ts [--holdout N] [--write]`: --holdout
 * keeps the last N train articles out and reports end accuracy of rules vs ranker on them).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../src/core/stage.js';
import type { Cue } from '../../src/stages/quotes/cues.js';
import { viewDocument, type SentenceView } from '../../src/stages/quotes/document.js';
import { findDirect } from '../../src/stages/quotes/find-direct.js';
import { findIndirect } from '../../src/stages/quotes/find-indirect.js';
import { boundary, lastEnd, rankEnds, type EndChooser } from '../../src/stages/quotes/span-model.js';
import { segment } from '../../src/stages/segment/index.js';
import { projectRoot } from '../../test/support/shared.js';
import type { PolnearArticle } from '../eval/polnear-data.js';
import { trainingData } from './train-data.js';
import { writeModelTables } from './pack-models.js';

interface Instance {
  readonly s: SentenceView;
  readonly c: Cue;
  readonly start: number;
  readonly ruleEnd: number;
  readonly gold: number;
}

const { articles, holdout } = trainingData();

/** Contents proposed by the rules whose start is a gold content start, labelled with that gold end. */
function instances(texts: readonly PolnearArticle[]): Instance[] {
  const out: Instance[] = [];
  for (const a of texts) {
    const doc = viewDocument(a.text, segment.run({ text: a.text }, createContext()));
    const direct = findDirect(doc);
    // Gold content pieces that end a content (the last fragment), keyed by their first character.
    const goldEnds = new Map<number, number>();
    for (const g of a.gold) {
      const last = g.content.at(-1)!;
      const text = a.text.slice(last.start, last.end);
      const lead = text.length - text.trimStart().length;
      goldEnds.set(last.start + lead, last.start + text.trimEnd().length);
    }
    const record: EndChooser = (s, c, start, ruleEnd) => {
      const goldEnd = goldEnds.get(s.tokens[start]!.start);
      if (goldEnd === undefined || ruleEnd <= start) return ruleEnd;
      const e = s.tokens.findIndex((t, k) => k > start && t.end === goldEnd);
      if (e >= 0 && e + 1 <= lastEnd(s, start, ruleEnd)) out.push({ s, c, start, ruleEnd, gold: e + 1 });
      return ruleEnd;
    };
    findIndirect(doc, direct.claimed, direct.found, record);
  }
  return out;
}

/** Feature ids, so that examples are compact integer arrays. */
const ids = new Map<string, number>();
const id = (f: string) => {
  let i = ids.get(f);
  if (i === undefined) {
    i = ids.size;
    ids.set(f, i);
  }
  return i;
};

/** Each instance as one feature-id array per candidate end (start+1 … sentence end). */
function encode(x: Instance): Int32Array[] {
  const { features } = rankEnds(new Map(), x.s, x.c, x.start, x.ruleEnd);
  const limit = lastEnd(x.s, x.start, x.ruleEnd);
  const out: Int32Array[] = [];
  // Every boundary competes in training (the clause-needs-a-verb filter applies at inference only).
  for (let e = x.start + 1; e <= x.s.tokens.length; e++) out.push((e <= limit && boundary(x.s.tokens[e])) || e === x.ruleEnd || e === x.gold ? Int32Array.from(features(e).map(id)) : new Int32Array(0));
  return out;
}

function train(set: readonly Instance[], epochs: number): Map<string, number> {
  const encoded = set.map(encode);
  const n = ids.size;
  const w = new Float64Array(n);
  const total = new Float64Array(n);
  const stamp = new Float64Array(n);
  let c = 1;
  const bump = (f: number, by: number) => {
    total[f]! += w[f]! * (c - stamp[f]!);
    stamp[f] = c;
    w[f]! += by;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    set.forEach((x, i) => {
      const cands = encoded[i]!;
      let best = x.ruleEnd - x.start - 1;
      let bestScore = -Infinity;
      cands.forEach((fs, k) => {
        if (fs.length === 0) return;
        let sc = 0;
        for (const f of fs) sc += w[f]!;
        if (sc > bestScore) {
          bestScore = sc;
          best = k;
        }
      });
      const gold = x.gold - x.start - 1;
      if (best !== gold) {
        for (const f of cands[gold]!) bump(f, 1);
        for (const f of cands[best]!) bump(f, -1);
      }
      c++;
    });
  }
  const out = new Map<string, number>();
  for (const [f, i] of ids) {
    const avg = (total[i]! + w[i]! * (c - stamp[i]!)) / c;
    if (Math.abs(avg) >= 0.001) out.set(f, Math.round(avg * 1000) / 1000);
  }
  return out;
}

function accuracy(name: string, weights: ReadonlyMap<string, number>, test: readonly Instance[]): void {
  let rules = 0;
  let ranker = 0;
  let fixed = 0;
  let broken = 0;
  for (const x of test) {
    const best = rankEnds(weights, x.s, x.c, x.start, x.ruleEnd).best;
    if (x.ruleEnd === x.gold) rules++;
    if (best === x.gold) ranker++;
    if (best === x.gold && x.ruleEnd !== x.gold) fixed++;
    if (best !== x.gold && x.ruleEnd === x.gold) broken++;
    if (process.env.SHOW_ENDS && best !== x.gold && name.startsWith('held')) {
      const t = (a: number, b: number) => x.s.tokens.slice(a, b).map((u) => u.text).join(' ');
      console.log(`[${x.c.lemma}] ${t(x.start, x.gold)} ‖ gold | rule +${x.ruleEnd - x.gold} ranker +${best - x.gold} | next: ${t(x.gold, x.gold + 8)}`);
    }
  }
  console.log(`${name}: ${test.length} contents; exact end, rules ${(rules / test.length).toFixed(3)}, ranker ${(ranker / test.length).toFixed(3)} (fixed ${fixed}, broken ${broken})`);
}

const epochsAt = process.argv.indexOf('--epochs');
const epochs = epochsAt > 0 ? Number(process.argv[epochsAt + 1]) : 3;
// Held out: every sixth article (the files are grouped by outlet, so a tail slice would be one outlet only).
const heldOut = (i: number) => holdout > 0 && i % 6 === 5;
const trainSet = instances(articles.filter((_, i) => !heldOut(i)));
const weights = train(trainSet, epochs);
console.log(`${trainSet.length} training contents, ${ids.size} features, ${weights.size} kept`);
accuracy('train', weights, trainSet);
if (holdout > 0) accuracy('held-out (every sixth article)', weights, instances(articles.filter((_, i) => heldOut(i))));
if (holdout === 0 || process.argv.includes('--write')) {
  const sorted = Object.fromEntries([...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(join(projectRoot, 'src/stages/quotes/data/span-model.json'), `${JSON.stringify({ weights: sorted })}\n`);
  console.log('wrote src/stages/quotes/data/span-model.json');
  // The pipeline loads the weights as generated tables: regenerate them from the new weights.
  writeModelTables();
}
