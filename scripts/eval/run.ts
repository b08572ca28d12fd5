/**
 * `npm run eval`: every quality figure of DESIGN.md on ../shared/datasets (or COMMUNIQUE_SHARED).
 * Sections whose data is absent are skipped, saying so. `--json` prints the figures as JSON.
 */
import { evalArticleExtraction } from './article-extraction.js';
import { evalCleanRawNews } from './clean-raw-news.js';
import { evalEvents } from './events.js';
import { evalGolden } from './golden.js';
import { evalPolnear } from './polnear.js';
import { evalRawNews } from './raw-news.js';
import { formatSection, type EvalSection } from './report.js';
import { evalSeed } from './seed.js';

const sections: (() => EvalSection | Promise<EvalSection>)[] = [
  evalSeed,
  evalRawNews,
  evalCleanRawNews,
  evalArticleExtraction,
  evalPolnear,
  evalEvents,
  evalGolden,
];

const asJson = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const results: EvalSection[] = [];
for (const section of sections) {
  const started = performance.now();
  const s = await section();
  if (only.length > 0 && !only.some((o) => s.name.includes(o))) continue;
  results.push(s);
  if (!asJson) process.stdout.write(`${formatSection(s)}  (${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
}
if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
