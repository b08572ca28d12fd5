import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusExtractions, ingestItem } from '../../test/support/explorer-corpus.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createApp } from './app.js';
import { statusFor } from './errors.js';

let store: SqliteStore;
beforeAll(async () => {
  store = await SqliteStore.open(':memory:');
  await store.ingest(corpusExtractions().map(ingestItem));
});
afterAll(async () => {
  await store.close();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function expectError(res: Response, status: number, code: string, messageLike?: RegExp) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string; issues?: { path: string }[] } };
  expect(body.error.code).toBe(code);
  if (messageLike) expect(body.error.message).toMatch(messageLike);
  return body.error;
}

describe('bad requests get a 4xx with a stable code and a sentence', () => {
  const app = () => createApp({ store, webRoot: null });
  const cases: [string, string, RequestInit | undefined, number, string, RegExp?][] = [
    ['a limit out of range', '/api/statements?limit=0', undefined, 400, 'API_BAD_REQUEST', /limit/],
    ['an unknown parameter', '/api/statements?colour=red', undefined, 400, 'API_BAD_REQUEST', /colour/],
    ['a date that is not a date', '/api/statements?since=2022-02-30', undefined, 400, 'API_BAD_REQUEST', /since: not a calendar date/],
    ['a stance outside the list', '/api/statements?stance=angry', undefined, 400, 'API_BAD_REQUEST', /stance/],
    ['an event that is no CAMEO prefix or PLOVER category', '/api/statements?event=REQEST', undefined, 400, 'API_BAD_REQUEST', /event: expected a CAMEO code prefix .* PLOVER category \(.*REQUEST/],
    ['the same typo in facets', '/api/facets?event=x1', undefined, 400, 'API_BAD_REQUEST', /event: expected a CAMEO code prefix/],
    ['a forged cursor', '/api/statements?cursor=garbage', undefined, 400, 'STORE_BAD_QUERY', /cursor/],
    ['an unknown statement', '/api/statements/st_nope', undefined, 404, 'API_NOT_FOUND'],
    ['an unknown document', '/api/documents/doc_nope', undefined, 404, 'API_NOT_FOUND'],
    ['an unknown actor', '/api/actors/ZZZ', undefined, 404, 'API_NOT_FOUND'],
    ['an unknown endpoint', '/api/nothing', undefined, 404, 'API_NOT_FOUND'],
    ['too many codes', `/api/reactions?toward=${Array.from({ length: 101 }, (_, i) => `C${i}`).join(',')}`, undefined, 400, 'API_BAD_REQUEST', /100/],
    ['a body that is not JSON', '/api/extract', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }, 415, 'API_UNSUPPORTED_MEDIA'],
    ['broken JSON', '/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }, 400, 'API_BAD_REQUEST', /not valid JSON/],
    ['both text and html', '/api/extract', json({ text: 'a', html: '<p>a</p>' }), 400, 'API_BAD_REQUEST', /exactly one/],
    ['neither text nor html', '/api/extract', json({ source: 'x' }), 400, 'API_BAD_REQUEST', /exactly one/],
    ['a non-http url', '/api/extract', json({ text: 'Some text here.', url: 'javascript:alert(1)' }), 400, 'API_BAD_REQUEST', /url/],
    ['a document with no article (422)', '/api/extract', json({ text: ' \n\n ' }), 422, 'DECODE_EMPTY'],
  ];
  for (const [name, path, init, status, code, message] of cases) {
    it(name, async () => {
      const error = await expectError(await app().request(path, init), status, code, message);
      if (code === 'API_BAD_REQUEST' && status === 400 && !/JSON/.test(String(message))) expect(error.issues?.length).toBeGreaterThan(0);
    });
  }

  it('refuses a body over the limit with 413', async () => {
    const small = createApp({ store, webRoot: null, maxBodyBytes: 1000 });
    await expectError(await small.request('/api/extract', json({ text: 'x'.repeat(2000) })), 413, 'API_PAYLOAD_TOO_LARGE');
  });
});

describe('writes: token, loopback, origin', () => {
  const doc = { text: 'date 2022-03-03\nThe foreign minister told reporters on Thursday that the border would stay closed.', source: 'api/guarded.txt' };

  it('needs the bearer token when COMMUNIQUE_TOKEN is set, even on loopback', async () => {
    const app = createApp({ store, webRoot: null, token: 's3cret-token', loopback: true });
    await expectError(await app.request('/api/documents', json(doc)), 401, 'API_UNAUTHORIZED', /Bearer/);
    await expectError(await app.request('/api/documents', json(doc, { authorization: 'Bearer wrong-token!' })), 401, 'API_UNAUTHORIZED');
    const ok = await app.request('/api/documents', json(doc, { authorization: 'Bearer s3cret-token' }));
    expect([200, 201]).toContain(ok.status);
    // Reads stay open.
    expect((await app.request('/api/stats')).status).toBe(200);
  });

  it('is read-only on a public address without a token', async () => {
    const app = createApp({ store, webRoot: null, token: null, loopback: false });
    await expectError(await app.request('/api/documents', json(doc)), 403, 'API_FORBIDDEN', /COMMUNIQUE_TOKEN/);
    expect((await app.request('/api/statements')).status).toBe(200);
  });

  it('refuses a cross-site POST and a foreign Host on loopback (DNS rebinding)', async () => {
    const app = createApp({ store, webRoot: null, loopback: true });
    await expectError(await app.request('http://127.0.0.1:8080/api/documents', json(doc, { origin: 'https://evil.example' })), 403, 'API_FORBIDDEN', /Cross-site/);
    await expectError(await app.request('http://evil.example/api/statements'), 403, 'API_FORBIDDEN', /localhost/);
    expect((await app.request('http://localhost:8080/api/statements')).status).toBe(200);
  });
});

describe('without a database', () => {
  it('store endpoints answer 503 and extraction still works', async () => {
    const app = createApp({ store: null, webRoot: null });
    await expectError(await app.request('/api/statements'), 503, 'API_NO_STORE', /--db/);
    expect((await app.request('/api/extract', json({ text: 'The envoy said talks would go on.' }))).status).toBe(200);
  });
});

describe('statusFor: the one map from error codes to HTTP statuses', () => {
  const cases: [string, number][] = [
    ['API_BAD_REQUEST', 400],
    ['API_UNAUTHORIZED', 401],
    ['INGEST_TOO_LARGE', 413],
    ['INGEST_UNSUPPORTED_MEDIA', 415],
    ['DECODE_BINARY_INPUT', 422],
    ['CLEAN_NO_ARTICLE', 422],
    ['STORE_BAD_QUERY', 400],
    ['STORE_FAILED', 500],
    ['STORE_SOMETHING_NEW', 500],
    ['QUOTES_SOMETHING_NEW', 422],
  ];
  for (const [code, status] of cases) it(`${code} → ${status}`, () => expect(statusFor(code)).toBe(status));
});
