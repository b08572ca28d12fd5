/**
 * The "international reactions" view: statements grouped by the actor that made them, with that actor's
 * position toward chosen targets. Pure over Extraction[], so the CLI, the store and the server share it.
 */
import { hasOwnQuoteMarks } from '../core/quote-marks.js';
import type { Actor, Extraction, Stance, Statement } from '../core/types.js';

/** A position toward one target: a stance, or `mixed` when the actor's statements disagree. */
export type Position = Stance | 'mixed';

export interface ReactionStatement {
  readonly id: string;
  readonly source: string;
  readonly saidOn: string | null;
  /** day, week, month or year: how much of `saidOn` the text established. */
  readonly precision: string | null;
  /** True when the date is the publication date because the text gave none. */
  readonly dateFallback: boolean;
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly content: string;
  readonly cameo: string | null;
  readonly event: string | null;
  readonly stance: Stance;
  readonly toward: Readonly<Record<string, Stance>>;
}

export interface Reaction {
  readonly actor: Actor;
  /** Position toward each chosen target the actor spoke about. */
  readonly position: Readonly<Record<string, Position>>;
  /** One line: "neutral toward RUS, UKR" or "critical toward RUS; supportive toward UKR". */
  readonly summary: string;
  readonly firstSaid: string | null;
  readonly latestSaid: string | null;
  /** The event types behind the position, most frequent first ("Appeal for de-escalation ×2"). */
  readonly events: readonly string[];
  readonly statements: readonly ReactionStatement[];
}

export interface ReactionOptions {
  /** Target codes (RUS, UKR, NATO …); empty means every target. */
  readonly toward: readonly string[];
}

function positionOf(stances: readonly Stance[]): Position {
  const known = stances.filter((s) => s !== 'unknown');
  if (known.length === 0) return 'unknown';
  const count = (s: Stance) => known.filter((k) => k === s).length;
  const crit = count('critical');
  const supp = count('supportive');
  const neut = count('neutral');
  if (crit > 0 && supp > 0 && crit === supp) return 'mixed';
  const max = Math.max(crit, supp, neut);
  return crit === max ? 'critical' : supp === max ? 'supportive' : 'neutral';
}

function summarise(position: Readonly<Record<string, Position>>): string {
  const by = new Map<Position, string[]>();
  for (const [code, p] of Object.entries(position)) by.set(p, [...(by.get(p) ?? []), code]);
  return [...by].map(([p, codes]) => `${p} toward ${codes.join(', ')}`).join('; ');
}

function statementRow(doc: Extraction['document'], s: Statement, toward: ReadonlySet<string> | null): ReactionStatement {
  const towardStances: Record<string, Stance> = {};
  for (const t of s.targets) if (!toward || toward.has(t.code)) towardStances[t.code] = t.stance;
  return {
    id: s.id,
    source: doc.source,
    saidOn: s.saidOn?.date ?? null,
    precision: s.saidOn?.precision ?? null,
    dateFallback: s.saidOn?.fallback ?? false,
    speaker: s.speaker?.name ?? s.speaker?.text ?? null,
    cue: s.cue?.text ?? null,
    content: s.content.text,
    cameo: s.event?.cameo ?? null,
    event: s.event?.label ?? null,
    stance: s.stance,
    toward: towardStances,
  };
}

/**
 * Groups statements toward the chosen targets by the actor they speak for. Statements without an actor,
 * without an event (not statements) or not aimed at a chosen target are left out.
 * @example reactions(extractions, { toward: ['RUS', 'UKR'] })[0].summary // "neutral toward RUS, UKR"
 */
export function reactions(extractions: readonly Extraction[], options: ReactionOptions): Reaction[] {
  const toward = options.toward.length > 0 ? new Set(options.toward.map((c) => c.toUpperCase())) : null;
  const groups = new Map<string, { actor: Actor; rows: ReactionStatement[] }>();
  for (const x of extractions) {
    for (const s of x.statements) {
      if (!s.actor || !s.event) continue;
      const row = statementRow(x.document, s, toward);
      if (Object.keys(row.toward).length === 0) continue;
      const g = groups.get(s.actor.code) ?? { actor: s.actor, rows: [] };
      g.rows.push(row);
      groups.set(s.actor.code, g);
    }
  }
  const out: Reaction[] = [];
  for (const { actor, rows } of groups.values()) {
    const sorted = [...rows].sort((a, b) => (a.saidOn ?? '9999').localeCompare(b.saidOn ?? '9999') || a.id.localeCompare(b.id));
    const codes = [...new Set(sorted.flatMap((r) => Object.keys(r.toward)))].sort();
    const position: Record<string, Position> = {};
    for (const code of codes) position[code] = positionOf(sorted.flatMap((r) => (r.toward[code] ? [r.toward[code]!] : [])));
    const dated = sorted.map((r) => r.saidOn).filter((d): d is string => d !== null);
    const eventCounts = new Map<string, number>();
    for (const r of sorted) if (r.event) eventCounts.set(r.event, (eventCounts.get(r.event) ?? 0) + 1);
    out.push({
      actor: { name: actor.name, code: actor.code, country: actor.country, sector: actor.sector },
      position,
      summary: summarise(position),
      firstSaid: dated[0] ?? null,
      latestSaid: dated[dated.length - 1] ?? null,
      events: [...eventCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([e, n]) => (n > 1 ? `${e} ×${n}` : e)),
      statements: sorted,
    });
  }
  return out.sort((a, b) => (a.firstSaid ?? '9999').localeCompare(b.firstSaid ?? '9999') || a.actor.code.localeCompare(b.actor.code));
}

/** The reactions as a plain-text table: one row per actor, its statements indented beneath. */
export function reactionsTable(rows: readonly Reaction[]): string {
  if (rows.length === 0) return 'No statements toward the chosen targets.\n';
  const head = ['actor', 'position', 'first', 'latest', 'statements'];
  const body = rows.map((r) => [`${r.actor.name} (${r.actor.code}${r.actor.sector ? ` ${r.actor.sector}` : ''})`, r.summary, r.firstSaid ?? '-', r.latestSaid ?? '-', String(r.statements.length)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const lines = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  rows.forEach((r, i) => {
    lines.push(line(body[i]!));
    for (const s of r.statements) {
      const text = s.content.length > 90 ? `${s.content.slice(0, 87)}...` : s.content;
      // A direct quote keeps its source's marks: wrap only the others, never in a second pair.
      const quote = hasOwnQuoteMarks(s.content) ? text : `"${text}"`;
      lines.push(`    ${shown(s).padEnd(10)}${s.dateFallback ? '*' : ' '} ${(s.cameo ?? '-').padEnd(4)} ${s.stance.padEnd(10)} ${s.speaker ?? '?'}: ${quote}`);
    }
  });
  if (rows.some((r) => r.statements.some((s) => s.dateFallback))) lines.push('', '* publication date: the text gives no date for the statement');
  return `${lines.join('\n')}\n`;
}

/** A date as precise as the text made it: 2022-02-25, 2022-02 (month), 2012 (year), "week of 2022-02-19". */
function shown(s: ReactionStatement): string {
  if (!s.saidOn) return '----------';
  if (s.precision === 'year') return s.saidOn.slice(0, 4);
  if (s.precision === 'month') return s.saidOn.slice(0, 7);
  return s.saidOn;
}
