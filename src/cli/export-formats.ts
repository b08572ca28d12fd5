/** Rows for `communique export`: flat CSV, and GDELT 2.0 event TSV (its 61 columns, filled where we know the field). */
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

/** GDELT's QuadClass from the CAMEO root: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. */
export function quadClass(cameo: string): number | null {
  const root = Number(cameo.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return null;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
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

/** One row per (statement, target); a statement without targets gives one row with an empty Actor2. */
export function gdeltRows(h: StatementHit, sourceUrl: string): string[] {
  const s = h.statement;
  const day = h.date && /^\d{4}-\d{2}-\d{2}$/.test(h.date) ? h.date : null;
  const targets = s.targets.length > 0 ? s.targets : [null];
  return targets.map((t) => {
    const row: Record<string, string | number | null> = {
      GLOBALEVENTID: t ? `${s.id}:${t.code}` : s.id,
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
      NumMentions: h.sourceCount,
      NumSources: h.sourceCount,
      NumArticles: h.sourceCount,
      SOURCEURL: sourceUrl,
    };
    return GDELT_EVENT_COLUMNS.map((c) => tsvCell(row[c])).join('\t');
  });
}

export const CSV_COLUMNS = [
  'id', 'date', 'kind', 'speaker', 'role', 'actor_code', 'actor_name', 'channel', 'said_on', 'said_on_precision',
  'event_cameo', 'event_label', 'targets', 'stance', 'confidence', 'quote', 'source_count', 'document_id', 'source',
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
  ];
  return values.map(csvCell).join(',');
}
