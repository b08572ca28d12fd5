/**
 * Pronoun sources on PolNeAR TRAIN (SPLIT=dev only for aggregate counts, never to read errors): for each
 * matched content whose gold source is a pronoun, whether our resolved name agrees with the scorer's proxy
 * antecedent, broken down by pronoun, by whether we found the proxy's own attribution (ref-detected-ok /
 * ref-missed) and by whether it is the attribution right before ours (prev=ref). P=he,she keeps those
 * pronouns; SHOW=1 prints each disagreement with its context and our --explain line.
 * `P=he,she SHOW=1 npx tsx scripts/diag/pronoun-diag.ts`
 */
import { join } from 'node:path';
import { datasetDir } from '../../test/support/shared.js';
import { createContext } from '../../src/core/stage.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import { loadPolnear } from '../eval/polnear-data.js';
import { matchArticle, pronounSources, proxyAntecedents, SCRIPT_PRONOUNS, speakerMatches } from '../eval/polnear-score.js';
const only = process.env.P ? new Set(process.env.P.split(',')) : null;
const articles = loadPolnear(join(datasetDir('polnear')!, process.env.SPLIT ?? 'train'));
const cat = new Map<string, number>();
const inc = (k: string) => cat.set(k, (cat.get(k) ?? 0) + 1);
for (const a of articles) {
  const ctx = createContext({ explain: !!process.env.SHOW });
  const pred = quotes.run({ text: a.text, segments: segment.run({ text: a.text }, ctx), mentions: [] }, ctx);
  const lines = ctx.lines.filter((l) => l.stage === 'quotes');
  const { match: m } = matchArticle(a.text, a.gold, pred);
  const named = proxyAntecedents(a.text, a.gold);
  for (const { pi, pronoun, src, ref } of pronounSources(a.text, a.gold, named, m, only ?? SCRIPT_PRONOUNS)) {
    const refText = a.text.slice(ref.start, ref.end);
    const p = pred[pi]!;
    const right = speakerMatches(refText, [p.speakerName]);
    // predicted attribution whose source overlaps the proxy
    const refPred = pred.find((q) => q.source && q.source.start < ref.end && ref.start < q.source.end);
    const prevPred = pred.filter((q) => q.source && q.source.start < (p.source?.start ?? src.start)).at(-1);
    const refDetected = refPred ? (speakerMatches(refText, [refPred.speakerName, refPred.source!.text]) ? 'ref-detected-ok' : 'ref-detected-badname') : 'ref-missed';
    const prevIsRef = prevPred && refPred && prevPred === refPred ? 'prev=ref' : 'prev≠ref';
    const k = `${pronoun} ${right ? 'RIGHT' : 'WRONG'} ${refDetected} ${prevIsRef}`;
    inc(k);
    if (!right && process.env.SHOW) {
      const cx = a.text.slice(Math.max(0, src.start - 200), src.end + 20).replace(/\n/g, ' ¶ ');
      console.log(`[${k}] proxy=${refText} | ours=${p.speakerName} | src=${p.source?.text} | prev=${prevPred?.speakerName ?? '-'}(${prevPred?.source?.text ?? ''}) | ${cx}\n   WHY ${lines[pi]?.line.replace(/^.*?; source /, '')}\n`);
    }
  }
}
for (const [k, v] of [...cat].sort()) console.log(v, k);
