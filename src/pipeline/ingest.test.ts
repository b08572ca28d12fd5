import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ok } from '../core/errors.js';
import { backends, type TestBackend } from '../../test/support/backends.js';
import { ingestSources, ingestStream } from './ingest.js';

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-pipe-'));
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.txt`), `date 2022-03-0${(i % 9) + 1}\nStory ${i}: the minister said talks would resume in round ${i}.`);
  }
  writeFileSync(join(dir, 'zz-empty.txt'), '');
  return dir;
}

async function run(backend: TestBackend, dir: string, threads: number) {
  const store = await backend.open();
  try {
    const p = await ingestSources(store, [dir], { threads, batchSize: 7 });
    const docs = (await store.listDocuments({ limit: 500 })).items.map((d) => [d.source, d.contentHash]).sort();
    return { p, docs, stats: await store.stats() };
  } finally {
    await store.close();
  }
}

describe.each(backends)('ingest pipeline on $name', (backend) => {
  const it = backend.skip ? test.skip : test;
  if (backend.skip) test.skip(`skipped: ${backend.skip}`, () => undefined);

  // Two runs, one starting worker threads: slow on a loaded machine, whatever the backend.
  it('stores the same documents with worker threads as inline', { timeout: 120_000 }, async () => {
    const dir = corpus(40);
    const [one, two] = [await run(backend, dir, 1), await run(backend, dir, 2)];
    expect(one.p).toMatchObject({ read: 41, stored: 40, failures: 1 });
    expect(two.docs).toEqual(one.docs);
    expect(two.stats).toEqual(one.stats);
  });

  it('resumes: a second run skips what is stored and adds only what is new', async () => {
    const dir = corpus(10);
    const store = await backend.open();
    try {
      expect(await ingestSources(store, [dir], { threads: 1 })).toMatchObject({ stored: 10, skipped: 0 });
      writeFileSync(join(dir, 'new.txt'), 'A new story: the spokesman said nothing.');
      expect(await ingestSources(store, [dir], { threads: 1 })).toMatchObject({ stored: 1, skipped: 10 });
    } finally {
      await store.close();
    }
  });

  it('ingests documents given directly (an upload)', async () => {
    const store = await backend.open();
    try {
      const p = await ingestStream(store, [ok({ source: 'upload:1', body: '<p>The president said "no".</p>', mediaType: 'text/html' as const })], { threads: 1 });
      expect(p).toMatchObject({ stored: 1, failures: 0 });
      expect((await store.listDocuments({})).items[0]?.source).toBe('upload:1');
    } finally {
      await store.close();
    }
  });
});
