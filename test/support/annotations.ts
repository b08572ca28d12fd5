/**
 * Hand annotations → the stages' inputs: the clean text, its mentions, and `Attribution`s built from a
 * content snippet, a cue and a speaker as written, so stages 8–9 can be measured without stage 7.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, Mention, Segments } from '../../src/core/analysis.js';
import { createContext } from '../../src/core/stage.js';
import type { SpeakerType } from '../../src/core/types.js';
import { actors } from '../../src/stages/actors/index.js';
import { clean } from '../../src/stages/clean/index.js';
import { decode } from '../../src/stages/decode/index.js';
import { segment } from '../../src/stages/segment/index.js';

export interface AnnotatedStatement {
  id: string;
  file: string;
  published: string;
  content: string;
  cue: string;
  speaker: string;
  kind: 'direct' | 'indirect' | 'mixed';
  cameo: string;
  targets: { code: string; stance: string }[];
  stance: string;
  saidOn: string | null;
}

export interface NotStatement {
  id: string;
  file: string;
  published: string;
  content: string;
  cue: string;
}

export interface Prepared {
  readonly text: string;
  readonly segments: Segments;
  readonly mentions: readonly Mention[];
  readonly publishedAt: string;
}

const stories = new Map<string, Map<string, string>>();

/**
 * The body an annotation's `file` names, under the datasets folder: a plain file
 * ("raw-news/dev/….txt"), or one story of a JSON-lines corpus by its id ("voa/voa_stories.jsonl#8010842").
 */
export function annotatedSource(datasets: string, file: string): Uint8Array | string | null {
  const hash = file.indexOf('#');
  if (hash < 0) return readFileSync(join(datasets, file));
  const corpus = file.slice(0, hash);
  let byId = stories.get(corpus);
  if (!byId) {
    byId = new Map();
    for (const line of readFileSync(join(datasets, corpus), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof row.id === 'string' && typeof row.text === 'string') byId.set(row.id, row.text);
    }
    stories.set(corpus, byId);
  }
  return byId.get(file.slice(hash + 1)) ?? null;
}

/** Decode, clean, segment and find actors, as the pipeline does (stages 2–6). */
export function prepare(body: Uint8Array | string, source: string, publishedAt: string): Prepared | null {
  const ctx = createContext({ published: publishedAt });
  const decoded = decode.run({ source, body, mediaType: null }, ctx);
  if (!decoded.ok) return null;
  const cleaned = clean.run(decoded.value, ctx);
  if (!cleaned.ok) return null;
  const text = cleaned.value.text;
  const segments = segment.run({ text }, ctx);
  return { text, segments, mentions: actors.run({ text, segments, publishedAt }, ctx), publishedAt };
}

/** Straight quotes, lower case: the same length as the input, so indices carry over. */
function fold(s: string): string {
  return s.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'").toLowerCase();
}

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);

/** The quotation around `at` in its paragraph, as [start, end) of the inside, or null. */
function quotationAround(text: string, pStart: number, pEnd: number, at: number): [number, number] | null {
  let open: number | null = null;
  for (let i = pStart; i < at; i++) {
    const c = text[i]!;
    const twin = c === "'" && text[i + 1] === "'";
    if (OPEN.has(c)) open = i + 1;
    else if (CLOSE.has(c)) open = null;
    else if (c === '"' || twin) {
      open = open === null ? i + (twin ? 2 : 1) : null;
      if (twin) i++;
    }
  }
  if (open === null) return null;
  const rest = text.slice(at, pEnd);
  const close = rest.search(/[”»"]|''/);
  return [open, close >= 0 ? at + close : pEnd];
}

function nearest(text: string, needle: string, from: number, to: number, near: number, avoid?: [number, number]): number | null {
  const hay = fold(text.slice(from, to));
  const n = fold(needle);
  let best: number | null = null;
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) {
    const at = from + i;
    if (avoid && at >= avoid[0] && at < avoid[1]) continue;
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

const PRONOUNS = /^(?:he|she|it|they|we|i)$/i;
const DOCUMENTS = /\b(?:statement|document|letter|message|tweet)\b/i;

/** An Attribution for one annotation, or null when its snippet is not in the clean text. */
export function attributionFor(p: Prepared, item: { content: string; cue: string; speaker?: string; kind?: string }): Attribution | null {
  const { text, segments } = p;
  const at = fold(text).indexOf(fold(item.content));
  if (at < 0) return null;
  const para = segments.paragraphs.find((x) => x.start <= at && at < x.end) ?? { start: 0, end: text.length };
  const snippetEnd = at + item.content.length;
  const q = quotationAround(text, para.start, para.end, at);
  let start = at;
  let end: number;
  if (q) [start, end] = q;
  else {
    const sentence = segments.sentences.find((s) => s.start <= snippetEnd - 1 && snippetEnd - 1 < s.end);
    end = Math.max(snippetEnd, (sentence?.end ?? para.end));
    while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  }
  const window: [number, number] = [Math.max(0, para.start - 1), para.end];
  // The cue of indirect speech usually closes its own sentence ("…, officials said Wednesday"): look there first.
  const cueAt =
    (!q ? nearest(text, item.cue, snippetEnd, end + 1, snippetEnd) : null) ??
    nearest(text, item.cue, window[0], window[1], start, [start, end]) ??
    nearest(text, item.cue, window[0], window[1], start);
  const cue = cueAt === null ? null : { text: text.slice(cueAt, cueAt + item.cue.length), start: cueAt, end: cueAt + item.cue.length };
  let source: Attribution['source'] = null;
  if (item.speaker) {
    const prevPara = segments.paragraphs.filter((x) => x.end <= para.start).pop();
    const sAt =
      (!q && cue && cue.start >= snippetEnd ? nearest(text, item.speaker, snippetEnd, end + 1, cue.start) : null) ??
      nearest(text, item.speaker, prevPara?.start ?? para.start, para.end, cue?.start ?? start, [start, end]);
    if (sAt !== null) {
      const type: SpeakerType = DOCUMENTS.test(item.speaker) ? 'document' : PRONOUNS.test(item.speaker) ? 'person' : 'unknown';
      source = { text: text.slice(sAt, sAt + item.speaker.length), start: sAt, end: sAt + item.speaker.length, type };
    }
  }
  // Indirect speech ends where its reporting clause begins ("…, officials said Wednesday", "… - said X").
  if (!q && cue && cue.start >= snippetEnd && cue.start < end) {
    end = cue.start;
    while (end > start && /[\s,.\-–—]/.test(text[end - 1]!)) end--;
    if (source && source.start >= snippetEnd && source.start < end) end = source.start;
    while (end > start && /[\s,.\-–—]/.test(text[end - 1]!)) end--;
  }
  if (item.speaker && !source) {
    const sAt = nearest(text, item.speaker, para.start, para.end, cue?.start ?? start, [start, end]);
    if (sAt !== null) {
      const type: SpeakerType = DOCUMENTS.test(item.speaker) ? 'document' : PRONOUNS.test(item.speaker) ? 'person' : 'unknown';
      source = { text: text.slice(sAt, sAt + item.speaker.length), start: sAt, end: sAt + item.speaker.length, type };
    }
  }
  // A quotation split by its cue ("“A,” she said. “B.”") is one attribution with two fragments.
  let fragments: { start: number; end: number }[] | undefined;
  if (q && cue && cue.start > end && cue.start - end < 100) {
    const next = text.slice(cue.end, para.end).search(/[“"]/);
    if (next >= 0) {
      const s2 = cue.end + next + 1;
      const close = text.slice(s2, para.end).search(/[”"]/);
      const e2 = close >= 0 ? s2 + close : para.end;
      fragments = [{ start, end }, { start: s2, end: e2 }];
      end = e2;
    }
  }
  const speakerName = source && source.type !== 'document' && !PRONOUNS.test(source.text) ? source.text : null;
  return {
    kind: (item.kind as Attribution['kind']) ?? 'indirect',
    content: { text: text.slice(start, end), start, end, ...(fragments && { fragments }) },
    cue,
    source,
    speakerName,
    role: null,
    affiliation: null,
    channel: null,
    confidence: 1,
  };
}

/**
 * Stage 7 resolves "he", "she", "it" to the speaker named before; the harness does the same from the
 * annotations, which are in text order: a pronoun takes the name of the last named source before it.
 */
export function resolvePronouns(attributions: readonly (Attribution | null)[], mentions: readonly Mention[] = []): (Attribution | null)[] {
  let last: string | null = null;
  const order = attributions.map((a, i) => ({ a, i })).filter((x) => x.a).sort((x, y) => x.a!.content.start - y.a!.content.start);
  const out = [...attributions];
  for (const { a, i } of order) {
    if (a!.speakerName) last = a!.speakerName;
    else if (a!.source && /^(?:he|she)$/i.test(a!.source.text)) {
      // No named source before: the nearest person named before the statement ("Mr. Putin … when he lashed out").
      const before = Math.min(a!.source.start, a!.content.start);
      const person = [...mentions].reverse().find((m) => m.kind === 'person' && m.end <= before);
      const name = last ?? person?.name ?? person?.text ?? null;
      if (name) out[i] = { ...a!, speakerName: name };
    } else if (a!.source && PRONOUNS.test(a!.source.text) && last) out[i] = { ...a!, speakerName: last };
  }
  return out;
}
