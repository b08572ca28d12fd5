/** Rows for `communique export`: flat CSV, and GDELT 2.0 event TSV (its 61 columns, filled where we know the field). */
import { goldstein } from '../stages/events/lexicon.js';
import type { StatementHit } from '../store/store.js';

export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/**
 * GDELT's QuadClass from the CAMEO root: 1 verbal cooperation (01–05), 2 material cooperation (06–08),
 * 3 verbal conflict (09–13), 4 material conflict (14–20). The ranges are those of the CAMEO dataset
 * card (../shared/datasets/cameo/CARD.md) and of GDELT client libraries (py-gdelt's get_quad_class).
 */
export function quadClass(cameo: string): number | null {
  const root = Number(cameo.slice(0, 2));
  if (!/^\d{2}/.test(cameo) || root < 1 || root > 20) return null;
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/** Rows per statement in the TSV is at most this: GLOBALEVENTID keeps 6 bits for the target's position. */
export const MAX_TARGET_ROWS = 64;

/**
 * GDELT's GLOBALEVENTID is an integer (INT64); ours is derived from the statement id (`st_` + 16 hex
 * digits of a content hash): its first 14 hex digits (56 bits) × 64 + the target's position, so it is
 * stable across databases and re-ingests, rows of one statement share `GLOBALEVENTID >> 6`, and the
 * largest value (2^62) fits a signed 64-bit column. A statement id of another shape gets a hash of it.
 */
export function globalEventId(statementId: string, targetIndex: number): string {
  const hex = /^st_([0-9a-f]{14})/.exec(statementId)?.[1] ?? fnv56(statementId);
  return (BigInt(`0x${hex}`) * BigInt(MAX_TARGET_ROWS) + BigInt(targetIndex)).toString();
}

function fnv56(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return (h >> 8n).toString(16).padStart(14, '0');
}

function fractionDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  return (d.getUTCFullYear() + dayOfYear / 365).toFixed(4);
}

/** CAMEO actor codes join the country and the role: AFG + GOV = AFGGOV. */
function cameoActor(code: string, sector: string | null): string {
  return sector && code.length === 3 && code !== sector ? `${code}${sector}` : code;
}

function tsvCell(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
}

/**
 * GDELT's DATEADDED (YYYYMMDDHHMMSS, UTC) from a publication date: a day gives midnight, a timestamp
 * its UTC time; anything else (or none) leaves the cell empty rather than guessing.
 */
export function dateAdded(published: string | null | undefined): string | null {
  if (!published) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return `${published.replaceAll('-', '')}000000`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(published)) return null;
  const t = new Date(published);
  return Number.isNaN(t.getTime()) ? null : t.toISOString().slice(0, 19).replace(/\D/g, '');
}

/**
 * One row per (statement, target); a statement without targets gives one row with an empty Actor2.
 * `firstReported` is the earliest publication date of the documents that report the statement: GDELT's
 * DATEADDED is when an event entered its database, i.e. when the first article about it was processed,
 * not when the event happened (that is SQLDATE). We keep no ingest clock (an export is reproducible),
 * so the first report's publication time is the nearest fact we have.
 */
export function gdeltRows(h: StatementHit, sourceUrl: string, firstReported: string | null = null): string[] {
  const s = h.statement;
  const day = h.date && /^\d{4}-\d{2}-\d{2}$/.test(h.date) ? h.date : null;
  const targets = s.targets.length > 0 ? s.targets.slice(0, MAX_TARGET_ROWS) : [null];
  return targets.map((t, i) => {
    const row: Record<string, string | number | null> = {
      GLOBALEVENTID: globalEventId(s.id, i),
      SQLDATE: day ? day.replaceAll('-', '') : null,
      MonthYear: day ? day.slice(0, 7).replace('-', '') : null,
      Year: day ? day.slice(0, 4) : null,
      FractionDate: day ? fractionDate(day) : null,
      Actor1Code: s.actor ? cameoActor(s.actor.code, s.actor.sector) : null,
      Actor1Name: s.actor?.name.toUpperCase() ?? null,
      Actor1CountryCode: s.actor?.country ?? null,
      Actor1Type1Code: s.actor?.sector ?? null,
      Actor2Code: t ? cameoActor(t.code, t.sector) : null,
      Actor2Name: t?.name.toUpperCase() ?? null,
      Actor2CountryCode: t?.country ?? null,
      Actor2Type1Code: t?.sector ?? null,
      IsRootEvent: 1,
      EventCode: s.event?.cameo ?? null,
      EventBaseCode: s.event?.cameo.slice(0, 3) ?? null,
      EventRootCode: s.event?.cameo.slice(0, 2) ?? null,
      QuadClass: s.event ? quadClass(s.event.cameo) : null,
      GoldsteinScale: s.event ? goldstein(s.event.cameo) : null,
      NumMentions: h.sourceCount,
      NumSources: h.sourceCount,
      NumArticles: h.sourceCount,
      DATEADDED: dateAdded(firstReported),
      SOURCEURL: sourceUrl,
    };
    return GDELT_EVENT_COLUMNS.map((c) => tsvCell(row[c])).join('\t');
  });
}

export const CSV_COLUMNS = [
  'id', 'date', 'kind', 'speaker', 'role', 'actor_code', 'actor_name', 'channel', 'said_on', 'said_on_precision',
  'event_cameo', 'event_label', 'targets', 'stance', 'confidence', 'quote', 'source_count', 'document_id', 'source',
  // false when `speaker` is a description the text gives instead of a name ("analysts", "officials").
  'speaker_named',
] as const;

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(h: StatementHit): string {
  const s = h.statement;
  const values: (string | number | null)[] = [
    s.id, h.date, s.kind, s.speaker?.name ?? s.speaker?.text ?? null, s.role, s.actor?.code ?? null, s.actor?.name ?? null, s.channel,
    s.saidOn?.date ?? null, s.saidOn?.precision ?? null, s.event?.cameo ?? null, s.event?.label ?? null,
    s.targets.map((t) => `${t.code}:${t.stance}`).join(' '), s.stance, s.confidence, s.content.text, h.sourceCount, h.documentId, h.documentSource,
    s.speaker ? String(!!s.speaker.name) : null,
  ];
  return values.map(csvCell).join(',');
}
