/**
 * `npm run eval [-- NAME…] [--json]`: every quality figure of DESIGN.md on ../shared/datasets
 * (or COMMUNIQUE_SHARED). Sections whose data is absent are skipped, saying so. NAME runs only the
 * sections whose key contains it (e.g. `npm run eval -- polnear`).
 */
import { evalArticleExtraction } from './article-extraction.js';
import { evalCleanRawNews } from './clean-raw-news.js';
import { evalEvents, evalEventsHeldout, evalEventsBlind, evalEventsFresh, evalEventsFresh2, evalEventsFresh3, evalEventsFresh4, evalEventsFresh5, evalEventsFresh6 } from './events.js';
import { evalGolden } from './golden.js';
import { evalPolnear } from './polnear.js';
import { evalRawNews } from './raw-news.js';
import { formatSection, type EvalSection } from './report.js';
import { evalSeed } from './seed.js';

const sections: Record<string, () => EvalSection | Promise<EvalSection>> = {
  seed: evalSeed,
  'raw-news': evalRawNews,
  'clean-raw-news': evalCleanRawNews,
  'article-extraction': evalArticleExtraction,
  polnear: evalPolnear,
  events: evalEvents,
  'events-heldout': evalEventsHeldout,
  'events-blind': evalEventsBlind,
  'events-fresh': evalEventsFresh,
  'events-fresh2': evalEventsFresh2,
  'events-fresh3': evalEventsFresh3,
  'events-fresh4': evalEventsFresh4,
  'events-fresh5': evalEventsFresh5,
  'events-fresh6': evalEventsFresh6,
  golden: evalGolden,
};

const asJson = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (process.argv.includes('--list')) {
  process.stdout.write(`${Object.keys(sections).join('\n')}\n`);
  process.exit(0);
}
const unknown = only.filter((o) => !Object.keys(sections).some((key) => key.includes(o)));
if (unknown.length > 0) {
  process.stderr.write(`No eval section matches ${unknown.join(', ')}; the sections are: ${Object.keys(sections).join(', ')}.\n`);
  process.exit(2);
}
const results: EvalSection[] = [];
for (const [key, section] of Object.entries(sections)) {
  if (only.length > 0 && !only.some((o) => key.includes(o))) continue;
  const started = performance.now();
  const s = await section();
  results.push(s);
  if (!asJson) process.stdout.write(`${formatSection(s)}  (${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
}
if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
