import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { compile, cueFeatures, cueScore, cueScoreAt, cueTables, type CueModel } from './cue-model.js';
import { contentEnd, contentStartAfter, cueAt } from './cues.js';
import cueData from './data/cue-model.json' with { type: 'json' };
import spanData from './data/span-model.json' with { type: 'json' };
import { viewDocument, type SentenceView } from './document.js';
import { featureTables } from './feature-table.js';
import { endContext, endFeatures } from './span-features.js';
import { endScore, spanTables } from './span-score.js';

/**
 * The scorers that read the models' weights from tables (cueScoreAt, endScore) must give the very scores of the
 * feature strings (cueFeatures, endFeatures) they replace in the pipeline, bit for bit, or extraction would change.
 */
describe('feature tables', () => {
  const cases: { name: string; weights: [string, number][]; arity: Record<string, number | number[]>; parts: string[]; name2: string; want: number | undefined }[] = [
    { name: 'one part', weights: [['w=said', 1.5]], arity: { w: 1 }, name2: 'w', parts: ['said'], want: 1.5 },
    { name: 'two parts', weights: [['pw=he|said', 2]], arity: { pw: 2 }, name2: 'pw', parts: ['he', 'said'], want: 2 },
    { name: 'a value holding "|" (first cut)', weights: [['pw=a|b|c', 3]], arity: { pw: 2 }, name2: 'pw', parts: ['a|b', 'c'], want: 3 },
    { name: 'a value holding "|" (second cut)', weights: [['pw=a|b|c', 3]], arity: { pw: 2 }, name2: 'pw', parts: ['a', 'b|c'], want: 3 },
    { name: 'a value holding "="', weights: [['w==', 4]], arity: { w: 1 }, name2: 'w', parts: ['='], want: 4 },
    { name: 'a template name holding "|"', weights: [['r|full=rule|true', 5]], arity: { 'r|full': 2 }, name2: 'r|full', parts: ['rule', 'true'], want: 5 },
    { name: 'nested by the second part first', weights: [['pw=a|b|c', 3]], arity: { pw: [1, 0] }, name2: 'pw', parts: ['c', 'a|b'], want: 3 },
    { name: 'another template with the same prefix', weights: [['wn=x|y', 6]], arity: { w: 1 }, name2: 'w', parts: ['n=x|y'], want: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      let v: unknown = featureTables(new Map(c.weights), c.arity).get(c.name2);
      for (const p of c.parts) v = v instanceof Map ? v.get(p) : undefined;
      expect(v).toBe(c.want);
    });
  }
});

function sentences(text: string): readonly SentenceView[] {
  return viewDocument(text, segment.run({ text }, createContext())).sentences;
}

const voa = readFileSync(new URL('../../../data/demo/voa_stories.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 12)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const odd = 'He | said = “yes” | and a|b said: “no”. The A|B group warned that the | would = fail, citing “reasons”. Yes.';
const texts = [...voa, odd];

describe('the table scorers give the feature strings’ scores', () => {
  const head = (cueData as unknown as { head: CueModel }).head;
  const strings = compile(head);
  const tables = cueTables(head);
  it('cue head model, every token of 12 VOA stories and odd tokens', () => {
    let n = 0;
    for (const t of texts) {
      for (const s of sentences(t)) {
        const inQuote = s.quoteOf.map((q) => q !== -1);
        for (let i = 0; i < s.tokens.length; i++, n++) {
          const want = cueScore(strings, cueFeatures(s.tokens, i, inQuote));
          if (!Object.is(cueScoreAt(tables, s.tokens, i, inQuote), want)) expect.fail(`token ${i} of “${s.tokens.map((x) => x.text).join(' ')}”`);
        }
      }
    }
    expect(n).toBeGreaterThan(5000);
  });

  const weights = new Map(Object.entries((spanData as { weights: Record<string, number> }).weights));
  const span = spanTables(weights);
  it('span model, every end after every lexicon cue of the same texts', () => {
    let n = 0;
    for (const t of texts) {
      for (const s of sentences(t)) {
        for (let i = 0; i < s.tokens.length; i++) {
          const c = cueAt(s.tokens, i);
          const start = c ? contentStartAfter(s.tokens, c, s.tokens.length) : null;
          if (!c || start === null) continue;
          const x = endContext(s, c, start, contentEnd(s.tokens, start, s.tokens.length));
          for (let e = start + 1; e <= s.tokens.length; e++, n++) {
            let want = 0;
            for (const f of endFeatures(x, e)) want += weights.get(f) ?? 0;
            if (!Object.is(endScore(span, x, e), want)) expect.fail(`end ${e} after token ${i} of “${s.tokens.map((y) => y.text).join(' ')}”`);
          }
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});
