/** Human-readable lines for statements and actors on a terminal. */
import { hasOwnQuoteMarks } from '../core/quote-marks.js';
import type { Statement } from '../core/types.js';
import type { StatementDetail, StatementHit } from '../store/store.js';

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The speaker's name; a source the text only describes ("analysts") says so, so it never reads as a name. */
export function speakerLabel(s: Statement): string {
  const name = s.speaker?.name ?? (s.speaker ? `${s.speaker.text} (not named)` : 'unknown speaker');
  return s.actor ? `${name} (${s.actor.code})` : name;
}

/** The quote between marks, unless it keeps its own ("We will…," from the source): never two pairs. */
export function quoted(text: string, max: number): string {
  const t = clip(text, max);
  return hasOwnQuoteMarks(text) ? t : `"${t}"`;
}

/** `st_…  2022-02-25  Balkhi (AFG) → RUS, UKR  [027 neutral]  "…"` */
export function statementLine(h: StatementHit): string {
  const s = h.statement;
  const targets = s.targets.length > 0 ? ` → ${s.targets.map((t) => t.code).join(', ')}` : '';
  const tags = [s.event?.cameo, s.stance !== 'unknown' ? s.stance : null].filter(Boolean).join(' ');
  const sources = h.sourceCount > 1 ? ` (${h.sourceCount} sources)` : '';
  return `${s.id}  ${h.date ?? '----------'}  ${speakerLabel(s)}${targets}${tags ? `  [${tags}]` : ''}  ${quoted(s.content.text, 160)}${sources}\n`;
}

/** The quote in its paragraph, marked »like this«, with every field's evidence listed. */
export function statementDetail(d: StatementDetail): string {
  const s = d.statement;
  const text = d.document.record.text;
  const from = Math.max(0, text.lastIndexOf('\n\n', s.content.start) + 2);
  const paraEnd = text.indexOf('\n\n', s.content.end);
  const to = paraEnd < 0 ? text.length : paraEnd;
  const context = `${text.slice(Math.max(from, s.content.start - 600), s.content.start)}»${text.slice(s.content.start, s.content.end)}«${text.slice(s.content.end, Math.min(to, s.content.end + 600))}`;
  const rows: [string, string | null][] = [
    ['id', s.id],
    ['kind', s.kind],
    [
      'speaker',
      !s.speaker
        ? null
        : s.speaker.name
          ? `${s.speaker.name} (${s.speaker.type}; as written: "${s.speaker.text}" at ${s.speaker.start}–${s.speaker.end})`
          : `${s.speaker.text} (not named; at ${s.speaker.start}–${s.speaker.end})`,
    ],
    ['role', s.role],
    ['actor', s.actor ? `${s.actor.name} [${s.actor.code}${s.actor.sector ? ` ${s.actor.sector}` : ''}]` : null],
    ['cue', s.cue ? `"${s.cue.text}" at ${s.cue.start}–${s.cue.end}` : null],
    ['channel', s.channel],
    ['said on', s.saidOn ? `${s.saidOn.date} (${s.saidOn.precision}; "${s.saidOn.basis}"${s.saidOn.fallback ? ', publication date fallback' : ''})` : null],
    ['event', s.event ? `${s.event.cameo} ${s.event.label}${s.event.plover ? ` (${s.event.plover})` : ''}` : null],
    ['targets', s.targets.length > 0 ? s.targets.map((t) => `${t.name} [${t.code}] ${t.stance}`).join('; ') : null],
    ['stance', s.stance],
    ['confidence', String(s.confidence)],
  ];
  const evidence = Object.entries(s.evidence).map(([k, v]) => `  ${k}: "${v.text}" at ${v.start}–${v.end}`);
  const sources = d.sources.map((x) => `  ${x.publishedAt ?? '----------'}  ${x.title ?? '(untitled)'}  ${x.url ?? x.source}  [${x.documentId}]`);
  return [
    ...rows.filter(([, v]) => v !== null).map(([k, v]) => `${k.padEnd(11)}${v}`),
    ...(evidence.length > 0 ? ['evidence', ...evidence] : []),
    `sources (${d.sources.length})`,
    ...sources,
    '',
    `in ${d.document.title ?? d.document.source}:`,
    context.trim(),
    '',
  ].join('\n');
}
