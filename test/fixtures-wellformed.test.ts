import { describe, expect, it } from 'vitest';
import { fold } from './support/expected.js';
import { loadFixtures, type Fixture } from './support/fixtures.js';

// The gold answers are written by hand; this checks the answers themselves, not the extractor:
// every string an answer relies on must really occur in the article as read, and every coded field
// must use the contract's vocabulary. A typo in an answer would otherwise show up as an extractor failure.

const KINDS = new Set(['direct', 'indirect', 'mixed']);
const STANCES = new Set(['supportive', 'critical', 'neutral', 'unknown']);
const CHANNELS = new Set([
  'twitter', 'statement', 'press-conference', 'interview', 'speech', 'television', 'radio',
  'social-media', 'telegram', 'facebook', 'video', 'letter', 'meeting', 'phone-call',
]);
const SECTORS = new Set(['GOV', 'MIL', 'IGO', 'NGO', 'MED', 'OPP', 'REB', 'BUS', 'CVL', 'JUD', 'LEG', 'SPY']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{2,5}$/;

/** Every problem found in one fixture's answer, as readable lines (empty when well formed). */
function problems(fx: Fixture): string[] {
  const out: string[] = [];
  const e = fx.expected;
  const text = fold(Buffer.isBuffer(fx.raw!.body) ? fx.raw!.body.toString('utf8') : String(fx.raw!.body));
  const occurs = (what: string, s: string | undefined) => {
    if (s !== undefined && !text.includes(fold(s))) out.push(`${what} does not occur in the input: ${JSON.stringify(s)}`);
  };

  if (e.input.startsWith('raw-news/')) {
    if (!e.published || !DAY.test(e.published)) out.push('published must be YYYY-MM-DD');
    const seen = /\/(\d{4})(\d{2})(\d{2})T/.exec(e.input);
    if (seen && e.published !== `${seen[1]}-${seen[2]}-${seen[3]}`) out.push('published must be the GDELT seen date of the file name');
  }
  if (e.document.publishedAt && e.published && e.document.publishedAt !== e.published) out.push('document.publishedAt differs from published');
  for (const s of e.document.mustRemove ?? []) occurs('document.mustRemove', s);
  for (const s of e.document.mustKeepParagraphs ?? []) occurs('document.mustKeepParagraphs', s);
  // A mustNotContain string absent from the input would make its check pass whatever the cleaner does.
  for (const s of e.document.mustNotContain ?? []) occurs('document.mustNotContain', s);
  for (const s of e.notStatements ?? []) occurs('notStatements', s);

  const keys = new Set<string>();
  for (const st of e.statements) {
    const at = `${st.key}:`;
    if (keys.has(st.key)) out.push(`${at} duplicate key`);
    keys.add(st.key);
    if (st.kind && !KINDS.has(st.kind)) out.push(`${at} kind ${st.kind}`);
    occurs(`${at} contentContains`, st.contentContains);
    // The required speaker is the mention as written; `accept` may add normalised names ("Joe Biden" for "Biden").
    if (st.speaker) occurs(`${at} speaker.required`, st.speaker.required);
    occurs(`${at} cue`, st.cue);
    if (st.channel && !CHANNELS.has(st.channel)) out.push(`${at} channel ${st.channel}`);
    if (st.saidOn && !DAY.test(st.saidOn.date)) out.push(`${at} saidOn ${st.saidOn.date}`);
    if (st.stance && !STANCES.has(st.stance)) out.push(`${at} stance ${st.stance}`);
    if (st.actor?.country && !/^[A-Z]{3}$/.test(st.actor.country)) out.push(`${at} actor.country ${st.actor.country}`);
    if (st.actor?.sector && !SECTORS.has(st.actor.sector)) out.push(`${at} actor.sector ${st.actor.sector}`);
    for (const t of st.targets ?? []) if (!CODE.test(t)) out.push(`${at} target ${t}`);
    // A listed statement must not also be listed as a non-statement: the answer would contradict itself.
    for (const n of e.notStatements ?? []) {
      const [a, b] = [fold(st.contentContains), fold(n)];
      if (a.includes(b) || b.includes(a)) out.push(`${at} overlaps notStatement ${JSON.stringify(n)}`);
    }
  }
  if (e.expectFailure && e.statements.length > 0) out.push('a fixture expecting a failure cannot list statements');
  return out;
}

describe('golden fixture answers are well formed', () => {
  for (const fx of loadFixtures()) {
    const run = fx.raw ? it : it.skip;
    run(`${fx.slug}${fx.skipReason ? ` (skipped: ${fx.skipReason})` : ''}`, () => {
      expect(problems(fx)).toEqual([]);
    });
  }

  it('finds a problem in a deliberately broken answer', () => {
    const [fx] = loadFixtures().filter((f) => f.raw);
    if (!fx) return;
    const broken: Fixture = {
      ...fx,
      expected: {
        ...fx.expected,
        expectFailure: undefined,
        statements: [{ key: 'X', kind: 'quoted', contentContains: 'words that appear in no article at all', channel: 'pigeon' }],
      },
    };
    expect(problems(broken)).toHaveLength(3);
  });
});
