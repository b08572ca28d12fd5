/**
 * Scores an extraction against a hand-written gold answer in the seed's format
 * (`../shared/seed/expected.json`): strings, not offsets, so answers survive changes to the clean text.
 */
import type { Extraction, Statement } from '../../src/core/types.js';

export interface ExpectedStatement {
  key: string;
  kind?: string;
  contentContains: string;
  speaker?: { required: string; accept?: string[] };
  role?: string;
  actor?: { country?: string | null; sector?: string | null; code?: string };
  cue?: string;
  channel?: string;
  saidOn?: { date: string };
  event?: { cameoRoot?: string; cameo?: string[]; plover?: string };
  targets?: string[];
  stance?: string;
}

export interface Expected {
  input: string;
  document: {
    publishedAt?: string;
    mustRemove?: string[];
    mustKeepParagraphs?: string[];
    mustNotContain?: string[];
  };
  statements: ExpectedStatement[];
  notStatements?: string[];
}

export interface Check {
  readonly field: string;
  readonly ok: boolean;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Quotes and white space folded, so a straight quote in the answer matches a curly one in the text. */
export function fold(s: string): string {
  return s
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The statement whose content holds the expected words (or is mostly held by them). */
export function findStatement(statements: readonly Statement[], contentContains: string): Statement | undefined {
  const want = fold(contentContains).replace(/^"|"$/g, '');
  const scored = statements
    .map((s) => {
      const got = fold(s.content.text).replace(/^"|"$/g, '');
      if (got.includes(want)) return { s, score: want.length / Math.max(got.length, 1) + 1 };
      if (want.includes(got) && got.length >= want.length * 0.5) return { s, score: got.length / want.length };
      return { s, score: 0 };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.s;
}

/** The field checks an expected statement asks for (besides being found). */
function expectedFields(e: ExpectedStatement): string[] {
  const fields: string[] = [];
  if (e.kind) fields.push('kind');
  if (e.speaker) fields.push('speaker');
  if (e.role) fields.push('role');
  if (e.actor?.country !== undefined) fields.push('actor.country');
  if (e.actor?.sector !== undefined) fields.push('actor.sector');
  if (e.actor?.code) fields.push('actor.code');
  if (e.cue) fields.push('cue');
  if (e.channel) fields.push('channel');
  if (e.saidOn) fields.push('saidOn');
  if (e.event?.cameoRoot) fields.push('event.cameoRoot');
  if (e.event?.cameo) fields.push('event.cameo');
  if (e.event?.plover) fields.push('event.plover');
  if (e.targets) fields.push('targets');
  if (e.stance) fields.push('stance');
  return fields;
}

export function scoreExpected(extraction: Extraction, expected: Expected): Check[] {
  const checks: Check[] = [];
  const check = (field: string, ok: boolean, exp: unknown, actual: unknown) => checks.push({ field, ok, expected: exp, actual });
  const doc = extraction.document;
  const text = fold(doc.text);
  const removed = doc.removed.map((r) => fold(r.text)).join('\n');

  if (expected.document.publishedAt) check('document.publishedAt', doc.publishedAt === expected.document.publishedAt, expected.document.publishedAt, doc.publishedAt);
  for (const s of expected.document.mustRemove ?? []) check('document.mustRemove', removed.includes(fold(s)) && !text.includes(fold(s)), s, null);
  for (const s of expected.document.mustKeepParagraphs ?? []) check('document.mustKeep', text.includes(fold(s)), s, null);
  for (const s of expected.document.mustNotContain ?? []) check('document.mustNotContain', !text.includes(fold(s)), s, null);

  for (const e of expected.statements) {
    const got = findStatement(extraction.statements, e.contentContains);
    const f = (name: string) => `${e.key}.${name}`;
    check(f('found'), Boolean(got), e.contentContains, got?.content.text ?? null);
    if (!got) {
      // Every field of a statement that was not found counts as missed, so a fixture's number of checks
      // does not depend on how many statements the extractor found.
      for (const field of expectedFields(e)) check(f(field), false, e.contentContains, null);
      continue;
    }
    if (e.kind) check(f('kind'), got.kind === e.kind, e.kind, got.kind);
    if (e.speaker) {
      const names = [e.speaker.required, ...(e.speaker.accept ?? [])].map(fold);
      const actual = [got.speaker?.text, got.speaker?.name].filter((x): x is string => Boolean(x)).map(fold);
      check(f('speaker'), actual.some((a) => names.includes(a)), names, actual);
    }
    if (e.role) {
      const words = fold(e.role).split(/[^a-z]+/).filter((w) => w.length > 3);
      const role = fold(got.role ?? '');
      check(f('role'), words.every((w) => role.includes(w)), e.role, got.role);
    }
    if (e.actor?.country !== undefined) check(f('actor.country'), got.actor?.country === e.actor.country, e.actor.country, got.actor?.country ?? null);
    if (e.actor?.sector !== undefined) check(f('actor.sector'), got.actor?.sector === e.actor.sector, e.actor.sector, got.actor?.sector ?? null);
    if (e.actor?.code) check(f('actor.code'), got.actor?.code === e.actor.code, e.actor.code, got.actor?.code ?? null);
    if (e.cue) check(f('cue'), fold(got.cue?.text ?? '').includes(fold(e.cue).split(' ')[0]!), e.cue, got.cue?.text ?? null);
    if (e.channel) check(f('channel'), got.channel === e.channel, e.channel, got.channel);
    if (e.saidOn) check(f('saidOn'), got.saidOn?.date === e.saidOn.date, e.saidOn.date, got.saidOn?.date ?? null);
    if (e.event?.cameoRoot) check(f('event.cameoRoot'), got.event?.cameo.slice(0, 2) === e.event.cameoRoot, e.event.cameoRoot, got.event?.cameo ?? null);
    if (e.event?.cameo) check(f('event.cameo'), e.event.cameo.includes(got.event?.cameo ?? ''), e.event.cameo, got.event?.cameo ?? null);
    if (e.event?.plover) check(f('event.plover'), got.event?.plover === e.event.plover, e.event.plover, got.event?.plover ?? null);
    if (e.targets) {
      const codes = [...new Set(got.targets.map((t) => t.code))].sort();
      check(f('targets'), JSON.stringify(codes) === JSON.stringify([...e.targets].sort()), e.targets, codes);
    }
    if (e.stance) check(f('stance'), got.stance === e.stance, e.stance, got.stance);
  }
  for (const s of expected.notStatements ?? []) {
    const bad = extraction.statements.find((st) => fold(s).includes(fold(st.content.text)) || fold(st.content.text).includes(fold(s)));
    check('notStatement', !bad, s, bad?.content.text ?? null);
  }
  return checks;
}
