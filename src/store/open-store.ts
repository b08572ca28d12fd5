/** Chooses the backend and the database location: --db, then COMMUNIQUE_DB, then the per-user data dir. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** `$XDG_DATA_HOME/communique/communique.db`, else `~/.local/share/communique/communique.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COMMUNIQUE_DB) return env.COMMUNIQUE_DB;
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'communique', 'communique.db');
}

export interface StoreLocation {
  readonly path?: string | undefined;
  readonly readonly?: boolean;
}

/** Opens the store at `path` or the default location. PostgreSQL (COMMUNIQUE_DATABASE_URL) plugs in here. */
export async function openStore(location: StoreLocation = {}): Promise<Store & { readonly path: string }> {
  const path = location.path ?? defaultDbPath();
  return SqliteStore.open(path, { readonly: Boolean(location.readonly) });
}
