/**
 * He/she sources on PolNeAR TRAIN (never dev) whose proxy antecedent is among no candidate of the ranker:
 * prints the proxy, the candidates and the excluded ones, to see what the candidate builder misses.
 * `npx tsx scripts/diag/antecedent-reach.ts [--all]` (--all also prints ranked-wrong cases).
 */
import { createContext } from '../../src/core/stage.js';
import { rankAntecedents } from '../../src/stages/quotes/antecedent-model.js';
import { viewDocument } from '../../src/stages/quotes/document.js';
import { findAttributions } from '../../src/stages/quotes/index.js';
import { resolveSpeakers } from '../../src/stages/quotes/resolve-speaker.js';
import { segment } from '../../src/stages/segment/index.js';
import { canBeOnePerson, proxyAntecedents, speakerMatches } from '../eval/polnear-score.js';
import { trainingData } from '../train/train-data.js';

const { articles } = trainingData();
const all = process.argv.includes('--all');
let unreachable = 0;
let wrong = 0;
let total = 0;
for (const a of articles) {
  const doc = viewDocument(a.text, segment.run({ text: a.text }, createContext()));
  const found = findAttributions(doc);
  const proxies = proxyAntecedents(a.text, a.gold);
  resolveSpeakers(doc, found, {
    observe: (i, set) => {
      const src = found[i]!.source!;
      const ref = proxies.findLast((s) => s.end <= src.start && canBeOnePerson(a.text.slice(s.start, s.end)));
      if (!ref) return;
      total++;
      const refText = a.text.slice(ref.start, ref.end);
      const right = set.candidates.map((c) => speakerMatches(refText, [c.name]));
      const ranked = rankAntecedents(set.candidates, set.context);
      const reach = right.some(Boolean);
      const ok = ranked[0] && right[set.candidates.indexOf(ranked[0].candidate)];
      if (!reach) unreachable++;
      else if (!ok) wrong++;
      if (!reach || (all && !ok)) {
        const cx = a.text.slice(Math.max(0, src.start - 160), src.end + 10).replace(/\n/g, ' ¶ ');
        console.log(`${reach ? 'RANKED-WRONG' : 'UNREACHABLE'} proxy=${refText} | cands=${ranked.map((r) => `${r.candidate.label}:${r.score}`).join(', ')} | excl=${set.excluded.map((x) => `${x.label}(${x.why})`).join(', ')} | ${cx}\n`);
      }
    },
  });
}
console.log(`${total} he/she sources with a proxy; unreachable ${unreachable}, ranked wrong ${wrong}`);
