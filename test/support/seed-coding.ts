/**
 * The seed's statements coded by stages 6, 8 and 9 alone: attributions built from expected.json
 * (content, cue, speaker as written), every field those stages own checked against the gold answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution } from '../../src/core/analysis.js';
import { createContext } from '../../src/core/stage.js';
import { dates } from '../../src/stages/dates/index.js';
import { events } from '../../src/stages/events/index.js';
import { attributionFor, prepare } from './annotations.js';
import type { Expected } from './expected.js';
import { fixturesDir } from './fixtures.js';

// S1 has no cue in the gold answer; its reporting words are "calling for" (a statement "calling for a resolution").
const SEED_CUES: Record<string, string> = { S1: 'calling for' };

export interface SeedCheck {
  readonly field: string;
  readonly ok: boolean;
  readonly expected: unknown;
  readonly actual: unknown;
}

export function seedCodingChecks(): SeedCheck[] {
  const dir = join(fixturesDir, 'seed');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const p = prepare(readFileSync(join(dir, 'input.txt')), 'seed', expected.document.publishedAt ?? '2022-02-26');
  if (!p) return [{ field: 'prepare', ok: false, expected: 'document', actual: null }];
  const checks: SeedCheck[] = [];
  const located: { key: string; s: Expected['statements'][number]; a: Attribution }[] = [];
  for (const s of expected.statements) {
    const a = attributionFor(p, { content: s.contentContains, cue: s.cue ?? SEED_CUES[s.key] ?? '', speaker: s.speaker?.required ?? '', kind: s.kind ?? 'indirect' });
    checks.push({ field: `${s.key}.located`, ok: a !== null, expected: s.contentContains, actual: null });
    if (a) located.push({ key: s.key, s, a });
  }
  const ctx = createContext({ published: p.publishedAt });
  const input = { text: p.text, segments: p.segments, attributions: located.map((x) => x.a), publishedAt: p.publishedAt };
  const dated = dates.run(input, ctx);
  const coded = events.run({ ...input, mentions: p.mentions }, ctx);
  located.forEach(({ key, s }, i) => {
    const c = coded[i]!;
    const d = dated[i];
    const check = (field: string, ok: boolean, exp: unknown, actual: unknown) => checks.push({ field: `${key}.${field}`, ok, expected: exp, actual });
    if (s.actor?.country) check('actor.country', c.actor?.country === s.actor.country, s.actor.country, c.actor?.country);
    if (s.actor?.sector) check('actor.sector', c.actor?.sector === s.actor.sector, s.actor.sector, c.actor?.sector);
    if (s.saidOn) check('saidOn', d?.date === s.saidOn.date, s.saidOn.date, d?.date);
    if (s.event?.cameoRoot) check('event.cameoRoot', c.event?.cameo.slice(0, 2) === s.event.cameoRoot, s.event.cameoRoot, c.event?.cameo);
    if (s.event?.cameo) check('event.cameo', s.event.cameo.includes(c.event?.cameo ?? ''), s.event.cameo, c.event?.cameo);
    if (s.event?.plover) check('event.plover', c.event?.plover === s.event.plover, s.event.plover, c.event?.plover);
    const codes = [...new Set(c.targets.map((t) => t.code))].sort();
    if (s.targets) check('targets', JSON.stringify(codes) === JSON.stringify([...s.targets].sort()), s.targets, codes);
    if (s.stance) check('stance', c.stance === s.stance, s.stance, c.stance);
  });
  return checks;
}
