import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../../../test/support/store-contract.js';
import { SqliteStore } from './sqlite-store.js';

storeContract('sqlite (file, WAL)', () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'communique-store-')), 'test.db')), {
  // better-sqlite3 blocks its thread while it waits for the write lock (busy_timeout), so a second
  // handle in the same process would wait on the first one forever; writers in other processes wait their turn.
  noReopen: 'two SQLite handles in one process would block each other (better-sqlite3 is synchronous)',
});
