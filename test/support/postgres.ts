/**
 * The PostgreSQL server the tests use: `COMMUNIQUE_TEST_DATABASE_URL` (a role that may create schemas
 * in its database). Each test store lives in its own fresh schema (`?schema=`), dropped afterwards.
 * Without the variable, or when the server does not answer, PostgreSQL tests skip and say why;
 * with `COMMUNIQUE_REQUIRE_POSTGRES=1` (CI) they fail instead of skipping.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

export interface TestServer {
  /** The server URL, or null when the tests must skip. */
  readonly url: string | null;
  /** Why they skip (empty when they run). */
  readonly reason: string;
}

async function probe(): Promise<TestServer> {
  const url = process.env.COMMUNIQUE_TEST_DATABASE_URL;
  const required = process.env.COMMUNIQUE_REQUIRE_POSTGRES === '1';
  const skip = (reason: string): TestServer => {
    if (required) throw new Error(`COMMUNIQUE_REQUIRE_POSTGRES=1 but ${reason}`);
    return { url: null, reason };
  };
  if (!url) return skip('COMMUNIQUE_TEST_DATABASE_URL is not set (see README, Tests)');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url, reason: '' };
  } catch (e) {
    return skip(`the server at COMMUNIQUE_TEST_DATABASE_URL does not answer (${(e as { code?: string }).code ?? String(e)})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const testServer: TestServer = await probe();
if (!testServer.url) console.warn(`PostgreSQL tests skipped: ${testServer.reason}`);

/** A label for describe(): says the tests were skipped and why. */
export function postgresLabel(name: string): string {
  return testServer.url ? name : `${name} (skipped: ${testServer.reason})`;
}

const created: string[] = [];

/**
 * A fresh schema's URL on the test server; the schema (and its `_queue` twin) is dropped after the file's tests.
 * @example const store = await PostgresStore.open(freshSchemaUrl('contract'))
 */
export function freshSchemaUrl(prefix: string): string {
  if (!testServer.url) throw new Error('no PostgreSQL test server');
  const schema = `t_${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  created.push(schema);
  const u = new URL(testServer.url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

afterAll(async () => {
  if (!testServer.url || created.length === 0) return;
  const client = new pg.Client({ connectionString: testServer.url });
  await client.connect();
  try {
    for (const s of created.splice(0)) {
      await client.query(`drop schema if exists "${s}" cascade`);
      await client.query(`drop schema if exists "${s}_queue" cascade`);
    }
  } finally {
    await client.end();
  }
});
