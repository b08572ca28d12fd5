/** `postgres://…` URLs: recognised, checked, and printed without their password. */
import { CommuniqueError } from '../../core/errors.js';

export interface PostgresLocation {
  /** The URL for `pg`, without our own `schema` parameter. */
  readonly url: string;
  /** Tables live in this schema (and the job queue in `<schema>_queue`) instead of `public` / `graphile_worker`. */
  readonly schema: string | null;
}

/** True for `postgres://` and `postgresql://` URLs: the store is then a PostgreSQL server, not a file. */
export function isDatabaseUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/**
 * Splits off `?schema=NAME` (a plain lower-case SQL identifier): several stores can then share one
 * database, as the tests do.
 * @example parseDatabaseUrl('postgres://u:p@127.0.0.1/news?schema=run2') // { url: 'postgres://u:p@127.0.0.1/news', schema: 'run2' }
 */
export function parseDatabaseUrl(location: string): PostgresLocation {
  let u: URL;
  try {
    u = new URL(location);
  } catch {
    throw new CommuniqueError('STORE_BAD_URL', `${redactUrl(location)} is not a valid URL; write postgres://USER:PASSWORD@HOST:PORT/DATABASE.`);
  }
  const schema = u.searchParams.get('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,40}$/.test(schema)) {
    throw new CommuniqueError('STORE_BAD_URL', `schema=${schema} is not a plain lower-case name (letters, digits, _); choose another.`);
  }
  u.searchParams.delete('schema');
  return { url: u.toString(), schema };
}

/** The URL with its password replaced by `***`, for messages and summaries. */
export function redactUrl(location: string): string {
  // Greedy to the last @ of the authority: a password holding a raw @ is hidden whole.
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^/?#]*@/i, '$1***@');
}
