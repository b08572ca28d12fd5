import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../../../test/support/store-contract.js';
import { SqliteStore } from './sqlite-store.js';

storeContract('sqlite (file, WAL)', () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'communique-store-')), 'test.db')));
