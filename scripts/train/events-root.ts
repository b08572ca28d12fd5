/**
 * Trains the CAMEO-root fallback (src/stages/events/learned.ts) and writes its weights to
 * src/stages/events/data/root-nb.json: multinomial naive Bayes on the TUNING annotations only
 * (test/annotations/events.json; never the held-out or blind sets) plus the codebook's code names and
 * descriptions as one short document per code. The margin by which the model may overrule the rules'
 * plain statement (010) is chosen by leave-one-article-out cross-validation on the tuning set.
 *   npx tsx scripts/train/events-root.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../src/stages/events/classify.js';
import { features, learnedRoot, type NbModel } from '../../src/stages/events/learned.js';
import { annotatedSource, attributionFor, prepare, type AnnotatedStatement } from '../../test/support/annotations.js';
import { datasetDir, projectRoot } from '../../test/support/shared.js';

const LABELS = (process.env.NB_LABELS ?? '01,02,03,05,11,12,13').split(',');
const ALPHA = 0.5;

interface Example {
  group: string;
  label: string;
  cue: string;
  content: string;
}

function train(examples: readonly Example[], margin: number): NbModel {
  const counts = LABELS.map(() => new Map<string, number>());
  const totals = LABELS.map(() => 0);
  const docs = LABELS.map(() => 0);
  const vocab = new Set<string>();
  for (const e of examples) {
    const k = LABELS.indexOf(e.label);
    if (k < 0) continue;
    docs[k]!++;
    for (const f of features(e.cue, e.content)) {
      counts[k]!.set(f, (counts[k]!.get(f) ?? 0) + 1);
      totals[k]!++;
      vocab.add(f);
    }
  }
  const n = docs.reduce((a, b) => a + b, 0);
  const v = vocab.size;
  const weights: Record<string, number[]> = {};
  for (const f of [...vocab].sort()) weights[f] = LABELS.map((_, k) => round(Math.log(((counts[k]!.get(f) ?? 0) + ALPHA) / (totals[k]! + ALPHA * v))));
  return {
    labels: LABELS,
    prior: LABELS.map((_, k) => round(Math.log((docs[k]! + 1) / (n + LABELS.length)))),
    unseen: LABELS.map((_, k) => round(Math.log(ALPHA / (totals[k]! + ALPHA * v)))),
    weights,
    margin,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function codebookExamples(): Example[] {
  const csv = readFileSync(join(datasetDir('cameo')!, 'cameo-codes.csv'), 'utf8').split('\n').slice(1);
  const out: Example[] = [];
  for (const line of csv) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    const [code, name, , description] = cells;
    if (!code || !/^\d{3,4}$/.test(code)) continue;
    out.push({ group: 'codebook', label: code.slice(0, 2), cue: '', content: `${name ?? ''} ${description ?? ''}` });
  }
  return out;
}

function tuningExamples(): Example[] {
  const root = join(datasetDir('raw-news')!, '..');
  const ann = JSON.parse(readFileSync(join(projectRoot, 'test/annotations/events.json'), 'utf8')) as { statements: AnnotatedStatement[] };
  const out: Example[] = [];
  for (const s of ann.statements) {
    const body = annotatedSource(root, s.file);
    const p = body === null ? null : prepare(body, s.file, s.published);
    const a = p && attributionFor(p, s);
    if (!a) continue;
    out.push({ group: s.file, label: s.cameo.slice(0, 2), cue: s.cue, content: a.content.text });
  }
  return out;
}

if (!datasetDir('raw-news') || !datasetDir('cameo')) {
  console.error('../shared/datasets is absent: nothing to train on');
  process.exit(1);
}
const codebook = codebookExamples();
const tuning = tuningExamples();

// Leave one article out: how root accuracy on the tuning set moves with the margin.
const margins = [0, 0.5, 1, 1.5, 2, 3, 4, 6, 1000];
const right = margins.map(() => 0);
const groups = [...new Set(tuning.map((e) => e.group))];
for (const g of groups) {
  const m = train([...codebook, ...tuning.filter((e) => e.group !== g)], 0);
  for (const e of tuning.filter((x) => x.group === g)) {
    const rule = classify(e.cue, e.content).cameo.slice(0, 2);
    const learned = learnedRoot(e.cue, e.content, m);
    margins.forEach((mg, i) => {
      const got = rule === '01' && learned && learned.odds >= mg ? learned.root : rule;
      if (got === e.label) right[i]!++;
    });
  }
}
margins.forEach((mg, i) => console.log(`margin ${mg}: root accuracy ${(right[i]! / tuning.length).toFixed(3)} (leave one article out, ${tuning.length} statements)`));
const best = margins[right.indexOf(Math.max(...right))]!;
console.log(`chosen margin: ${best}`);
writeFileSync(join(projectRoot, 'src/stages/events/data/root-nb.json'), `${JSON.stringify(train([...codebook, ...tuning], best))}\n`);
