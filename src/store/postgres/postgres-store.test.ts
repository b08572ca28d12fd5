import { describe } from 'vitest';
import { freshSchemaUrl, postgresLabel, testServer } from '../../../test/support/postgres.js';
import { storeContract } from '../../../test/support/store-contract.js';
import { PostgresStore } from './postgres-store.js';

describe.skipIf(!testServer.url)(postgresLabel('postgres'), () => {
  storeContract('postgres (fresh schema per test)', () => PostgresStore.open(freshSchemaUrl('contract')));
});
