import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanDocument } from '../../src/pipeline/extract.js';
import { datasetDir } from '../../test/support/shared.js';
import { scorePage, summarise } from '../../test/support/shingle-metric.js';
import { skipped, type EvalSection } from '../eval/report.js';
import { measure } from './measure.js';

const ROUNDS = 3;

/** Our HTML extractor against @mozilla/readability over linkedom, same pages, same process. */
export function benchCleanHtml(): EvalSection {
  const dir = datasetDir('article-extraction');
  if (!dir) return skipped('bench: clean HTML vs Readability.js + linkedom', '../shared/datasets/article-extraction is absent');
  const truth = JSON.parse(readFileSync(join(dir, 'dev', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages = readdirSync(join(dir, 'dev', 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: gunzipSync(readFileSync(join(dir, 'dev', 'html', f))).toString('utf8') }));

  const ours = (p: { id: string; html: string }) => {
    const r = cleanDocument({ source: p.id, body: p.html, mediaType: 'text/html' });
    return r.ok ? r.value.text : '';
  };
  const readability = (p: { id: string; html: string }) => {
    const { document } = parseHTML(p.html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
  };

  const a = measure(pages, ROUNDS, ours);
  const b = measure(pages, ROUNDS, readability);
  const f1 = (fn: (p: { id: string; html: string }) => string) => summarise(pages.map((p) => scorePage(truth[p.id]?.articleBody ?? '', fn(p)))).f1;
  const mib = pages.reduce((n, p) => n + p.html.length, 0) / 2 ** 20;
  return {
    name: 'bench: clean HTML vs Readability.js + linkedom',
    skipped: null,
    figures: [
      { label: 'pages (× rounds)', value: `${pages.length} × ${ROUNDS} (${mib.toFixed(1)} MiB of HTML)` },
      { label: 'ours pages/s', value: a.pagesPerSecond },
      { label: 'readability pages/s', value: b.pagesPerSecond },
      { label: 'speed ratio (ours / readability)', value: a.pagesPerSecond / b.pagesPerSecond, bar: { op: '>=', value: 3 } },
      { label: 'ours peak heap above start MiB', value: a.peakHeapMiB },
      { label: 'readability peak heap above start MiB', value: b.peakHeapMiB },
      { label: 'memory ratio (readability / ours)', value: b.peakHeapMiB / Math.max(a.peakHeapMiB, 0.001) },
      { label: 'ours F1 (same pages)', value: f1(ours) },
      { label: 'readability F1 (textContent)', value: f1(readability) },
    ],
    notes: [`peak RSS: ours ${a.peakRssMiB.toFixed(0)} MiB, readability ${b.peakRssMiB.toFixed(0)} MiB (process-wide, readability runs second)`],
  };
}
