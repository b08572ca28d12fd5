/**
 * Grows a bench database to N statements (default 1,000,000) of synthetic variations of real
 * extractions, through the store's own ingest (so indexes and FTS are what a real ingest builds).
 * Usage: tsx scripts/bench/grow-db.ts [--db PATH] [--statements N]. Resumable: it tops up an existing file.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { signature } from '../../src/stages/dedup/minhash.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { pools, rng, syntheticExtraction } from './synthetic.js';

export const DEFAULT_BENCH_DB = join(tmpdir(), 'communique-bench-1m.db');

export async function growDb(path: string, statements: number, log: (line: string) => void = () => undefined): Promise<{ path: string; statements: number; seconds: number }> {
  const started = performance.now();
  const store = await SqliteStore.open(path);
  try {
    const p = pools();
    let have = (await store.stats()).statements;
    let doc = (await store.stats()).documents;
    const perDoc = 20;
    while (have < statements) {
      const r = rng(1000 + doc);
      const batch = Array.from({ length: 100 }, () => {
        const e = syntheticExtraction(p, r, doc++, perDoc);
        return { extraction: e, raw: { source: e.document.source, rawHash: e.document.id }, signature: signature(e.document.text)! };
      });
      const rep = await store.ingest(batch);
      have += rep.statements;
      if (doc % 5000 === 0) log(`grow-db: ${have} statements, ${doc} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    return { path, statements: have, seconds: (performance.now() - started) / 1000 };
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const result = await growDb(arg('--db') ?? DEFAULT_BENCH_DB, Number(arg('--statements') ?? 1_000_000), (l) => console.error(l));
  console.log(`${result.path}: ${result.statements} statements (${result.seconds.toFixed(0)} s)`);
}
