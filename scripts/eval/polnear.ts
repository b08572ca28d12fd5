import { join } from 'node:path';
import type { Attribution } from '../../src/core/analysis.js';
import { createContext } from '../../src/core/stage.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import { datasetDir } from '../../test/support/shared.js';
import { loadPolnear } from './polnear-data.js';
import { emptyTally, f1, scoreDocument, type ScoredPrediction } from './polnear-score.js';
import { skipped, type EvalSection } from './report.js';

/** Stages 5 and 7 on one text (PolNeAR texts are already clean: headline, blank line, paragraphs). */
export function attributionsOf(text: string): readonly Attribution[] {
  const ctx = createContext();
  const segments = segment.run({ text }, ctx);
  return quotes.run({ text, segments, mentions: [] }, ctx);
}

export function toScored(a: Attribution): ScoredPrediction {
  return {
    content: a.content.fragments ?? [{ start: a.content.start, end: a.content.end }],
    cue: a.cue,
    sourceText: a.source?.text ?? null,
    speakerName: a.speakerName,
  };
}

/** PolNeAR dev (or the split named by POLNEAR_SPLIT), scored as its CARD.md says. */
export function evalPolnear(): EvalSection {
  const root = datasetDir('polnear');
  const split = process.env.POLNEAR_SPLIT ?? 'dev';
  const name = `polnear/${split}${process.env.POLNEAR_LAST ? ` (last ${process.env.POLNEAR_LAST})` : ''} quotes and speakers`;
  if (!root) return skipped(name, '../shared/datasets/polnear is absent');
  // POLNEAR_LAST=N keeps the last N articles of the split (the held-out train slice used for error analysis).
  const last = Number(process.env.POLNEAR_LAST ?? 0);
  const loaded = loadPolnear(join(root, split));
  const articles = last > 0 ? loaded.slice(-last) : loaded;
  const tally = emptyTally();
  for (const a of articles) scoreDocument(a.text, a.gold, attributionsOf(a.text).map(toScored), tally);
  const all = f1(tally.all, tally.all.overlap);
  const allExact = f1(tally.all, tally.all.exact);
  const direct = f1(tally.direct, tally.direct.overlap);
  const directExact = f1(tally.direct, tally.direct.exact);
  const cue = f1(tally.cue, tally.cue.overlap);
  const cueExact = f1(tally.cue, tally.cue.exact);
  const share = (x: { total: number; right: number }) => (x.total ? x.right / x.total : 0);
  return {
    name,
    skipped: null,
    figures: [
      { label: 'articles', value: articles.length },
      { label: 'all: content overlap P', value: all.p },
      { label: 'all: content overlap R', value: all.r },
      { label: 'all: content overlap F1', value: all.f, bar: { op: '>=', value: 0.75 } },
      { label: 'all: exact-span F1', value: allExact.f, bar: { op: '>=', value: 0.6 } },
      { label: 'direct: content overlap P', value: direct.p },
      { label: 'direct: content overlap R', value: direct.r },
      { label: 'direct: content overlap F1', value: direct.f, bar: { op: '>=', value: 0.9 } },
      { label: 'direct: exact-span F1', value: directExact.f },
      { label: 'cue F1 (overlap)', value: cue.f },
      { label: 'cue F1 (exact)', value: cueExact.f },
      { label: 'speaker, named sources (all)', value: share(tally.named) },
      { label: 'speaker, named sources (direct)', value: share(tally.directNamed), bar: { op: '>=', value: 0.9 } },
      { label: 'pronoun source → right name', value: share(tally.pronoun), bar: { op: '>=', value: 0.75 } },
    ],
    notes: [
      `gold ${tally.all.gold} attributions (${tally.direct.gold} with quote marks), predicted ${tally.all.pred} (${tally.direct.pred})`,
      `speaker checked on ${tally.named.total} named (${tally.directNamed.total} direct) and ${tally.pronoun.total} pronoun sources of matched contents`,
      'pronoun antecedent = the nearest preceding gold source holding a name (a proxy: PolNeAR gives no coreference)',
    ],
  };
}
