/**
 * Pronoun sources on a HELD-OUT slice of PolNeAR train (never dev), for hand-checking the scorer's proxy:
 * `npx tsx scripts/eval/polnear-pronouns.ts [N] [--show]` takes the last N train articles (default 100) and,
 * for each matched content whose gold source is a pronoun, compares our resolved name with the proxy
 * antecedent (the nearest earlier gold source holding a capitalised name). --show prints each disagreement
 * with its context to the terminal, so a person can judge whether we or the proxy are wrong.
 */
import { join } from 'node:path';
import { datasetDir } from '../../test/support/shared.js';
import { attributionsOf } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { matchArticle, pronounSources, proxyAntecedents, speakerMatches } from './polnear-score.js';

const root = datasetDir('polnear');
if (!root) {
  console.log('skipped: ../shared/datasets/polnear is absent');
  process.exit(0);
}
const n = Number(process.argv[2] ?? 100);
const show = process.argv.includes('--show');
const articles = loadPolnear(join(root, 'train')).slice(-n);


const byPronoun = new Map<string, { total: number; right: number }>();
for (const a of articles) {
  const pred = attributionsOf(a.text);
  const { match: m } = matchArticle(a.text, a.gold, pred);
  const named = proxyAntecedents(a.text, a.gold);
  for (const { pi, pronoun, src, ref } of pronounSources(a.text, a.gold, named, m)) {
    const right = speakerMatches(a.text.slice(ref.start, ref.end), [pred[pi]!.speakerName]);
    const tally = byPronoun.get(pronoun) ?? { total: 0, right: 0 };
    tally.total++;
    if (right) tally.right++;
    byPronoun.set(pronoun, tally);
    if (show && !right) {
      const context = a.text.slice(Math.max(0, src.start - 150), src.end + 20).replace(/\n/g, ' ¶ ');
      console.log(`${pronoun} | proxy=${a.text.slice(ref.start, ref.end)} | ours=${pred[pi]!.speakerName} | ${context}`);
    }
  }
}
for (const [p, t] of byPronoun) console.log(`${p}: ${t.right}/${t.total} agree with the proxy`);
