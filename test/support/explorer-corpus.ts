/**
 * A small hand-written corpus for the API and browser tests: documents whose statements carry every
 * field with evidence spans, removed junk, targets with stances, and hostile text (XSS probes).
 * Spans are found by substring so the texts read naturally; a missing substring is a test bug.
 */
import { createHash } from 'node:crypto';
import type { Actor, Extraction, RemovedSpan, Stance, Statement, TextSpan } from '../../src/core/types.js';
import { signature } from '../../src/stages/dedup/minhash.js';
import type { IngestItem } from '../../src/store/store.js';

export const ACTORS = {
  AFG: { name: 'Afghanistan', code: 'AFG', country: 'AFG', sector: 'GOV' },
  FRA: { name: 'France', code: 'FRA', country: 'FRA', sector: 'GOV' },
  CHN: { name: 'China', code: 'CHN', country: 'CHN', sector: 'GOV' },
  BRA: { name: 'Brazil', code: 'BRA', country: 'BRA', sector: 'GOV' },
  RUS: { name: 'Russia', code: 'RUS', country: 'RUS', sector: 'GOV' },
  UKR: { name: 'Ukraine', code: 'UKR', country: 'UKR', sector: 'GOV' },
  UNO: { name: 'United Nations', code: 'UNO', country: null, sector: 'IGO' },
} satisfies Record<string, Actor>;

export interface QuoteSpec {
  readonly content: string;
  readonly speaker: string;
  readonly speakerName?: string;
  readonly cue?: string;
  readonly role?: [value: string, evidence: string];
  readonly actor: Actor;
  readonly saidOn?: [date: string, evidence: string];
  readonly cameo?: [code: string, plover: string, label: string];
  readonly targets?: readonly [Actor, Stance, evidence?: string][];
  readonly stance: Stance;
  readonly kind?: Statement['kind'];
}

export interface DocSpec {
  readonly source: string;
  readonly title: string;
  readonly url?: string | null;
  readonly publishedAt: string;
  /** Paragraphs of the clean text. */
  readonly paragraphs: readonly string[];
  /** Junk lines removed before paragraph N (index into paragraphs). */
  readonly junk?: readonly [before: number, text: string, reason: RemovedSpan['reason']][];
  readonly quotes: readonly QuoteSpec[];
}

function span(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`corpus: "${needle}" not in text`);
  return { text: needle, start, end: start + needle.length };
}

/** The Extraction a perfect pipeline would produce for the spec. */
export function buildDoc(spec: DocSpec): Extraction {
  const text = spec.paragraphs.join('\n\n');
  // The input as read: a date header, then paragraphs with the junk lines between them.
  const removed: RemovedSpan[] = [];
  let input = `date ${spec.publishedAt}\n`;
  removed.push({ start: 0, end: input.length, text: input, reason: 'header', rule: 'date header' });
  spec.paragraphs.forEach((p, i) => {
    for (const [before, junk, reason] of spec.junk ?? []) {
      if (before !== i) continue;
      removed.push({ start: input.length, end: input.length + junk.length, text: junk, reason });
      input += `${junk}\n\n`;
    }
    input += `${p}\n\n`;
  });
  const id = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  const statements = spec.quotes.map((q): Statement => {
    const content = span(text, q.content);
    const speaker = span(text, q.speaker);
    const ev = (needle: string | undefined) => (needle ? span(text, needle) : undefined);
    return {
      id: `st_${createHash('sha256').update(`${id}:${content.start}`).digest('hex').slice(0, 16)}`,
      kind: q.kind ?? 'direct',
      content,
      cue: q.cue ? span(text, q.cue) : null,
      speaker: { ...speaker, name: q.speakerName ?? q.speaker, type: 'person' },
      role: q.role?.[0] ?? null,
      actor: q.actor,
      channel: null,
      saidOn: q.saidOn ? { date: q.saidOn[0], precision: 'day', basis: q.saidOn[1], fallback: false } : { date: spec.publishedAt, precision: 'day', basis: 'publication date', fallback: true },
      event: q.cameo ? { cameo: q.cameo[0], plover: q.cameo[1], label: q.cameo[2] } : null,
      targets: (q.targets ?? []).map(([a, stance, evidence]) => ({ ...a, stance, ...(evidence ? { evidence: span(text, evidence) } : {}) })),
      stance: q.stance,
      confidence: 0.9,
      evidence: {
        ...(q.role ? { role: ev(q.role[1]) } : {}),
        ...(q.saidOn ? { saidOn: ev(q.saidOn[1]) } : {}),
      },
    };
  });
  return {
    document: { id, source: spec.source, url: spec.url ?? null, title: spec.title, publishedAt: spec.publishedAt, publishedAtBasis: 'header', outlet: 'Test Wire', authors: [], language: 'en', text, removed },
    statements,
  };
}

export function ingestItem(e: Extraction): IngestItem {
  const sig = signature(e.document.text);
  return { extraction: e, raw: { source: e.document.source, rawHash: `sha256:${createHash('sha256').update(`raw:${e.document.id}`).digest('hex')}` }, ...(sig ? { signature: sig } : {}) };
}

const { AFG, FRA, CHN, BRA, RUS, UKR, UNO } = ACTORS;

/** Five short reaction stories, written for these tests. */
export const CORPUS: readonly DocSpec[] = [
  {
    source: 'corpus/kabul-statement.txt',
    title: 'Kabul calls for talks',
    url: 'https://news.example/kabul-statement',
    publishedAt: '2022-02-26',
    paragraphs: [
      'The government in Kabul issued a statement on Friday about the war between Russia and Ukraine.',
      'Foreign ministry spokesman Abdul Qahar Balkhi requested that the crisis be resolved through "dialogue and peaceful means."',
      'The statement ended with a call to protect students abroad.',
    ],
    junk: [[2, "cnxps.cmd.push(function () { cnxps({ playerId: 'abc' }).render('x'); });", 'script']],
    quotes: [
      {
        content: 'dialogue and peaceful means.',
        speaker: 'Abdul Qahar Balkhi',
        cue: 'requested',
        role: ['spokesman, Ministry of Foreign Affairs', 'Foreign ministry spokesman'],
        actor: AFG,
        saidOn: ['2022-02-25', 'on Friday'],
        cameo: ['027', 'REQUEST', 'Appeal to others to settle dispute'],
        targets: [[RUS, 'neutral', 'Russia'], [UKR, 'neutral', 'Ukraine']],
        stance: 'neutral',
        kind: 'mixed',
      },
    ],
  },
  {
    source: 'corpus/paris-condemns.txt',
    title: 'Paris condemns the invasion',
    publishedAt: '2022-02-24',
    paragraphs: [
      'President Emmanuel Macron said on Thursday: "This attack is a grave violation of international law and Russia must stop it now."',
      'He added that France stood "shoulder to shoulder with the people of Ukraine".',
    ],
    junk: [[1, 'Advertisement', 'ad']],
    quotes: [
      { content: 'This attack is a grave violation of international law and Russia must stop it now.', speaker: 'Emmanuel Macron', cue: 'said', actor: FRA, saidOn: ['2022-02-24', 'on Thursday'], cameo: ['111', 'DISAPPROVE', 'Criticize or denounce'], targets: [[RUS, 'critical', 'Russia']], stance: 'critical' },
      { content: 'shoulder to shoulder with the people of Ukraine', speaker: 'He', speakerName: 'Emmanuel Macron', cue: 'added', actor: FRA, saidOn: ['2022-02-24', 'on Thursday'], cameo: ['051', 'COOPERATE', 'Praise or endorse'], targets: [[UKR, 'supportive', 'Ukraine']], stance: 'supportive' },
    ],
  },
  {
    source: 'corpus/beijing-restraint.txt',
    title: 'Beijing urges restraint',
    publishedAt: '2022-02-25',
    paragraphs: ['Foreign ministry spokeswoman Hua Chunying told reporters on Friday that "all parties should exercise restraint and return to negotiation."'],
    quotes: [
      { content: 'all parties should exercise restraint and return to negotiation.', speaker: 'Hua Chunying', cue: 'told', role: ['spokeswoman, Ministry of Foreign Affairs', 'Foreign ministry spokeswoman'], actor: CHN, saidOn: ['2022-02-25', 'on Friday'], cameo: ['027', 'REQUEST', 'Appeal to others to settle dispute'], targets: [[RUS, 'neutral'], [UKR, 'neutral']], stance: 'neutral' },
    ],
  },
  {
    source: 'corpus/un-chief.txt',
    title: 'UN chief appeals for peace',
    publishedAt: '2022-02-24',
    paragraphs: ['Secretary-General Antonio Guterres said: "President Putin, in the name of humanity, bring your troops back to Russia."'],
    quotes: [
      { content: 'President Putin, in the name of humanity, bring your troops back to Russia.', speaker: 'Antonio Guterres', cue: 'said', role: ['Secretary-General', 'Secretary-General'], actor: UNO, cameo: ['027', 'REQUEST', 'Appeal to others to settle dispute'], targets: [[RUS, 'critical', 'Russia']], stance: 'critical' },
    ],
  },
  {
    source: 'corpus/brasilia-neutral.txt',
    title: 'Brasilia stays neutral',
    publishedAt: '2022-02-27',
    paragraphs: ['President Jair Bolsonaro said on Sunday that Brazil "will not take sides" and called for a ceasefire.'],
    quotes: [
      { content: 'will not take sides', speaker: 'Jair Bolsonaro', cue: 'said', actor: BRA, saidOn: ['2022-02-27', 'on Sunday'], cameo: ['012', 'DISAPPROVE', 'Make pessimistic comment'], targets: [[RUS, 'neutral'], [UKR, 'neutral']], stance: 'neutral' },
    ],
  },
];

/** Documents whose text, title, URL and quotes try to run script in the page. */
export const HOSTILE: readonly DocSpec[] = [
  {
    source: 'corpus/<img src=x onerror=alert(1)>.html',
    title: '<script>window.__xss = "title"</script>Hostile title',
    url: 'javascript:window.__xss="url"',
    publishedAt: '2022-03-01',
    paragraphs: [
      'An official named <img src=x onerror="window.__xss=\'speaker\'"> said: "<script>window.__xss = \'quote\'</script> we reject this <a href="javascript:window.__xss=\'link\'">link</a>."',
      'The text also holds <iframe src="javascript:window.__xss=\'iframe\'"></iframe> and <svg onload="window.__xss=\'svg\'"></svg> markup.',
    ],
    junk: [[1, '<img src=y onerror="window.__xss=\'junk\'">', 'script']],
    quotes: [
      {
        content: '<script>window.__xss = \'quote\'</script> we reject this <a href="javascript:window.__xss=\'link\'">link</a>.',
        speaker: '<img src=x onerror="window.__xss=\'speaker\'">',
        cue: 'said',
        role: ['<b onmouseover="window.__xss=\'role\'">official</b>', 'official'],
        actor: { name: '<img src=z onerror="window.__xss=\'actor\'">', code: 'XSS', country: null, sector: null },
        cameo: ['111', 'DISAPPROVE', '<script>window.__xss="event"</script>'],
        targets: [[{ name: '<svg onload="window.__xss=\'target\'">', code: 'RUS', country: 'RUS', sector: 'GOV' }, 'critical']],
        stance: 'critical',
      },
    ],
  },
];

export function corpusExtractions(specs: readonly DocSpec[] = CORPUS): Extraction[] {
  return specs.map(buildDoc);
}
