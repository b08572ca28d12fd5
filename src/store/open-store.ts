/**
 * Chooses the backend and the database location: --db, then COMMUNIQUE_DATABASE_URL (a PostgreSQL
 * server), then COMMUNIQUE_DB, then the per-user data directory. A `postgres://` location opens the
 * PostgreSQL store; anything else is a SQLite file.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Store } from './store.js';
import { isDatabaseUrl } from './postgres/url.js';

/** `$XDG_DATA_HOME/communique/communique.db`, else `~/.local/share/communique/communique.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COMMUNIQUE_DB) return env.COMMUNIQUE_DB;
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'communique', 'communique.db');
}

/** Where the store is when --db is not given: COMMUNIQUE_DATABASE_URL, else the SQLite file of defaultDbPath. */
export function defaultLocation(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.COMMUNIQUE_DATABASE_URL?.trim();
  return url ? url : defaultDbPath(env);
}

export interface StoreLocation {
  /** A SQLite file path or a `postgres://` URL. */
  readonly path?: string | undefined;
  /** SQLite: open without writing. PostgreSQL always brings its schema up to date. */
  readonly readonly?: boolean;
}

/** Opens the store at `path` or the default location; `path` on the result is printable (no password). */
export async function openStore(location: StoreLocation = {}): Promise<Store & { readonly path: string }> {
  const path = location.path ?? defaultLocation();
  if (isDatabaseUrl(path)) {
    // Loaded only when asked for: a SQLite user never pays for pg.
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.open(path);
  }
  // Loaded when opened too: `communique --help` and an ingest's worker start-up do not wait for the
  // query layer (Kysely alone is ~0.13 s of CPU to import).
  const { SqliteStore } = await import('./sqlite/sqlite-store.js');
  return SqliteStore.open(path, { readonly: Boolean(location.readonly) });
}
