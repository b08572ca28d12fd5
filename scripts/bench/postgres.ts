/**
 * The PostgreSQL store against the SQLite store, in the same run: ingest rate of raw-news/dev (1 thread
 * and all cores, a warm extraction pool) and search latency (p50 over repeated queries) on the result.
 * Needs a server: COMMUNIQUE_BENCH_DATABASE_URL, else COMMUNIQUE_TEST_DATABASE_URL (a fresh schema is
 * used and dropped). Figures are ratios PostgreSQL ÷ SQLite; nothing passes or fails on time.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ingestSources } from '../../src/pipeline/ingest.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StatementQuery, Store } from '../../src/store/store.js';
import { createExtractor, defaultThreads } from '../../src/workers/pool.js';
import { datasetDir } from '../../test/support/shared.js';
import { skipped, type EvalSection, type Figure } from '../eval/report.js';

const QUERIES: StatementQuery[] = [{}, { text: 'said' }, { text: 'minister' }, { actor: 'RUS' }, { target: 'UKR' }, { stance: 'critical' }, { speaker: 'Putin' }];

async function p50(store: Store, rounds = 20): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await store.searchStatements({ ...q, limit: 50 });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchPostgres(): Promise<EvalSection> {
  const name = 'store: PostgreSQL ÷ SQLite (ingest and search)';
  const server = process.env.COMMUNIQUE_BENCH_DATABASE_URL ?? process.env.COMMUNIQUE_TEST_DATABASE_URL;
  if (!server) return skipped(name, 'set COMMUNIQUE_BENCH_DATABASE_URL (or COMMUNIQUE_TEST_DATABASE_URL) to a PostgreSQL database');
  const raw = datasetDir('raw-news');
  if (!raw) return skipped(name, 'no ../shared/datasets/raw-news (set COMMUNIQUE_SHARED)');
  const corpus = join(raw, 'dev');
  const schemas: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-pg-'));
  const figures: Figure[] = [];
  const notes: string[] = [];
  try {
    for (const threads of [...new Set([1, defaultThreads()])]) {
      const extractor = createExtractor(threads);
      try {
        // A first pass warms the pool (JIT) for both measured runs.
        const warm = await SqliteStore.open(join(dir, `warm-${threads}.db`));
        await ingestSources(warm, [corpus], { extractor });
        await warm.close();
        const run = async (store: Store) => {
          const t = performance.now();
          const p = await ingestSources(store, [corpus], { extractor });
          return { rate: p.read / ((performance.now() - t) / 1000), store };
        };
        const sqlite = await run(await SqliteStore.open(join(dir, `bench-${threads}.db`)));
        const schema = `bench_${randomBytes(4).toString('hex')}`;
        schemas.push(schema);
        const u = new URL(server);
        u.searchParams.set('schema', schema);
        const postgres = await run(await PostgresStore.open(u.toString()));
        figures.push({ label: `ingest ${threads} thread(s): SQLite docs/s`, value: round(sqlite.rate) });
        figures.push({ label: `ingest ${threads} thread(s): PostgreSQL docs/s`, value: round(postgres.rate) });
        figures.push({ label: `ingest ${threads} thread(s): PostgreSQL ÷ SQLite`, value: round(postgres.rate / sqlite.rate, 2) });
        if (threads === 1) {
          const [a, b] = [await p50(sqlite.store), await p50(postgres.store)];
          figures.push({ label: 'search p50 (ms): SQLite', value: round(a, 2) });
          figures.push({ label: 'search p50 (ms): PostgreSQL', value: round(b, 2) });
          figures.push({ label: 'search p50: PostgreSQL ÷ SQLite', value: round(b / a, 2) });
          notes.push(`search: ${QUERIES.length} queries × 20 rounds, limit 50, on ${(await sqlite.store.stats()).statements} statements`);
        }
        await sqlite.store.close();
        await postgres.store.close();
      } finally {
        await extractor.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
    await client.end();
  }
  notes.push('PostgreSQL on this machine (loopback); the SQLite file in the temp directory; both with the same warm extraction pool');
  return { name, skipped: null, figures, notes };
}

function round(v: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
