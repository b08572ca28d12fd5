/**
 * Error table on PolNeAR TRAIN (never dev): `npx tsx scripts/eval/polnear-miss-kinds.ts [N] [--show KIND] [--max K]`
 * takes the last N train articles (default all) and sorts every missed gold content and every false positive into
 * kinds: for misses, whether a prediction touched it (span cut wrong, merged with a neighbour, nested in a larger
 * content) or none did (cue verb known but skipped, cue unknown, nominal cue, no source, content before its cue …);
 * for false positives, whether they overlap a gold content. `--show KIND` prints up to K examples of one kind.
 * Prints to the terminal only; nothing of the corpus is written to disk.
 */
import { join } from 'node:path';
import type { Span } from '../../src/core/analysis.js';
import { cueForms, cueModifiers } from '../../src/stages/quotes/lexicon.js';
import { datasetDir } from '../../test/support/shared.js';
import { attributionsOf } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { matchArticle, tokensIn } from './polnear-score.js';

const root = datasetDir('polnear');
if (!root) {
  console.log('skipped: ../shared/datasets/polnear is absent');
  process.exit(0);
}
const args = process.argv.slice(2);
const n = /^\d+$/.test(args[0] ?? "") ? Number(args[0]) : 0;
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const showKind = opt('--show');
const max = Number(opt('--max') ?? 40);
const loaded = loadPolnear(join(root, 'train'));
const articles = n > 0 ? loaded.slice(-n) : loaded;

const count = new Map<string, number>();
const examples: string[] = [];
const bump = (k: string, ex: () => string) => {
  count.set(k, (count.get(k) ?? 0) + 1);
  if (showKind && k.startsWith(showKind) && examples.length < max) examples.push(`[${k}] ${ex()}`);
};
const head = (cue: string) => cue.split(/\s+/).filter(Boolean);
const NOMINAL = /^(?:according|in|on|to|for|by|of|from|per|:)$|(?:ment|tion|sion|ance|ence|ism|ity|ure|al)$|^(?:claim|view|call|word|report|poll|survey|study|idea|argument|belief|plan|promise|pledge|warning|assertion|suggestion|opinion|support|opposition|statement|comments?|remarks?)s?$/;
/** The cue's first word that is not an auxiliary or adverb ("has repeatedly said" → said). */
const headWord = (cue: string) => { const ws = cue.toLowerCase().split(/\s+/); return ws.find((w) => !cueModifiers.has(w) && !/ly$/.test(w)) ?? ws[0]!; };
const byCue = new Map<string, { n: number; right: number }>();
const edges = new Map<string, number>();
let goldTotal = 0;
let predTotal = 0;
for (const a of articles) {
  const pred = attributionsOf(a.text);
  const { starts, gold: g, predicted: p, match } = matchArticle(a.text, a.gold, pred);
  goldTotal += g.length;
  predTotal += p.length;
  const m = match;
  const matchedP = new Set(m.values());
  const txt = (spans: readonly Span[]) => spans.map((s) => a.text.slice(s.start, s.end)).join(' … ').slice(0, 220);
  a.gold.forEach((gold, gi) => {
    if (m.has(gi)) return;
    const gs = g[gi]!;
    const cueText = gold.cue ? gold.cue.map((c) => a.text.slice(c.start, c.end)).join(' ').toLowerCase() : '';
    const direct = gold.content.some((s) => /["“”]/.test(a.text.slice(s.start, s.end)));
    const src = gold.source ? a.text.slice(gold.source.start, gold.source.end) : '-';
    const show = () => `src=${src} | cue=${cueText || '-'} | ${txt(gold.content)}`;
    const overlapping = p.map((ps, pi) => ({ pi, shared: [...gs].filter((t) => ps.has(t)).length })).filter((x) => x.shared > 0).sort((x, y) => y.shared - x.shared);
    const tag = direct ? 'direct' : 'indirect';
    if (overlapping.length > 0) {
      const { pi } = overlapping[0]!;
      const ps = p[pi]!;
      const showT = () => `${show()}\n      pred: ${pred[pi]!.content.text.slice(0, 220)} [${pred[pi]!.cue?.text ?? '-'}]`;
      const gMin = Math.min(...gs);
      const gMax = Math.max(...gs);
      const pMin = Math.min(...ps);
      const pMax = Math.max(...ps);
      // Does the prediction hold another gold content too (two attributions merged), or is this one inside another gold's prediction?
      const other = g.some((o, oi) => oi !== gi && [...o].filter((t) => ps.has(t)).length > o.size / 2);
      const predCueInGold = pred[pi]!.cue && gold.cue ? gold.cue.some((c) => c.start <= pred[pi]!.cue!.start && pred[pi]!.cue!.end <= c.end + 30 && pred[pi]!.cue!.start >= c.start - 30) : false;
      const gCueInPred = gold.cue ? [...tokensIn(starts, gold.cue)].some((t) => ps.has(t)) : false;
      let kind: string;
      if (gCueInPred) kind = `nested (gold cue inside a predicted ${pred[pi]!.kind} content${gold.source ? '' : ', no source'}${head(cueText).some((w) => cueForms.get(w)?.strong) ? ', strong cue' : ''})`;
      else if (!predCueInGold) kind = 'other cue';
      else if (pMin <= gMin && pMax >= gMax) kind = other ? 'too long, swallows another gold' : pMin < gMin ? (pMax > gMax ? 'too long both sides' : 'starts early') : 'ends late';
      else if (pMin >= gMin && pMax <= gMax) kind = pMin > gMin ? (pMax < gMax ? 'too short both sides' : 'starts late') : 'ends early';
      else kind = 'shifted';
      bump(`miss touched ${tag}: ${kind}`, showT);
      // What the prediction runs over (ends late) or stops before (ends early): the two tokens at the gold end.
      if (kind === 'ends late' || kind === 'ends early' || kind.startsWith('too long')) {
        const at = (k: number) => a.text.slice(starts[k]!, starts[k + 1] ?? a.text.length).trim().toLowerCase();
        const shape = (w: string) => (/^[a-z]+ing$/.test(w) ? '-ing' : /^[\p{Lu}]/u.test(w) ? 'Cap' : w);
        const next = `${kind.startsWith('too long') ? 'ends late' : kind} before: ${shape(at(gMax + 1))} ${shape(at(gMax + 2))}`;
        edges.set(next, (edges.get(next) ?? 0) + 1);
      }
      return;
    }
    let kind: string;
    if (!gold.cue) kind = 'no cue';
    else if (head(cueText).some((w) => cueForms.has(w.replace(/^[’']s$/, '')))) kind = gold.source ? 'lexicon cue, source' : 'lexicon cue, no source';
    else if (head(cueText).some((w) => NOMINAL.test(w))) kind = 'nominal/prep cue';
    else kind = 'cue not in lexicon';
    const before = gold.cue ? gold.content[0]!.start < gold.cue[0]!.start : false;
    bump(`miss untouched ${tag}: ${kind}${before ? ' (content first)' : ''}`, show);
  });
  pred.forEach((x, pi) => {
    const key = headWord(x.cue?.text ?? '<none>');
    const row = byCue.get(key) ?? { n: 0, right: 0 };
    row.n++;
    if (matchedP.has(pi)) row.right++;
    byCue.set(key, row);
    if (matchedP.has(pi)) return;
    const touched = g.some((gs) => [...p[pi]!].some((t) => gs.has(t)));
    bump(`fp ${touched ? 'touched' : 'untouched'} ${x.kind}${x.source ? '' : ' no source'}`, () => `${x.kind} src=${x.source?.text ?? '-'} | cue=${x.cue?.text ?? '-'} | ${x.content.text.slice(0, 200)}`);
  });
}
console.log(`${articles.length} train articles, gold ${goldTotal}, predicted ${predTotal}`);
for (const [k, v] of [...count].sort((x, y) => y[1] - x[1])) console.log(`${String(v).padStart(6)}  ${k}`);
for (const e of examples) console.log(e);
// Cue words whose predictions are mostly wrong: below F1/2 precision, dropping them would raise F1.
const weakCues = [...byCue].filter(([, r]) => r.n >= 8 && r.right / r.n < 0.37).sort((a, b) => b[1].n - b[1].right - (a[1].n - a[1].right));
console.log(`cue words (first word past auxiliaries) with precision < 0.37 over >= 8 predictions: ${weakCues.map(([w, r]) => `${w} ${r.right}/${r.n}`).join(', ')}`);
console.log(`gold ends the predictions miss (the two tokens after the gold end): ${[...edges].sort((x, y) => y[1] - x[1]).slice(0, 40).map(([w, c]) => `${w} ${c}`).join(', ')}`);
