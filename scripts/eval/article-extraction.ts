import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanDocument } from '../../src/pipeline/extract.js';
import { datasetDir } from '../../test/support/shared.js';
import { scorePage, summarise, type PageScore } from '../../test/support/shingle-metric.js';
import { skipped, type EvalSection } from './report.js';

export interface PageResult {
  readonly id: string;
  readonly truth: string;
  readonly predicted: string;
  readonly score: PageScore;
}

/** Our extractor on every dev page of the benchmark, scored with its metric. */
export function runArticleExtraction(dir: string): PageResult[] {
  const truth = JSON.parse(readFileSync(join(dir, 'dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const out: PageResult[] = [];
  for (const [id, gt] of Object.entries(truth)) {
    const body = gunzipSync(readFileSync(join(dir, 'dev', 'html', `${id}.html.gz`)));
    const r = cleanDocument({ source: id, body, mediaType: 'text/html', hints: { url: gt.url } });
    const predicted = r.ok ? r.value.text : '';
    out.push({ id, truth: gt.articleBody, predicted, score: scorePage(gt.articleBody, predicted) });
  }
  return out;
}

/** article-extraction/dev with the benchmark's metric (CARD.md): P, R, F1 and accuracy. */
export function evalArticleExtraction(): EvalSection {
  const dir = datasetDir('article-extraction');
  if (!dir) return skipped('clean: article-extraction/dev (benchmark metric)', '../shared/datasets/article-extraction is absent');
  const pages = runArticleExtraction(dir);
  const s = summarise(pages.map((p) => p.score));
  const pr = (p: PageScore) => ({ p: p.tp + p.fp > 0 ? p.tp / (p.tp + p.fp) : 0, r: p.tp + p.fn > 0 ? p.tp / (p.tp + p.fn) : 0 });
  const f1 = (p: PageScore) => {
    const { p: a, r: b } = pr(p);
    return a + b === 0 ? 0 : (2 * a * b) / (a + b);
  };
  const worst = [...pages].sort((a, b) => f1(a.score) - f1(b.score)).slice(0, 10);
  return {
    name: 'clean: article-extraction/dev (benchmark metric)',
    skipped: null,
    figures: [
      { label: 'pages', value: s.pages },
      { label: 'precision', value: s.precision },
      { label: 'recall', value: s.recall },
      { label: 'F1', value: s.f1, bar: { op: '>=', value: 0.97 } },
      { label: 'accuracy', value: s.accuracy },
    ],
    notes: [
      'anchors on this dev half: trafilatura 2.2.0 F1 0.961, Readability.js 0.951',
      ...worst.map((w) => `worst: ${w.id.slice(0, 8)} F1 ${f1(w.score).toFixed(3)} (P ${pr(w.score).p.toFixed(2)} / R ${pr(w.score).r.toFixed(2)})`),
    ],
  };
}
