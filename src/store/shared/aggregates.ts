/** Aggregates of both stores: actors, speakers, reactions matrix, timeline, stats. */
import { sql, type Kysely } from 'kysely';
import { CommuniqueError } from '../../core/errors.js';
import type { Actor, Stance } from '../../core/types.js';
import {
  dominantStance,
  emptyStanceCounts,
  type ActorQuery,
  type ActorSummary,
  type Page,
  type ReactionCell,
  type ReactionsMatrix,
  type ReactionsQuery,
  type SpeakerSummary,
  type StatementFilter,
  type StoreStats,
  type TimelinePoint,
  type TimelineQuery,
} from '../store.js';
import { clampLimit, decodeCursor, encodeCursor, statementConditions } from './filter.js';
import { DAY_SHIFT } from './rowid.js';
import type { StoreContext } from './dialect.js';
import type { Database } from './schema.js';

function actorsWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('actors')
    .select([
      'actors.code',
      'actors.name',
      'actors.country',
      'actors.sector',
      sql<number>`coalesce((select statements from actor_totals where code = actors.code), 0)`.as('statements'),
      sql<number>`coalesce((select targeted from actor_totals where code = actors.code), 0)`.as('targeted'),
      // Rowids are date-ordered (rowid.ts): the first and last dated rows of the actor index are the range.
      sql<string | null>`(select sort_date from statements where actor_code = actors.code and rowid >= ${DAY_SHIFT} order by rowid limit 1)`.as('first_date'),
      sql<string | null>`(select sort_date from statements where actor_code = actors.code and rowid >= ${DAY_SHIFT} order by rowid desc limit 1)`.as('last_date'),
    ]);
}

type ActorRow = Actor & { statements: number; targeted: number; first_date: string | null; last_date: string | null };

function actorSummary(r: ActorRow): ActorSummary {
  return {
    code: r.code,
    name: r.name,
    country: r.country,
    sector: r.sector,
    statements: Number(r.statements),
    targeted: Number(r.targeted),
    firstDate: r.first_date || null,
    lastDate: r.last_date || null,
  };
}

/** Most active first (statements made, then statements received); cursor = offset. */
export async function listActors({ db, dialect }: StoreContext, q: ActorQuery): Promise<Page<ActorSummary>> {
  const limit = clampLimit(q.limit);
  const cursor = decodeCursor(q.cursor);
  if (q.cursor && (!cursor || typeof cursor[0] !== 'number')) {
    throw new CommuniqueError('STORE_BAD_QUERY', 'The cursor is not valid for this query; start again without it.');
  }
  const offset = (cursor?.[0] as number | undefined) ?? 0;
  let query = actorsWithCounts(db);
  if (q.text) {
    const t = q.text.trim();
    query = query.where((eb) => eb.or([eb('actors.code', 'like', `${t.toUpperCase()}%`), dialect.containsText(sql.ref('actors.name'), t)]));
  }
  const rows = await query.orderBy('statements', 'desc').orderBy('targeted', 'desc').orderBy('actors.code').limit(limit + 1).offset(offset).execute();
  return { items: rows.slice(0, limit).map(actorSummary), nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null };
}

export async function getActor({ db }: StoreContext, code: string): Promise<ActorSummary | null> {
  const row = await actorsWithCounts(db).where('actors.code', '=', code.toUpperCase()).executeTakeFirst();
  return row ? actorSummary(row) : null;
}

/**
 * Which of these statement rows name their speaker (`speaker.name`, not only a description such as
 * "analysts"). The `speaker` column holds the name, else the words as written, so only the stored
 * statement tells them apart; it is read for one example row per speaker value, not for every row.
 */
export async function namedSpeakerRows(db: Kysely<Database>, rowids: readonly number[]): Promise<Set<number>> {
  const named = new Set<number>();
  for (let i = 0; i < rowids.length; i += 500) {
    const rows = await db.selectFrom('statements').select(['rowid', 'json']).where('rowid', 'in', rowids.slice(i, i + 500)).execute();
    for (const r of rows) if ((JSON.parse(r.json) as { speaker?: { name?: string | null } | null }).speaker?.name) named.add(Number(r.rowid));
  }
  return named;
}

const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'him', 'her', 'them', 'us']);
/**
 * A speaker left as a bare pronoun ("she") is one the resolver could not name, not a source the text describes
 * ("analysts"): it is listed with neither, so the described sources read as what the text says about them.
 */
export function isUnresolvedPronoun(speaker: string): boolean {
  return PRONOUNS.has(speaker.trim().toLowerCase());
}

/** Groups of speakers fetched per round while looking for `limit` of the wanted kind (named or not). */
const SPEAKER_PAGE = 200;

export async function listSpeakers({ db, dialect }: StoreContext, f: StatementFilter, limit = 20, options: { readonly named?: boolean } = {}): Promise<SpeakerSummary[]> {
  const named = options.named ?? true;
  const want = clampLimit(limit, 20, 1000);
  // Descriptions are grouped without case ("Analysts" and "analysts" are one kind of source) and shown as
  // written (one of its spellings, max() by the database's collation: "U.S. lawmakers", not "u.s. lawmakers").
  const key = named ? sql<string>`statements.speaker` : sql<string>`lower(statements.speaker)`;
  const shown = named ? sql<string>`statements.speaker` : sql<string>`max(statements.speaker)`;
  const out: SpeakerSummary[] = [];
  for (let offset = 0; out.length < want; offset += SPEAKER_PAGE) {
    const rows = await db
      .selectFrom('statements')
      .select([shown.as('name'), sql<string | null>`max(statements.actor_code)`.as('actor'), (eb) => eb.fn.countAll<number>().as('n'), sql<number>`min(statements.rowid)`.as('example')])
      .where((eb) => eb.and([...statementConditions(eb, f, dialect), eb('statements.speaker', 'is not', null)]))
      .groupBy(key)
      .orderBy('n', 'desc')
      .orderBy(key)
      .limit(SPEAKER_PAGE)
      .offset(offset)
      .execute();
    const withName = await namedSpeakerRows(db, rows.map((r) => Number(r.example)));
    for (const r of rows) {
      if (withName.has(Number(r.example)) === named && (named || !isUnresolvedPronoun(r.name ?? ''))) out.push({ name: r.name ?? '', actorCode: r.actor, statements: Number(r.n) });
    }
    if (rows.length < SPEAKER_PAGE) break;
  }
  return out.slice(0, want);
}

async function actorsByCode(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, Actor>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('actors').selectAll().where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r]));
}

/** Speaking actors × targets, with the speakers' stance toward each target counted per cell. */
/** True when the filter sets nothing but the given keys (the summaries answer it). */
function onlyKeys(f: object, allowed: readonly string[]): boolean {
  return Object.entries(f).every(([k, v]) => v === undefined || v === null || v === '' || allowed.includes(k));
}

export async function reactions({ db, dialect }: StoreContext, q: ReactionsQuery): Promise<ReactionsMatrix> {
  const toward = q.toward?.map((c) => c.toUpperCase());
  const rows = onlyKeys(q, ['toward', 'maxActors'])
    ? await db
        .selectFrom('reaction_counts')
        .select(['actor', 'target', 'stance', 'n'])
        .where((eb) => (toward && toward.length > 0 ? eb('target', 'in', toward) : eb.lit(true)))
        .execute()
    : await db
    .selectFrom('statement_targets')
    .innerJoin('statements', 'statements.rowid', 'statement_targets.statement_rowid')
    .select(['statements.actor_code as actor', 'statement_targets.code as target', 'statement_targets.stance', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => {
      const conds = [...statementConditions(eb, q, dialect), eb('statements.actor_code', 'is not', null)];
      if (toward && toward.length > 0) conds.push(eb('statement_targets.code', 'in', toward));
      return eb.and(conds);
    })
    .groupBy(['statements.actor_code', 'statement_targets.code', 'statement_targets.stance'])
    .execute();
  const cells = new Map<string, { actor: string; target: string; counts: Record<Stance, number>; total: number }>();
  const totals = new Map<string, number>();
  for (const r of rows) {
    const actor = r.actor ?? '';
    const key = `${actor}\u0000${r.target}`;
    const cell = cells.get(key) ?? { actor, target: r.target, counts: emptyStanceCounts(), total: 0 };
    const n = Number(r.n);
    cell.counts[r.stance as Stance] = (cell.counts[r.stance as Stance] ?? 0) + n;
    cell.total += n;
    cells.set(key, cell);
    totals.set(actor, (totals.get(actor) ?? 0) + n);
  }
  const keep = new Set(
    [...totals]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, q.maxActors ?? 50)
      .map(([a]) => a),
  );
  const kept: ReactionCell[] = [...cells.values()]
    .filter((c) => keep.has(c.actor))
    .sort((a, b) => a.actor.localeCompare(b.actor) || a.target.localeCompare(b.target))
    .map((c) => ({ ...c, stance: dominantStance(c.counts) }));
  const targetCodes = [...new Set(kept.map((c) => c.target))].sort();
  const byCode = await actorsByCode(db, [...new Set([...keep, ...targetCodes])]);
  const actor = (code: string): Actor => byCode.get(code) ?? { code, name: code, country: null, sector: null };
  return { actors: [...keep].sort().map(actor), targets: targetCodes.map(actor), cells: kept };
}

/** Statements per day per speaking actor (the top `maxActors` unless `actors` is given). */
export async function timeline({ db, dialect }: StoreContext, q: TimelineQuery): Promise<TimelinePoint[]> {
  if (onlyKeys(q, ['actors', 'maxActors', 'since', 'until'])) return timelineFromSummary(db, q);
  let actors = q.actors?.map((a) => a.toUpperCase());
  if (!actors || actors.length === 0) {
    const top = await db
      .selectFrom('statements')
      .select(['statements.actor_code', (eb) => eb.fn.countAll<number>().as('n')])
      .where((eb) => eb.and([...statementConditions(eb, q, dialect), eb('statements.actor_code', 'is not', null)]))
      .groupBy('statements.actor_code')
      .orderBy('n', 'desc')
      .orderBy('statements.actor_code')
      .limit(q.maxActors ?? 10)
      .execute();
    actors = top.map((t) => t.actor_code ?? '');
  }
  if (actors.length === 0) return [];
  const rows = await db
    .selectFrom('statements')
    .select(['statements.sort_date as date', 'statements.actor_code as actor', 'statements.stance', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => eb.and([...statementConditions(eb, q, dialect), eb('statements.actor_code', 'in', actors), eb('statements.sort_date', '<>', '')]))
    .groupBy(['statements.sort_date', 'statements.actor_code', 'statements.stance'])
    .orderBy('statements.sort_date')
    .orderBy('statements.actor_code')
    .execute();
  const points = new Map<string, { date: string; actor: string | null; count: number; counts: Record<Stance, number> }>();
  for (const r of rows) {
    const key = `${r.date}\u0000${r.actor}`;
    const p = points.get(key) ?? { date: r.date, actor: r.actor, count: 0, counts: emptyStanceCounts() };
    p.count += Number(r.n);
    p.counts[r.stance as Stance] += Number(r.n);
    points.set(key, p);
  }
  return [...points.values()];
}

/** The timeline from daily_counts (no filter but dates and actors). */
async function timelineFromSummary(db: Kysely<Database>, q: TimelineQuery): Promise<TimelinePoint[]> {
  let actors = q.actors?.map((a) => a.toUpperCase());
  if (!actors || actors.length === 0) {
    const top =
      q.since || q.until
        ? await db
            .selectFrom('daily_counts')
            .select(['actor', (eb) => eb.fn.sum<number>('n').as('n')])
            .where('actor', '<>', '')
            .where('day', '>=', q.since ?? '')
            .where('day', '<=', `${q.until ?? '9999'}\uffff`)
            .groupBy('actor')
            .orderBy('n', 'desc')
            .orderBy('actor')
            .limit(q.maxActors ?? 10)
            .execute()
        : await db
            .selectFrom('actor_totals')
            .select(['code as actor', 'statements as n'])
            .where('statements', '>', 0)
            .orderBy('statements', 'desc')
            .orderBy('code')
            .limit(q.maxActors ?? 10)
            .execute();
    actors = top.map((t) => t.actor);
  }
  if (actors.length === 0) return [];
  const rows = await db
    .selectFrom('daily_counts')
    .select(['day', 'actor', 'stance', 'n'])
    .where('actor', 'in', actors)
    .where('day', '>=', q.since ?? '')
    .where('day', '<=', `${q.until ?? '9999'}\uffff`)
    .orderBy('day')
    .orderBy('actor')
    .execute();
  const points = new Map<string, { date: string; actor: string | null; count: number; counts: Record<Stance, number> }>();
  for (const r of rows) {
    const key = `${r.day}\u0000${r.actor}`;
    const p = points.get(key) ?? { date: r.day, actor: r.actor, count: 0, counts: emptyStanceCounts() };
    p.count += Number(r.n);
    p.counts[r.stance as Stance] += Number(r.n);
    points.set(key, p);
  }
  return [...points.values()];
}

/**
 * Counts only, each from an index or a b-tree endpoint (fast at any size): kind and stance from one
 * scan of the (kind, stance) index, duplicates from a partial index, and the first and last dates from
 * the date-clustered rowids (rowid.ts) instead of a min/max over every row.
 */
export async function stats({ db }: StoreContext): Promise<StoreStats> {
  const one = async (q: ReturnType<typeof sql<{ n: number }>>) => Number((await q.execute(db)).rows[0]?.n ?? 0);
  const groups = await sql<{ kind: string; stance: string; n: number }>`select kind, stance, count(*) as n from statements group by kind, stance order by kind, stance`.execute(db);
  const byKind: Record<string, number> = {};
  const byStance: Record<string, number> = {};
  for (const r of groups.rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + Number(r.n);
    byStance[r.stance] = (byStance[r.stance] ?? 0) + Number(r.n);
  }
  const edge = async (order: 'asc' | 'desc') =>
    (await sql<{ d: string }>`select sort_date as d from statements where rowid >= ${DAY_SHIFT} order by rowid ${sql.raw(order)} limit 1`.execute(db)).rows[0]?.d || null;
  return {
    documents: await one(sql`select count(*) as n from documents`),
    duplicateDocuments: await one(sql`select count(*) as n from documents where duplicate_of is not null`),
    statements: Object.values(byKind).reduce((a, b) => a + b, 0),
    statementSources: await one(sql`select count(*) as n from statement_sources`),
    actors: await one(sql`select count(*) as n from actors`),
    speakers: await one(sql`select count(distinct speaker) as n from statements`),
    failures: await one(sql`select count(*) as n from failures`),
    byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => a.localeCompare(b))),
    byStance: Object.fromEntries(Object.entries(byStance).sort(([a], [b]) => a.localeCompare(b))),
    firstDate: await edge('asc'),
    lastDate: await edge('desc'),
  };
}
