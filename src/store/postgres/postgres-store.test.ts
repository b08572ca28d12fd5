import { describe } from 'vitest';
import { freshSchemaUrl, postgresLabel, testServer } from '../../../test/support/postgres.js';
import { storeContract } from '../../../test/support/store-contract.js';
import type { Store } from '../store.js';
import { PostgresStore } from './postgres-store.js';

const urls = new WeakMap<Store, string>();

async function open(): Promise<Store> {
  const url = freshSchemaUrl('contract');
  const store = await PostgresStore.open(url);
  urls.set(store, url);
  return store;
}

describe.skipIf(!testServer.url)(postgresLabel('postgres'), () => {
  storeContract('postgres (fresh schema per test)', open, { reopen: (store) => PostgresStore.open(urls.get(store)!) });
});
