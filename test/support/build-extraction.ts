/** Hand-built Extractions for store tests: the extraction stages are not needed to test storage. */
import { createHash } from 'node:crypto';
import type { Actor, Extraction, Stance, Statement, Target } from '../../src/core/types.js';

export const RUS: Actor = { name: 'Russia', code: 'RUS', country: 'RUS', sector: 'GOV' };
export const UKR: Actor = { name: 'Ukraine', code: 'UKR', country: 'UKR', sector: 'GOV' };
export const AFG: Actor = { name: 'Afghanistan', code: 'AFG', country: 'AFG', sector: 'GOV' };
export const FRA: Actor = { name: 'France', code: 'FRA', country: 'FRA', sector: 'GOV' };

export interface QuoteSpec {
  readonly quote: string;
  readonly speaker?: string;
  readonly actor?: Actor | null;
  readonly targets?: readonly (readonly [Actor, Stance])[];
  readonly stance?: Stance;
  readonly saidOn?: string;
  readonly cameo?: string;
  /** The speaker is only described ("analysts"): no name, type unknown. */
  readonly unnamed?: boolean;
}

/** A document whose text holds each quote as `SPEAKER said: "QUOTE"`, with statements pointing at them. */
export function buildExtraction(source: string, publishedAt: string | null, quotes: readonly QuoteSpec[], extra = ''): Extraction {
  let text = extra ? `${extra}\n\n` : '';
  const placed: { q: QuoteSpec; start: number; speakerStart: number }[] = [];
  for (const q of quotes) {
    const speaker = q.speaker ?? 'A spokesman';
    const speakerStart = text.length;
    text += `${speaker} said: "`;
    placed.push({ q, start: text.length, speakerStart });
    text += `${q.quote}"\n\n`;
  }
  const id = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  const statements: Statement[] = placed.map(({ q, start, speakerStart }) => {
    const speaker = q.speaker ?? 'A spokesman';
    const targets: Target[] = (q.targets ?? []).map(([a, stance]) => ({ ...a, stance }));
    return {
      id: `st_${createHash('sha256').update(`${id}:${start}`).digest('hex').slice(0, 16)}`,
      kind: 'direct',
      content: { text: q.quote, start, end: start + q.quote.length },
      cue: { text: 'said', start: speakerStart + speaker.length + 1, end: speakerStart + speaker.length + 5 },
      speaker: { text: speaker, start: speakerStart, end: speakerStart + speaker.length, name: q.unnamed ? null : speaker, type: q.unnamed ? 'unknown' : 'person' },
      role: null,
      actor: q.actor === undefined ? null : q.actor,
      channel: null,
      saidOn: q.saidOn ? { date: q.saidOn, precision: 'day', basis: 'on Friday', fallback: false } : null,
      event: q.cameo ? { cameo: q.cameo, plover: null, label: `code ${q.cameo}` } : null,
      targets,
      stance: q.stance ?? q.targets?.[0]?.[1] ?? 'unknown',
      confidence: 0.9,
      evidence: {},
    };
  });
  return {
    document: {
      id,
      source,
      url: null,
      title: `Story from ${source}`,
      publishedAt,
      publishedAtBasis: publishedAt ? 'header' : null,
      outlet: null,
      authors: [],
      language: 'en',
      text,
      removed: [{ start: 0, end: 16, reason: 'header', text: 'date 2022-02-26\n' }],
    },
    statements,
  };
}

export function rawOf(e: Extraction) {
  return { source: e.document.source, rawHash: `sha256:raw-${e.document.id}` };
}
