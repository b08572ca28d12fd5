/**
 * Bench for stages 5 and 7 over PolNeAR dev, in one process: articles per second for the whole
 * `extract()` pipeline and for the quotes stage, with the segment stage alone as the in-run baseline
 * (ratios, not absolute timings, are what compare across machines). Run: `npx tsx scripts/bench/quotes.ts`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext } from '../../src/core/stage.js';
import { extract } from '../../src/pipeline/extract.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import { datasetDir } from '../../test/support/shared.js';
import { loadPolnear } from '../eval/polnear-data.js';

export interface QuotesBench {
  readonly articles: number;
  readonly rounds: number;
  readonly extractPerSecond: number;
  readonly quotesPerSecond: number;
  readonly segmentPerSecond: number;
  /** Quotes stage time ÷ segment stage time, in the same run. */
  readonly quotesVsSegment: number;
  /** Time on a document 8× longer ÷ time on the original (8 when the stage is linear). */
  readonly longDocumentScaling: number;
}

/** Seconds for stages 5 and 7 on one text. */
function once(text: string): number {
  const started = performance.now();
  quotes.run({ text, segments: segment.run({ text }, createContext()), mentions: [] }, createContext());
  return (performance.now() - started) / 1000;
}

function perSecond(texts: readonly string[], rounds: number, run: (t: string) => void): number {
  for (const t of texts) run(t); // warm-up: one full pass, so every measure starts with compiled code
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) run(t);
  return (texts.length * rounds) / ((performance.now() - started) / 1000);
}

/** Null when ../shared/datasets/polnear is absent. */
export function benchQuotes(rounds = 3): QuotesBench | null {
  const root = datasetDir('polnear');
  if (!root) return null;
  const texts = loadPolnear(join(root, 'dev')).map((a) => a.text);
  const segmentPerSecond = perSecond(texts, rounds, (text) => segment.run({ text }, createContext()));
  const segmented = texts.map((text) => ({ text, segments: segment.run({ text }, createContext()) }));
  for (const s of segmented) quotes.run({ ...s, mentions: [] }, createContext());
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of segmented) quotes.run({ ...s, mentions: [] }, createContext());
  const quotesPerSecond = (texts.length * rounds) / ((performance.now() - started) / 1000);
  const extractPerSecond = perSecond(texts, rounds, (text) => extract(text));
  // Scaling: the whole dev split as one document, then eight copies of it (a quadratic step shows up as ~64).
  const joined = texts.join('\n\n');
  once(joined);
  const longDocumentScaling = once(Array.from({ length: 8 }, () => joined).join('\n\n')) / once(joined);
  return { articles: texts.length, rounds, extractPerSecond, quotesPerSecond, segmentPerSecond, quotesVsSegment: segmentPerSecond / quotesPerSecond, longDocumentScaling };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const b = benchQuotes();
  if (!b) console.log('quotes bench skipped: ../shared/datasets/polnear is absent');
  else {
    console.log(`## quotes (polnear/dev, ${b.articles} articles × ${b.rounds})`);
    console.log(`  extract() pipeline      ${b.extractPerSecond.toFixed(0)} articles/s  (bar >= 50: ${b.extractPerSecond >= 50 ? 'met' : 'NOT met'})`);
    console.log(`  quotes stage alone      ${b.quotesPerSecond.toFixed(0)} articles/s`);
    console.log(`  segment stage baseline  ${b.segmentPerSecond.toFixed(0)} articles/s  (quotes costs ${b.quotesVsSegment.toFixed(1)}× segment)`);
    console.log(`  8× longer document      ${b.longDocumentScaling.toFixed(1)}× the time  (linear = 8)`);
  }
}
