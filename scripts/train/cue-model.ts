/**
 * Trains the cue detector of src/stages/quotes/cue-model.ts from ../shared/datasets/polnear/train ONLY
 * (never dev): an averaged perceptron, deterministic (fixed order, no randomness). Writes the pruned
 * weights to src/stages/quotes/data/cue-model.json; the corpus itself is never written anywhere.
 * Run: `npx tsx scripts/train/cue-model.ts [--holdout N]` (--holdout keeps the last N train articles out
 * of training and reports precision/recall on them, to pick the threshold).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../src/core/stage.js';
import { cueFeatures, cueScore, type CueModel } from '../../src/stages/quotes/cue-model.js';
import { viewDocument } from '../../src/stages/quotes/document.js';
import { cueModifiers } from '../../src/stages/quotes/lexicon.js';
import { segment } from '../../src/stages/segment/index.js';
import { projectRoot } from '../../test/support/shared.js';
import { datasetDir } from '../../test/support/shared.js';
import { loadPolnear } from '../eval/polnear-data.js';

interface Example {
  readonly features: string[];
  readonly label: 1 | -1;
}

const root = datasetDir('polnear');
if (!root) {
  console.log('skipped: ../shared/datasets/polnear is absent');
  process.exit(0);
}
const holdoutAt = process.argv.indexOf('--holdout');
const holdout = holdoutAt > 0 ? Number(process.argv[holdoutAt + 1]) : 0;
const articles = loadPolnear(join(root, 'train'));

function examples(texts: typeof articles): Example[] {
  const out: Example[] = [];
  for (const a of texts) {
    const doc = viewDocument(a.text, segment.run({ text: a.text }, createContext()));
    const cues = a.gold.flatMap((g) => g.cue ?? []);
    for (const s of doc.sentences) {
      const inQuote = s.quoteOf.map((q) => q !== -1);
      s.tokens.forEach((t, i) => {
        if (!t.word || t.cap && i > 0) return;
        // The head of a cue: its first word that is not an auxiliary or adverb.
        const cue = cues.find((c) => c.start <= t.start && t.end <= c.end);
        const head = cue !== undefined && !cueModifiers.has(t.lower) && !s.tokens.slice(0, i).some((u) => u.word && cue.start <= u.start && !cueModifiers.has(u.lower));
        out.push({ features: cueFeatures(s.tokens, i, inQuote), label: head ? 1 : -1 });
      });
    }
  }
  return out;
}

const trainSet = examples(articles.slice(0, articles.length - holdout));
const w = new Map<string, number>();
const total = new Map<string, number>();
const stamp = new Map<string, number>();
let bias = 0;
let biasTotal = 0;
let c = 1;
for (let epoch = 0; epoch < 6; epoch++) {
  for (const ex of trainSet) {
    let s = bias;
    for (const f of ex.features) s += w.get(f) ?? 0;
    if (s * ex.label <= 0) {
      for (const f of ex.features) {
        // Lazy averaging: accumulate weight × time since its last change.
        total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (c - (stamp.get(f) ?? 0)));
        stamp.set(f, c);
        w.set(f, (w.get(f) ?? 0) + ex.label);
      }
      biasTotal += bias * 1;
      bias += ex.label;
    } else biasTotal += bias;
    c++;
  }
}
const weights: Record<string, number> = {};
for (const [f, v] of w) {
  const avg = ((total.get(f) ?? 0) + v * (c - (stamp.get(f) ?? 0))) / c;
  if (Math.abs(avg) >= 0.002) weights[f] = Math.round(avg * 1000) / 1000;
}
const model: CueModel = { bias: Math.round((biasTotal / c) * 1000) / 1000, threshold: 0, weights };

if (holdout > 0) {
  const test = examples(articles.slice(articles.length - holdout));
  for (const th of [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const ex of test) {
      const pos = cueScore(model, ex.features) > th;
      if (pos && ex.label === 1) tp++;
      else if (pos) fp++;
      else if (ex.label === 1) fn++;
    }
    console.log(`threshold ${th}: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`);
  }
}
if (holdout === 0 || process.argv.includes('--write')) {
  const path = join(projectRoot, 'src', 'stages', 'quotes', 'data', 'cue-model.json');
  writeFileSync(path, `${JSON.stringify({ about: 'Averaged-perceptron cue detector trained on PolNeAR train by scripts/train/cue-model.ts. Feature → weight.', ...model })}\n`);
  console.log(`${Object.keys(weights).length} features, ${trainSet.length} examples → ${path}`);
}
