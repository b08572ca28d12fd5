/** Search latency (p50/p95) on a database grown to 1,000,000 statements (scripts/bench/grow-db.ts). */
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StatementQuery } from '../../src/store/store.js';
import type { EvalSection } from '../eval/report.js';
import { DEFAULT_BENCH_DB, growDb } from './grow-db.js';

/** A mix of what users filter by: words, phrases, speakers, actors, targets, events, stances, dates, and combinations. */
export const SEARCH_MIX: readonly StatementQuery[] = [
  {},
  { text: 'sanctions' },
  { text: 'government' },
  { text: 'the' },
  { text: '"security forces"' },
  { text: 'humanitarian aid' },
  { text: 'elect*' },
  { text: 'election', actor: 'UKR' },
  { text: 'president', since: '2021-01-01', until: '2021-12-31' },
  { text: 'war', target: 'RUS' },
  { actor: 'RUS' },
  { actor: 'France', target: 'RUS' },
  { target: 'UKR' },
  { target: 'NATO', stance: 'critical' },
  { target: 'ATA' },
  { speaker: 'Chen' },
  { speaker: 'Anna Kovalenko' },
  { event: '02' },
  { event: '112', since: '2022-01-01' },
  { stance: 'supportive' },
  { since: '2022-02-24', until: '2022-03-31' },
  { since: '2022-02-24', until: '2022-03-31', stance: 'critical', target: 'RUS' },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchSearch(path = process.env.COMMUNIQUE_BENCH_DB ?? DEFAULT_BENCH_DB, statements = 1_000_000): Promise<EvalSection> {
  const grown = await growDb(path, statements, (l) => process.stderr.write(`${l}\n`));
  const store = await SqliteStore.open(path);
  const samples: number[] = [];
  const notes: string[] = [];
  try {
    const time = async (q: StatementQuery) => {
      const t = performance.now();
      const page = await store.searchStatements({ ...q, limit: 50 });
      return { ms: performance.now() - t, page };
    };
    for (const q of SEARCH_MIX) {
      const first = await time(q); // warm the cache for this query shape
      const mine: number[] = [];
      for (let i = 0; i < 6; i++) mine.push((await time(q)).ms);
      if (first.page.nextCursor) for (let i = 0; i < 3; i++) mine.push((await time({ ...q, cursor: first.page.nextCursor })).ms);
      samples.push(...mine);
      mine.sort((a, b) => a - b);
      notes.push(`${JSON.stringify(q)}: median ${percentile(mine, 50).toFixed(1)} ms, ${first.page.items.length} hits on page 1`);
    }
  } finally {
    await store.close();
  }
  samples.sort((a, b) => a - b);
  return {
    name: `store: search latency at ${grown.statements.toLocaleString('en')} statements`,
    skipped: null,
    figures: [
      { label: 'search p50 (ms)', value: Math.round(percentile(samples, 50) * 10) / 10 },
      { label: 'search p95 (ms)', value: Math.round(percentile(samples, 95) * 10) / 10, bar: { op: '<=', value: 50 } },
      { label: 'queries timed', value: samples.length },
    ],
    notes,
  };
}
