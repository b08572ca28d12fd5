/**
 * Statement search, newest first, in time independent of how many statements match. Rowids are
 * date-ordered (rowid.ts), so each candidate "driver" (the FTS5 doclist, the targets index, the
 * actor index, or the table) yields rowids already in page order; the planner picks the most
 * selective driver by counting each up to a small cap, and checks the other filters row by row.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StatementFilter } from '../store.js';
import type { FacetRow, SearchRow } from '../shared/dialect.js';
import { rowidRange } from '../shared/rowid.js';
import type { Database } from '../shared/schema.js';
import { ftsColumnQuery } from './fts.js';

/** Below this many candidates a driver is cheap to walk whatever the other filters reject. */
const CAP = 3000;
/** At most this many FTS5 per-row checks are worth avoiding a long full-text scan. */
const FTS_CHECK_BUDGET = 300;

type Driver = 'fts' | 'target' | 'actor' | 'table' | 'document';

async function codesFor(db: Kysely<Database>, value: string): Promise<string[]> {
  const rows = await db
    .selectFrom('actors')
    .select('code')
    .where((eb) => eb.or([eb('code', '=', value.toUpperCase()), eb('name', '=', sql<string>`${value} collate nocase`)]))
    .execute();
  return rows.map((r) => r.code);
}

function list(values: readonly (string | number)[]): RawBuilder<unknown> {
  return sql`(${sql.join(values.map((v) => sql`${v}`))})`;
}

/**
 * Checking a row against FTS5 costs ~100× an index probe (measured at 1M statements), so full-text
 * drives unless it matches very many statements and another filter very few; otherwise the most
 * selective index drives, the table when there is none.
 */
function chooseDriver(counts: readonly [Driver, number][]): Driver {
  const fts = counts.find(([d]) => d === 'fts');
  const others = counts.filter(([d]) => d !== 'fts').sort((a, b) => a[1] - b[1]);
  const best = others[0];
  if (fts) return fts[1] >= CAP && best && best[1] < FTS_CHECK_BUDGET ? best[0] : 'fts';
  return best?.[0] ?? 'table';
}

async function boundedCount(db: Kysely<Database>, query: RawBuilder<unknown>): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from (${query} limit ${CAP})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

const PAGE_COLUMNS = sql`s.rowid, s.json, s.sort_date, s.source_count, d.public_id as doc_id, d.title as doc_title, d.source as doc_source`;

/** One page of statements matching `f`, strictly below `cursor` (a rowid), newest first. */
export function searchRows(db: Kysely<Database>, f: StatementFilter, limit: number, cursor: number | null): Promise<SearchRow[]> {
  return matchingRows<SearchRow>(db, f, limit, cursor, PAGE_COLUMNS, true);
}

/** The newest `limit` matching statements' facet columns. */
export function facetRows(db: Kysely<Database>, f: StatementFilter, limit: number): Promise<FacetRow[]> {
  return matchingRows<FacetRow>(db, f, limit, null, sql`s.rowid, s.speaker, s.actor_code, s.event_cameo, s.stance`, false);
}

async function matchingRows<T>(
  db: Kysely<Database>,
  f: StatementFilter,
  limit: number,
  cursor: number | null,
  cols: RawBuilder<unknown>,
  withDocument: boolean,
): Promise<T[]> {
  const quoteText = f.text && f.scope !== 'all' ? ftsColumnQuery('content', f.text) : null;
  const speaker = f.speaker ? ftsColumnQuery('speaker', f.speaker) : null;
  if ((f.text && f.scope !== 'all' && !quoteText) || (f.speaker && !speaker)) return [];
  const match = [quoteText, speaker].filter(Boolean).join(' AND ') || null;
  const actors = f.actor ? await codesFor(db, f.actor) : null;
  const targets = f.target ? await codesFor(db, f.target) : null;
  if ((actors && actors.length === 0) || (targets && targets.length === 0)) return [];
  const { lo, hi: rangeHi } = rowidRange(f.since, f.until);
  const hi = cursor !== null ? Math.min(cursor, rangeHi ?? Infinity) : rangeHi;
  const range = (col: RawBuilder<unknown>) => sql`${lo !== null ? sql`and ${col} >= ${lo}` : sql``} ${hi !== null && hi !== Infinity ? sql`and ${col} < ${hi}` : sql``}`;

  // Count each candidate driver up to CAP; the smallest under CAP wins, else FTS (its per-row check is the dear one).
  const counts: [Driver, number][] = [];
  if (match) counts.push(['fts', await boundedCount(db, sql`select rowid from statements_fts where statements_fts match ${match} ${range(sql`rowid`)}`)]);
  if (targets) counts.push(['target', await boundedCount(db, sql`select 1 from statement_targets where code in ${list(targets)} ${range(sql`statement_rowid`)}`)]);
  if (actors) counts.push(['actor', await boundedCount(db, sql`select 1 from statements where actor_code in ${list(actors)} ${range(sql`rowid`)}`)]);
  if (counts.some(([, n]) => n === 0)) return [];
  // One document's statements are few: they always drive (then sort), whatever else is asked.
  const driver: Driver = f.documentId ? 'document' : chooseDriver(counts);

  // The driver's rowid: filters that an index can answer are checked on it before the (wide)
  // statement row is read, so rows rejected by them cost an index probe, not a table read.
  const r = driver === 'fts' ? sql`f.rowid` : driver === 'target' ? sql`t.statement_rowid` : driver === 'document' ? sql`ss0.statement_rowid` : sql`s.rowid`;
  const checks: RawBuilder<unknown>[] = [];
  if (match && driver !== 'fts') checks.push(sql`exists (select 1 from statements_fts where statements_fts match ${match} and rowid = ${r})`);
  if (targets && driver !== 'target') checks.push(sql`exists (select 1 from statement_targets where statement_rowid = ${r} and code in ${list(targets)})`);
  if (actors && driver !== 'actor') checks.push(sql`exists (select 1 from statements a where a.actor_code in ${list(actors)} and a.rowid = ${r})`);
  if (f.text && f.scope === 'all') {
    const q = ftsColumnQuery('content', f.text);
    const d = ftsColumnQuery('{title text}', f.text);
    if (!q || !d) return [];
    checks.push(sql`(exists (select 1 from statements_fts where statements_fts match ${q} and rowid = s.rowid)
      or exists (select 1 from statement_sources ss where ss.statement_rowid = s.rowid
        and exists (select 1 from documents_fts where documents_fts match ${d} and rowid = ss.document_rowid)))`);
  }
  if (f.event) {
    if (/^\d+$/.test(f.event)) checks.push(sql`s.event_cameo >= ${f.event} and s.event_cameo < ${`${f.event}\uffff`}`);
    else checks.push(sql`s.event_plover = ${f.event.toUpperCase()}`);
  }
  if (f.stance) checks.push(sql`s.stance = ${f.stance}`);
  if (f.documentId && driver !== 'document') {
    checks.push(sql`exists (select 1 from statement_sources ss join documents dd on dd.rowid = ss.document_rowid where ss.statement_rowid = s.rowid and dd.public_id = ${f.documentId})`);
  }
  const where = checks.length > 0 ? sql`and ${sql.join(checks, sql` and `)}` : sql``;
  const doc = withDocument ? sql`join documents d on d.rowid = s.document_rowid` : sql``;
  // CROSS JOIN fixes the driver as the outer loop, so its rowid order is the output order (no sort).
  let query: RawBuilder<T>;
  if (driver === 'fts') {
    query = sql<T>`select ${cols} from statements_fts f cross join statements s on s.rowid = f.rowid ${doc}
      where statements_fts match ${match} ${range(sql`f.rowid`)} ${where} order by f.rowid desc limit ${limit}`;
  } else if (driver === 'target') {
    query = sql<T>`select ${cols} from statement_targets t cross join statements s on s.rowid = t.statement_rowid ${doc}
      where t.code in ${list(targets!)} ${range(sql`t.statement_rowid`)} ${where} group by s.rowid order by t.statement_rowid desc limit ${limit}`;
    if (targets!.length === 1) {
      query = sql<T>`select ${cols} from statement_targets t cross join statements s on s.rowid = t.statement_rowid ${doc}
        where t.code = ${targets![0]} ${range(sql`t.statement_rowid`)} ${where} order by t.statement_rowid desc limit ${limit}`;
    }
  } else if (driver === 'document') {
    query = sql<T>`select ${cols} from statement_sources ss0 cross join statements s on s.rowid = ss0.statement_rowid ${doc}
      where ss0.document_rowid = (select rowid from documents where public_id = ${f.documentId}) ${range(sql`ss0.statement_rowid`)} ${where}
      group by s.rowid order by s.rowid desc limit ${limit}`;
  } else {
    const actorCond = driver === 'actor' ? sql`and s.actor_code in ${list(actors!)}` : sql``;
    query = sql<T>`select ${cols} from statements s ${doc}
      where 1 ${actorCond} ${range(sql`s.rowid`)} ${where} order by s.rowid desc limit ${limit}`;
  }
  return (await query.execute(db)).rows;
}
