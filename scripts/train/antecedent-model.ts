/**
 * Trains the he/she antecedent ranker of src/stages/quotes/antecedent-model.ts from
 * ../shared/datasets/polnear/train ONLY (never dev): a conditional logit (softmax over each source's
 * candidates), deterministic (fixed order, no randomness); LEARNER=perceptron trains an averaged ranking
 * perceptron instead. For every he/she source our finders propose, the candidates are those
 * person-candidates.ts builds; the right ones are those matching the CARD's proxy antecedent, exactly as
 * scripts/eval/polnear-score.ts picks it (the nearest earlier gold source holding a name that one person can
 * be). Sources whose proxy is shown to be of the other gender are not learnt from (the proxy ignores gender).
 * Earlier speakers depend on earlier resolutions, so features are collected twice: with no weights (nearest
 * candidate first), then with the first model. Writes src/stages/quotes/data/antecedent-model.json; the
 * corpus is written nowhere. `npm run train:antecedents` (or `npx tsx scripts/train/antecedent-model.ts
 * [--holdout N] [--write]`: --holdout keeps the last N train articles out and prints the accuracy on them of
 * the ranker, of the nearest candidate and of the hand-written rule alone).
 *
 * Measured (he/she sources our finders propose that have a proxy, last 420 train articles held out): ranker
 * 985/1289 (0.764), hand-written rule alone 984 (0.763), nearest candidate 674 (0.523).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../src/core/stage.js';
import { antecedentFeatures, type AntecedentModel } from '../../src/stages/quotes/antecedent-model.js';
import { viewDocument } from '../../src/stages/quotes/document.js';
import { findAttributions } from '../../src/stages/quotes/index.js';
import { resolveSpeakers } from '../../src/stages/quotes/resolve-speaker.js';
import { segment } from '../../src/stages/segment/index.js';
import { projectRoot } from '../../test/support/shared.js';
import { canBeOnePerson, proxyAntecedents, speakerMatches } from '../eval/polnear-score.js';
import { trainingData } from './train-data.js';

/** One he/she source: each candidate's features and whether it is the proxy antecedent. */
interface Example {
  readonly candidates: readonly { features: readonly string[]; right: boolean }[];
}

const { articles, holdout } = trainingData();
const prepared = articles.map((a) => {
  const doc = viewDocument(a.text, segment.run({ text: a.text }, createContext()));
  return { a, doc, found: findAttributions(doc), proxies: proxyAntecedents(a.text, a.gold) };
});

function examples(from: number, to: number, model: AntecedentModel, learning = true): Example[] {
  const out: Example[] = [];
  for (const { a, doc, found, proxies } of prepared.slice(from, to)) {
    resolveSpeakers(doc, found, {
      model,
      observe: (i, set) => {
        const src = found[i]!.source!;
        const ref = proxies.findLast((s) => s.end <= src.start && canBeOnePerson(a.text.slice(s.start, s.end)));
        if (!ref) return;
        const refText = a.text.slice(ref.start, ref.end);
        const right = set.candidates.map((c) => speakerMatches(refText, [c.name]));
        // The proxy ignores gender ("Hillary Clinton" for a "he"): such a label is not the antecedent, so it teaches nothing.
        if (learning && set.candidates.some((c, k) => right[k] && c.lexicalGender !== null && c.lexicalGender !== set.context.gender)) return;
        out.push({ candidates: set.candidates.map((c, k) => ({ features: antecedentFeatures(c, set.context), right: right[k]! })) });
      },
    });
  }
  return out;
}

function score(w: ReadonlyMap<string, number> | Readonly<Record<string, number>>, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += (w instanceof Map ? w.get(f) : (w as Record<string, number>)[f]) ?? 0;
  return s;
}

/** Index of the best candidate (the first on ties: candidates come nearest first). */
function best(w: ReadonlyMap<string, number> | Readonly<Record<string, number>>, ex: Example): number {
  let bi = -1;
  let bs = -Infinity;
  ex.candidates.forEach((c, i) => {
    const s = score(w, c.features);
    if (s > bs) {
      bs = s;
      bi = i;
    }
  });
  return bi;
}

/** Averaged ranking perceptron: when a wrong candidate wins, move toward the best right one. */
function train(set: readonly Example[], epochs: number): AntecedentModel {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let c = 1;
  const bump = (f: string, by: number) => {
    total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (c - (stamp.get(f) ?? 0)));
    stamp.set(f, c);
    w.set(f, (w.get(f) ?? 0) + by);
  };
  for (let e = 0; e < epochs; e++) {
    for (const ex of set) {
      c++;
      if (!ex.candidates.some((x) => x.right) || ex.candidates.every((x) => x.right)) continue;
      const p = best(w, ex);
      if (ex.candidates[p]!.right) continue;
      const right = ex.candidates.map((x, i) => ({ x, i })).filter(({ x }) => x.right);
      const g = right.reduce((a, b) => (score(w, b.x.features) > score(w, a.x.features) ? b : a));
      for (const f of g.x.features) bump(f, 1);
      for (const f of ex.candidates[p]!.features) bump(f, -1);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => a.localeCompare(b))) {
    const avg = ((total.get(f) ?? 0) + v * (c - (stamp.get(f) ?? 0))) / c;
    if (Math.abs(avg) >= 0.002) weights[f] = Math.round(avg * 1000) / 1000;
  }
  return { weights };
}

/**
 * Conditional logit over each source's candidates (softmax ranking), by stochastic gradient ascent on the
 * log-probability of the right candidates with an L2 penalty; deterministic (fixed order, no randomness).
 */
function trainLogit(set: readonly Example[], epochs: number, rate = 0.05, l2 = 1e-4): AntecedentModel {
  const w = new Map<string, number>();
  for (let e = 0; e < epochs; e++) {
    const lr = rate / (1 + e * 0.5);
    for (const ex of set) {
      if (!ex.candidates.some((x) => x.right) || ex.candidates.every((x) => x.right)) continue;
      const scores = ex.candidates.map((c) => score(w, c.features));
      const max = Math.max(...scores);
      const exp = scores.map((x) => Math.exp(x - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const zr = exp.reduce((a, b, i) => a + (ex.candidates[i]!.right ? b : 0), 0);
      const grad = new Map<string, number>();
      ex.candidates.forEach((c, i) => {
        // d/dw log(Zr/Z) = E_right[f] - E_all[f]
        const g = (c.right ? exp[i]! / zr : 0) - exp[i]! / z;
        for (const f of c.features) grad.set(f, (grad.get(f) ?? 0) + g);
      });
      for (const [f, g] of grad) w.set(f, (w.get(f) ?? 0) * (1 - lr * l2) + lr * g);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => a.localeCompare(b))) if (Math.abs(v) >= 0.002) weights[f] = Math.round(v * 1000) / 1000;
  return { weights };
}

function accuracy(set: readonly Example[], model: AntecedentModel): string {
  let right = 0;
  let reachable = 0;
  for (const ex of set) {
    if (ex.candidates.some((x) => x.right)) reachable++;
    const p = best(model.weights, ex);
    if (p >= 0 && ex.candidates[p]!.right) right++;
  }
  return `${right}/${set.length} = ${(right / set.length).toFixed(3)} (a right candidate exists for ${reachable})`;
}

const EPOCHS = Number(process.env.EPOCHS ?? 12);
const cut = articles.length - holdout;
const empty: AntecedentModel = { weights: {} };
const fit = process.env.LEARNER === 'perceptron' ? train : trainLogit;
const first = fit(examples(0, cut, empty), EPOCHS);
const data = examples(0, cut, first);
const model = fit(data, EPOCHS);
console.log(`${data.length} he/she sources with a proxy antecedent, ${Object.keys(model.weights).length} features kept; train ${accuracy(data, model)}`);
if (holdout > 0) {
  const test = examples(cut, articles.length, model, false);
  console.log(`held-out last ${holdout}: ranker ${accuracy(test, model)}; nearest candidate ${accuracy(examples(cut, articles.length, empty, false), empty)}; the hand-written rule ${accuracy(test, { weights: { rule: 1 } })}`);
}
if (holdout === 0 || process.argv.includes('--write')) {
  const path = join(projectRoot, 'src', 'stages', 'quotes', 'data', 'antecedent-model.json');
  const about = `${process.env.LEARNER === 'perceptron' ? 'Averaged ranking perceptron' : 'Conditional logit'} for the antecedent of a he/she source, trained on PolNeAR train by scripts/train/antecedent-model.ts. Feature → weight.`;
  writeFileSync(path, `${JSON.stringify({ about, ...model }, null, 0)}\n`);
  console.log(`→ ${path}`);
}
