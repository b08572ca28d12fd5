/** The server Store: a PostgreSQL database (COMMUNIQUE_DATABASE_URL) through pg and Kysely. */
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { KyselyStore } from '../shared/kysely-store.js';
import type { Database } from '../shared/schema.js';
import { postgresDialect } from './dialect.js';
import { openPostgres, type PostgresOpenOptions } from './open.js';
import { redactUrl } from './url.js';

export class PostgresStore extends KyselyStore {
  readonly dialect = 'postgres';

  private constructor(
    db: Kysely<Database>,
    /** The pg pool, for the job queue (graphile-worker) and tests. */
    readonly pool: pg.Pool,
    /** The URL without its password, for messages. */
    readonly path: string,
    /** The schema the URL named (`?schema=`), or null for the search path's default. */
    readonly schema: string | null,
  ) {
    super(db, postgresDialect);
  }

  /** Connects to `url` (`postgres://…`, optionally `?schema=NAME`) and migrates the schema. */
  static async open(url: string, options: PostgresOpenOptions = {}): Promise<PostgresStore> {
    const { db, pool, schema } = await openPostgres(url, options);
    return new PostgresStore(db, pool, redactUrl(url), schema);
  }
}
