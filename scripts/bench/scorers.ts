/**
 * The hot inner loops of extraction against the straightforward forms they replace, same inputs, same process:
 * the cue and span models scored from weight tables (cueScoreAt, endScore) against the feature strings they were
 * trained on (cueFeatures/endFeatures + a map), and the events stage's one-pass NeedleIndex against one `includes`
 * per needle. Each figure is the old form's time ÷ the new form's (the speed-up, measured in the same run; the
 * results are the same, which the unit tests check). Run alone: `npx tsx scripts/bench/scorers.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fold, mayMatch, NeedleIndex } from '../../src/core/needle.js';
import { createContext } from '../../src/core/stage.js';
import { ACTS } from '../../src/stages/events/lexicon.js';
import { compile, cueFeatures, cueScore, cueScoreAt, cueTables, type CueModel } from '../../src/stages/quotes/cue-model.js';
import { contentEnd, contentStartAfter, cueAt } from '../../src/stages/quotes/cues.js';
import cueData from '../../src/stages/quotes/data/cue-model.json' with { type: 'json' };
import spanData from '../../src/stages/quotes/data/span-model.json' with { type: 'json' };
import { viewDocument } from '../../src/stages/quotes/document.js';
import { endContext, endFeatures } from '../../src/stages/quotes/span-features.js';
import { endScore, spanTables } from '../../src/stages/quotes/span-score.js';
import { segment } from '../../src/stages/segment/index.js';
import type { EvalSection } from '../eval/report.js';
import { measureAlternating } from './measure.js';

const VOA = fileURLToPath(new URL('../../data/demo/voa_stories.jsonl', import.meta.url));
const ROUNDS = 3;

export function benchScorers(): EvalSection {
  const texts = readFileSync(VOA, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  const docs = texts.map((text) => viewDocument(text, segment.run({ text }, createContext())));
  const sentences = docs.flatMap((d) => d.sentences);
  // Items are whole sentences (and contents): the measure samples memory after each item.
  const bySentence = sentences.map((s) => ({ s, inQuote: s.quoteOf.map((q) => q !== -1) }));
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const head = (cueData as unknown as { head: CueModel }).head;
  const strings = compile(head);
  const tables = cueTables(head);
  const [cueOld, cueNew] = measureAlternating(bySentence, ROUNDS, [
    ({ s, inQuote }) => s.tokens.reduce((sum, _, i) => sum + cueScore(strings, cueFeatures(s.tokens, i, inQuote)), 0),
    ({ s, inQuote }) => s.tokens.reduce((sum, _, i) => sum + cueScoreAt(tables, s.tokens, i, inQuote), 0),
  ]);

  const weights = new Map(Object.entries((spanData as { weights: Record<string, number> }).weights));
  const span = spanTables(weights);
  const contents = sentences.flatMap((s) =>
    s.tokens.flatMap((_, i) => {
      const c = cueAt(s.tokens, i);
      const start = c ? contentStartAfter(s.tokens, c, s.tokens.length) : null;
      if (!c || start === null) return [];
      return [{ x: endContext(s, c, start, contentEnd(s.tokens, start, s.tokens.length)), from: start + 1, to: s.tokens.length }];
    }),
  );
  const ends = contents.reduce((n, c) => n + c.to - c.from + 1, 0);
  const [endOld, endNew] = measureAlternating(contents, ROUNDS, [
    ({ x, from, to }) => {
      let score = 0;
      for (let e = from; e <= to; e++) for (const f of endFeatures(x, e)) score += weights.get(f) ?? 0;
      return score;
    },
    ({ x, from, to }) => {
      let score = 0;
      for (let e = from; e <= to; e++) score += endScore(span, x, e);
      return score;
    },
  ]);

  const lists = ACTS.flatMap((a) => a.contentNeedles);
  const index = new NeedleIndex(lists);
  const folded = docs.flatMap((d) => d.sentences.map((s) => fold(d.text.slice(s.start, s.end))));
  const [needleOld, needleNew] = measureAlternating(folded, ROUNDS, [(p) => lists.map((l) => mayMatch(p, l)), (p) => index.present(p)]);

  return {
    name: `scorers: table scorers and the needle index vs the forms they replace (VOA demo stories, ${ROUNDS} rounds)`,
    skipped: null,
    figures: [
      { label: `cue head score, ${tokens} tokens: strings ÷ tables`, value: cueNew!.pagesPerSecond / cueOld!.pagesPerSecond },
      { label: `span end score, ${ends} ends: strings ÷ tables`, value: endNew!.pagesPerSecond / endOld!.pagesPerSecond },
      { label: `event needles, ${folded.length} sentences × ${lists.length} patterns: includes ÷ index`, value: needleNew!.pagesPerSecond / needleOld!.pagesPerSecond },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatSection } = await import('../eval/report.js');
  process.stdout.write(`${formatSection(benchScorers())}\n`);
}
