/**
 * Event coding on the hand-annotated set (test/annotations/events.json) and on the seed: CAMEO root and
 * full code, PLOVER, target F1, stance, saidOn. Stage 7 is replaced by attributions built from the
 * annotations, so the figures measure stages 6, 8 and 9 alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, CodedAttribution, DatedAttribution } from '../../src/core/analysis.js';
import { createContext } from '../../src/core/stage.js';
import { dates } from '../../src/stages/dates/index.js';
import { events } from '../../src/stages/events/index.js';
import { eventCode } from '../../src/stages/events/lexicon.js';
import { annotatedSource, attributionFor, prepare, resolvePronouns, type AnnotatedStatement, type NotStatement, type Prepared } from '../../test/support/annotations.js';
import { seedCodingChecks } from '../../test/support/seed-coding.js';
import { datasetDir, projectRoot } from '../../test/support/shared.js';
import { skipped, type EvalSection } from './report.js';

interface Annotations {
  statements: AnnotatedStatement[];
  notStatements: NotStatement[];
}

function run(p: Prepared, attributions: Attribution[]): { dated: readonly (DatedAttribution | null)[]; coded: readonly CodedAttribution[] } {
  const ctx = createContext({ published: p.publishedAt });
  const input = { text: p.text, segments: p.segments, attributions, publishedAt: p.publishedAt };
  return { dated: dates.run(input, ctx), coded: events.run({ ...input, mentions: p.mentions }, ctx) };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** The set the lexicons were tuned on (170 statements), plus the seed's coding fields. */
export function evalEvents(): EvalSection {
  return scoreSet('events, tuning set (test/annotations/events.json: CAMEO, PLOVER, targets, stance, saidOn)', 'events.json', true);
}

/** Statements from articles never looked at while tuning: the honest estimate. */
export function evalEventsHeldout(): EvalSection {
  return scoreSet('events, held-out set (test/annotations/events-heldout.json, not tuned on)', 'events-heldout.json', false);
}

/** Coded from the codebook and the stance guideline before the coder ran on them, from unused articles. */
export function evalEventsBlind(): EvalSection {
  return scoreSet('events, blind set (test/annotations/events-blind.json, raw-news + VOA, never tuned on)', 'events-blind.json', false);
}

/** Coded by hand before the coder ever ran on them, from articles in no other set (round 3 of issue 5); its misses were read from round 4 on (fresh2, fresh3 in round 7, fresh4 in round 8), so the blind set is now the honest figure. */
export function evalEventsFresh(): EvalSection {
  return scoreSet('events, fresh set (test/annotations/events-fresh.json, coded before the coder ran; its misses were analysed in round 4)', 'events-fresh.json', false);
}

/** Round 4 of issue 5: 63 statements from seven more unused raw-news/dev articles, coded by hand before the coder ran on them. */
export function evalEventsFresh2(): EvalSection {
  return scoreSet('events, fresh set 2 (test/annotations/events-fresh2.json, coded before the coder ran; its misses were analysed in round 7)', 'events-fresh2.json', false);
}

/** Round 6 of issue 5: 50 statements from seven more unused raw-news/dev articles, coded by hand (with the 112 ruling) before the coder ran on them. */
export function evalEventsFresh3(): EvalSection {
  return scoreSet('events, fresh set 3 (test/annotations/events-fresh3.json, coded before the coder ran; its misses were analysed in round 7)', 'events-fresh3.json', false);
}

/** Round 7 of issue 5: 53 statements from five more unused raw-news/dev articles, coded by hand before the coder ran on them; its misses were read in round 8, so the blind set is now the only honest figure. */
export function evalEventsFresh4(): EvalSection {
  return scoreSet('events, fresh set 4 (test/annotations/events-fresh4.json, coded before the coder ran; its misses were analysed in round 8)', 'events-fresh4.json', false);
}

/** Session 5, after round 8: 73 statements from six more unused raw-news/dev articles, coded by hand before the coder ran on them; its misses were read in round 9 (session 6). */
export function evalEventsFresh5(): EvalSection {
  return scoreSet('events, fresh set 5 (test/annotations/events-fresh5.json, coded before the coder ran; its misses were analysed in round 9)', 'events-fresh5.json', false);
}

/** Sets whose items are never listed, only their aggregates read: the blind set (the honest figure). */
const NEVER_DUMPED = new Set(['events-blind.json']);

/** The blind set never lists its items. (fresh set 4's misses were analysed in round 8, fresh set 5's in round 9.) */
function dumpSet(name: string, file: string): boolean {
  const wanted = (process.env.EVAL_EVENTS_DUMP_SET ?? '').split(',');
  return !NEVER_DUMPED.has(file) && ((wanted.includes('held-out') && name.includes('held-out')) || wanted.includes(file));
}

/** Session 6: 72 statements from seven more unused raw-news/dev articles, coded by hand before the coder ran on them; aggregate figures only. */
export function evalEventsFresh6(): EvalSection {
  return scoreSet('events, fresh set 6 (test/annotations/events-fresh6.json, coded before the coder ran; aggregate only, never tuned on)', 'events-fresh6.json', false);
}

/** Fresh set 6 is an honest figure too: EVAL_EVENTS_DUMP_SET never lists its items. */
NEVER_DUMPED.add('events-fresh6.json');

function scoreSet(name: string, file: string, withSeed: boolean): EvalSection {
  const root = datasetDir('raw-news') ? join(datasetDir('raw-news')!, '..') : null;
  if (!root) return skipped(name, '../shared/datasets is absent');
  const ann = JSON.parse(readFileSync(join(projectRoot, 'test/annotations', file), 'utf8')) as Annotations;
  const byFile = new Map<string, AnnotatedStatement[]>();
  for (const s of ann.statements) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);

  let n = 0, rootOk = 0, fullOk = 0, ploverOk = 0, stanceOk = 0, tp = 0, fp = 0, fn = 0, tStanceOk = 0, tStanceN = 0, dayN = 0, dayOk = 0, dayFallback = 0, missing = 0;
  const confusion = new Map<string, number>();
  const stanceConfusion = new Map<string, number>();
  const worst: string[] = [];
  const dump = dumpSet(name, file);
  for (const [file, items] of byFile) {
    const published = items[0]!.published;
    const body = annotatedSource(root, file);
    const p = body === null ? null : prepare(body, file, published);
    if (!p) {
      missing += items.length;
      continue;
    }
    const built = resolvePronouns(items.map((it) => attributionFor(p, it)), p.mentions);
    const pairs = items.map((it, i) => ({ it, a: built[i] ?? null })).filter((x): x is { it: AnnotatedStatement; a: Attribution } => x.a !== null);
    missing += items.length - pairs.length;
    const { dated, coded } = run(p, pairs.map((x) => x.a));
    pairs.forEach(({ it, a }, i) => {
      const c = coded[i]!;
      const d = dated[i];
      const got = c.event?.cameo ?? '-';
      n++;
      if (got.slice(0, 2) === it.cameo.slice(0, 2)) rootOk++;
      else confusion.set(`${it.cameo.slice(0, 2)}→${got.slice(0, 2)}`, (confusion.get(`${it.cameo.slice(0, 2)}→${got.slice(0, 2)}`) ?? 0) + 1);
      if (got === it.cameo) fullOk++;
      if ((c.event?.plover ?? null) === eventCode(it.cameo).plover) ploverOk++;
      if (c.stance === it.stance) stanceOk++;
      else stanceConfusion.set(`${it.stance}→${c.stance}`, (stanceConfusion.get(`${it.stance}→${c.stance}`) ?? 0) + 1);
      const gold = new Map(it.targets.map((t) => [t.code, t.stance]));
      const pred = new Map(c.targets.map((t) => [t.code, t.stance]));
      for (const [code, st] of pred) {
        if (gold.has(code)) {
          tp++;
          tStanceN++;
          if (gold.get(code) === st) tStanceOk++;
        } else fp++;
      }
      for (const code of gold.keys()) if (!pred.has(code)) fn++;
      if (it.saidOn) {
        dayN++;
        if (d?.date === it.saidOn) dayOk++;
        // EVAL_DATE_DUMP=1 lists the saidOn misses of the tuning and held-out sets (EVAL_EVENTS_DUMP_SET adds other sets, never the blind one).
        else if (process.env.EVAL_DATE_DUMP && (withSeed || dump)) console.error(`DATE ${it.id} gold ${it.saidOn} got ${d?.date} ${d?.basis}: ${it.content.slice(0, 60)}`);
        else if (!d || d.fallback) dayFallback++;
      }
      if (withSeed && got.slice(0, 2) !== it.cameo.slice(0, 2) && worst.length < 12) worst.push(`${it.id} gold ${it.cameo} got ${got}: ${it.content.slice(0, 50)}`);
      // EVAL_EVENTS_DUMP=1 lists every miss of the tuning set; EVAL_EVENTS_DUMP_SET=held-out (or a list of annotation
      // files, e.g. events-fresh.json) adds those sets. Never the blind set nor fresh set 6 (NEVER_DUMPED): the sets still measured honestly.
      if ((withSeed || dump) && process.env.EVAL_EVENTS_DUMP) {
        const tg = (xs: readonly { code: string; stance: string }[]) => xs.map((t) => `${t.code}:${t.stance[0]}`).join(' ');
        console.error(`${it.id}\t${it.cameo}\t${got}\t${it.stance}\t${c.stance}\t[${tg(it.targets)}]\t[${tg(c.targets)}]\t${it.cue} | ${c.event ? "" : "NOEV "}${process.env.EVAL_EVENTS_DUMP === "full" ? a.content.text.replace(/\s+/g, " ") : it.content.slice(0, 70)}`);
      }
    });
  }

  // Non-statements: background sentences handed over with their main verb as cue must get no event.
  let negCoded = 0;
  let negN = 0;
  for (const ns of ann.notStatements) {
    const body = annotatedSource(root, ns.file);
    const p = body === null ? null : prepare(body, ns.file, ns.published);
    const a = p && attributionFor(p, { content: ns.content, cue: ns.cue });
    if (!p || !a) continue;
    negN++;
    if (run(p, [a]).coded[0]?.event) negCoded++;
  }

  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    name,
    skipped: null,
    figures: [
      { label: 'statements scored', value: `${n} of ${ann.statements.length}${missing ? ` (${missing} not located)` : ''}` },
      { label: 'CAMEO root accuracy', value: ratio(rootOk, n), bar: { op: '>=', value: 0.8 } },
      { label: 'CAMEO full-code accuracy', value: ratio(fullOk, n) },
      { label: 'PLOVER accuracy', value: ratio(ploverOk, n) },
      { label: 'target precision', value: precision },
      { label: 'target recall', value: recall },
      { label: 'target F1', value: ratio(2 * precision * recall, precision + recall), bar: { op: '>=', value: 0.8 } },
      { label: 'stance per matched target', value: ratio(tStanceOk, tStanceN) },
      { label: 'stance accuracy (overall)', value: ratio(stanceOk, n), bar: { op: '>=', value: 0.8 } },
      { label: `saidOn exact day (${dayN} with a day)`, value: ratio(dayOk, dayN), bar: { op: '>=', value: 0.9 } },
      { label: 'saidOn misses given the publication date', value: `${dayFallback} of ${dayN - dayOk}` },
      ...(negN > 0 ? [{ label: `non-statements coded (of ${negN})`, value: negCoded, bar: { op: '==' as const, value: 0 } }] : []),
      ...(withSeed ? seedFigures() : []),
    ],
    notes: [
      `root confusions (gold→got): ${[...confusion].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ×${v}`).join(', ')}`,
      `stance confusions (gold→got): ${[...stanceConfusion].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ×${v}`).join(', ')}`,
      ...worst,
    ],
  };
}

/** The seed's five statements with attributions built from expected.json: every field stages 6, 8 and 9 own. */
function seedFigures(): { label: string; value: number | string; bar?: { op: '=='; value: number } }[] {
  const checks = seedCodingChecks();
  const ok = checks.filter((c) => c.ok).length;
  const wrong = checks.filter((c) => !c.ok).map((c) => c.field);
  return [
    { label: 'seed coding fields right', value: `${ok}/${checks.length}${wrong.length ? ` wrong: ${wrong.join(' ')}` : ''}` },
    { label: 'seed coding share right', value: ratio(ok, checks.length), bar: { op: '==', value: 1 } },
  ];
}
