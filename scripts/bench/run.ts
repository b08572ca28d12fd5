/**
 * `npm run bench`: speed and memory as ratios against a baseline measured in the same run, one
 * process. Each section returns figures like an eval section (scripts/eval/report.ts); add yours
 * to the list. `--json` prints the figures as JSON; a name argument runs matching sections only.
 */
import { formatSection, skipped, type EvalSection } from '../eval/report.js';
import { benchApiSection } from './api.js';
import { benchCliStart } from './cli-start.js';
import { benchCleanHtml } from './clean-html.js';
import { benchIngest } from './ingest.js';
import { benchLetterCase } from './letter-case.js';
import { benchPostgres } from './postgres.js';
import { benchQuotes } from './quotes.js';
import { benchScorers } from './scorers.js';
import { benchSearch } from './search.js';
import { benchStagesSections } from './stages.js';
import { benchWordRegExp } from './word-regexp.js';
import { benchWarmUp } from './warm-up.js';
import { benchWorkerStart } from './worker-start.js';

const sections: { name: string; run: () => EvalSection | EvalSection[] | Promise<EvalSection | EvalSection[]> }[] = [
  { name: 'stages', run: benchStagesSections },
  { name: 'worker-start', run: benchWorkerStart },
  { name: 'warm-up', run: () => benchWarmUp() },
  { name: 'cli-start', run: benchCliStart },
  { name: 'scorers', run: benchScorers },
  { name: 'word-regexp', run: () => benchWordRegExp() },
  { name: 'letter-case', run: benchLetterCase },
  { name: 'clean-html', run: benchCleanHtml },
  { name: 'quotes', run: quotesSection },
  { name: 'store-ingest', run: benchIngest },
  { name: 'store-search', run: () => benchSearch() },
  { name: 'store-postgres', run: benchPostgres },
  { name: 'api', run: () => benchApiSection({ log: (l) => process.stderr.write(`${l}\n`) }) },
];

function quotesSection(): EvalSection {
  const b = benchQuotes();
  if (!b) return skipped('quotes: extraction speed on polnear/dev', '../shared/datasets/polnear is absent');
  return {
    name: `quotes: extraction speed on polnear/dev (${b.articles} articles × ${b.rounds})`,
    skipped: null,
    figures: [
      { label: 'extract() articles/s', value: b.extractPerSecond, bar: { op: '>=', value: 50 } },
      { label: 'quotes stage articles/s', value: b.quotesPerSecond },
      { label: 'segment stage articles/s (baseline)', value: b.segmentPerSecond },
      { label: 'quotes cost × segment', value: b.quotesVsSegment },
      { label: '8× longer document: × time (linear = 8)', value: b.longDocumentScaling },
    ],
  };
}

const asJson = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const results: EvalSection[] = [];
for (const section of sections) {
  if (only.length > 0 && !only.some((o) => section.name.includes(o))) continue;
  const started = performance.now();
  const got = await section.run();
  for (const s of Array.isArray(got) ? got : [got]) {
    results.push(s);
    if (!asJson) process.stdout.write(`${formatSection(s)}  (${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
  }
}
if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
