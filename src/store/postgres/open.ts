import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { CommuniqueError } from '../../core/errors.js';
import type { Database } from '../shared/schema.js';
import { migrationProvider } from './migrations.js';
import { parseDatabaseUrl, redactUrl } from './url.js';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * The shared queries expect numbers where PostgreSQL returns bigint and numeric (rowids, counts, sums)
 * as strings. Every value they hold is far below 2^53 (rowids are day × 2^24), so Number is exact.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOpenOptions {
  /** Connections in the pool (default 4). */
  readonly max?: number;
}

/** A pg pool on `url` (with `?schema=` applied as the search path), not yet connected. */
export function createPool(url: string, options: PostgresOpenOptions = {}): { pool: pg.Pool; schema: string | null } {
  const location = parseDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: location.url,
    max: options.max ?? 4,
    types,
    ...(location.schema && { options: `-c search_path=${location.schema}` }),
  });
  // A client whose server went away must not crash the process with an unhandled 'error' event;
  // the query in flight (or the next one) reports it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { pool, schema: location.schema };
}

/** A connection failure as the stable code a user can act on. */
export function unreachable(url: string, e: unknown): CommuniqueError {
  const reason = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
  return new CommuniqueError(
    'STORE_UNREACHABLE',
    `Cannot use the PostgreSQL database ${redactUrl(url)} (${reason}); check COMMUNIQUE_DATABASE_URL (or --db), that the server runs and that the role may log in.`,
  );
}

/** Connects, creates the schema if the URL names one, and brings the tables up to date. */
export async function openPostgres(url: string, options: PostgresOpenOptions = {}): Promise<{ db: Kysely<Database>; pool: pg.Pool; schema: string | null }> {
  const { pool, schema } = createPool(url, options);
  try {
    if (schema) await createSchema(pool, schema);
    else await pool.query('select 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw unreachable(url, e);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // Kysely's migrator holds an advisory lock: workers starting together migrate once. Its own tables
  // go in the named schema too, or it would find another schema's and skip creating them.
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema && { migrationTableSchema: schema }) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return { db, pool, schema };
}

/** `create schema if not exists` races between processes starting together; the loser's error is harmless. */
export async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`create schema if not exists "${schema}"`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw e;
  }
}
