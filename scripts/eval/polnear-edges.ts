/**
 * Edge analysis on a HELD-OUT slice of PolNeAR train (never dev): `npx tsx scripts/eval/polnear-edges.ts [N] [--show KIND] [--max K]`.
 * Pairs each non-direct prediction with the gold attribution whose cue it shares (cue token overlap), and
 * counts whether the content's first and last tokens agree; `--show start-early` etc. prints examples with
 * the words between the two edges. Prints to the terminal only; nothing of the corpus is written to disk.
 */
import { join } from 'node:path';
import type { Span } from '../../src/core/analysis.js';
import { datasetDir } from '../../test/support/shared.js';
import { attributionsOf, toScored } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { tokenStarts } from './polnear-score.js';

const root = datasetDir('polnear');
if (!root) {
  console.log('skipped: ../shared/datasets/polnear is absent');
  process.exit(0);
}
const n = Number(process.argv[2] ?? 150);
const arg = (name: string) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const show = arg('--show');
const max = Number(arg('--max') ?? 60);
const articles = loadPolnear(join(root, 'train')).slice(-n);

function tokensIn(starts: readonly number[], spans: readonly Span[]): number[] {
  const out: number[] = [];
  for (const s of spans) for (let i = 0; i < starts.length; i++) if (starts[i]! >= s.start && starts[i]! < s.end) out.push(i);
  return out;
}
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
const shown: string[] = [];
for (const a of articles) {
  const starts = tokenStarts(a.text);
  const tok = (i: number) => a.text.slice(starts[i]!, starts[i + 1] ?? a.text.length).trimEnd();
  const words = (x: number, y: number) => Array.from({ length: Math.max(0, y - x) }, (_, k) => tok(x + k)).join(' ');
  for (const p of attributionsOf(a.text)) {
    if (p.kind === 'direct' || !p.cue) continue;
    const pc = new Set(tokensIn(starts, [p.cue]));
    const g = a.gold.find((x) => x.cue && tokensIn(starts, x.cue).some((t) => pc.has(t)));
    if (!g) {
      bump('no gold with this cue');
      continue;
    }
    const gt = tokensIn(starts, g.content);
    const pt = tokensIn(starts, toScored(p).content);
    if (gt.length === 0 || pt.length === 0) continue;
    const [gs, ge, ps, pe] = [Math.min(...gt), Math.max(...gt), Math.min(...pt), Math.max(...pt)];
    const sk = ps === gs ? 'start-ok' : ps < gs ? 'start-early' : 'start-late';
    const ek = pe === ge ? 'end-ok' : pe > ge ? 'end-late' : 'end-early';
    bump(`${sk} ${ek}`);
    bump(sk);
    bump(ek);
    if (gt.length === pt.length && gt.every((t) => pt.includes(t))) bump('exact');
    if (show && (sk === show || ek === show) && shown.length < max) {
      const diff = sk === show ? (ps < gs ? words(ps, gs) : words(gs, ps)) : pe > ge ? words(ge + 1, pe + 1) : words(pe + 1, ge + 1);
      shown.push(`[${p.cue.text}] ${sk === show ? 'START' : 'END'} diff «${diff}»\n   gold: ${words(gs, ge + 1).slice(0, 220)}\n   pred: ${words(ps, pe + 1).slice(0, 220)}`);
    }
  }
}
for (const [k, v] of [...count].sort()) console.log(`${k}: ${v}`);
for (const e of shown) console.log(e);
