/**
 * Every store backend a test can run on: SQLite always, PostgreSQL when COMMUNIQUE_TEST_DATABASE_URL
 * reaches a server (skipped, with the reason, otherwise). Each `open()` gives a fresh, empty store.
 * @example describe.each(backends)('ingest on $name', (b) => { it.skipIf(b.skip)(…) })
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { freshSchemaUrl, testServer } from './postgres.js';

export interface TestBackend {
  readonly name: string;
  /** Why this backend's tests are skipped, or null when they run. */
  readonly skip: string | null;
  open(): Promise<Store>;
}

export const backends: readonly TestBackend[] = [
  { name: 'sqlite', skip: null, open: () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'communique-backend-')), 'test.db')) },
  { name: 'postgres', skip: testServer.url ? null : testServer.reason, open: () => PostgresStore.open(freshSchemaUrl('backend')) },
];
