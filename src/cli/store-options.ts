/** `--db PATH` for every command that reads or writes the database, and the filters they share. */
import { InvalidArgumentError, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { CommuniqueError } from '../core/errors.js';
import type { Stance } from '../core/types.js';
import { eventFilterProblem } from '../store/event-filter.js';
import { defaultLocation, openStore } from '../store/open-store.js';
import { isDatabaseUrl, redactUrl } from '../store/postgres/url.js';
import { STANCES, type StatementFilter, type Store } from '../store/store.js';
import { parseDay } from './options.js';

export interface DbFlags {
  db?: string;
}

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', 'database file or postgres:// URL (default: $COMMUNIQUE_DATABASE_URL, else $COMMUNIQUE_DB, else the per-user data directory)');
}

/** The SQLite file or `postgres://` URL the command uses. */
export function dbPath(flags: DbFlags): string {
  return flags.db ?? defaultLocation();
}

/** The location as it may be printed: a URL loses its password. */
export function dbLabel(flags: DbFlags): string {
  return redactUrl(dbPath(flags));
}

/**
 * Opens the store for a command and always closes it. Commands that only read pass `mustExist`, so a
 * mistyped --db is an error rather than a new empty database.
 */
export async function withStore<T>(flags: DbFlags, fn: (store: Store) => Promise<T>, options: { mustExist?: boolean } = {}): Promise<T> {
  const path = dbPath(flags);
  if (options.mustExist && !isDatabaseUrl(path) && !existsSync(path)) {
    throw new CommuniqueError('STORE_NOT_FOUND', `No database at ${path}; run \`communique ingest\` first, or pass --db (or COMMUNIQUE_DB) with the right path.`);
  }
  const store = await openStore({ path });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export interface FilterFlags {
  speaker?: string;
  actor?: string;
  target?: string;
  event?: string;
  stance?: Stance;
  since?: string;
  until?: string;
  articles?: boolean;
}

function parseStance(value: string): Stance {
  if (!(STANCES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${STANCES.join(', ')}`);
  return value as Stance;
}

function parseEvent(value: string): string {
  const problem = eventFilterProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value;
}

export function addFilterOptions(cmd: Command): Command {
  return (
    cmd
      .option('--speaker <name>', "words of the speaker's name (Balkhi)")
      .option('--actor <code|name>', 'speaking actor: code (RUS, NATO) or name (Russia)')
      .option('--target <code|name>', 'actor the statement is about or addressed to')
      .option('--event <code>', 'CAMEO code prefix (02, 027) or PLOVER category (REQUEST)', parseEvent)
      .option('--stance <stance>', `overall stance: ${STANCES.join(', ')}`, parseStance)
      .option('--since <YYYY-MM-DD>', 'said on or after this day', parseDay)
      .option('--until <YYYY-MM-DD>', 'said on or before this day', parseDay)
      // A reversed range matches nothing: say so (usage error) instead of printing an empty result.
      .hook('preAction', (command) => {
        const { since, until } = command.opts<FilterFlags>();
        if (since && until && since > until) command.error(`error: --since ${since} is after --until ${until}; no statement can match`, { exitCode: 2, code: 'communique.badRange' });
      })
  );
}

export function filterOf(flags: FilterFlags, text?: string): StatementFilter {
  const f: Record<string, unknown> = {};
  if (text) f.text = text;
  if (flags.articles) f.scope = 'all';
  for (const k of ['speaker', 'actor', 'target', 'event', 'stance', 'since', 'until'] as const) if (flags[k]) f[k] = flags[k];
  return f as StatementFilter;
}

/** `withStore` for commands that only read: a missing database is STORE_NOT_FOUND. */
export function withExistingStore<T>(flags: DbFlags, fn: (store: Store) => Promise<T>): Promise<T> {
  return withStore(flags, fn, { mustExist: true });
}
