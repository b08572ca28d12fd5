/** Search latency (p50/p95) on a database grown to 1,000,000 statements (scripts/bench/grow-db.ts). */
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StatementQuery } from '../../src/store/store.js';
import type { EvalSection, Figure } from '../eval/report.js';
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
  const viewFigures: Figure[] = [];
  try {
    const time = async (q: StatementQuery) => {
      const t = performance.now();
      const page = await store.searchStatements({ ...q, limit: 50 });
      return { ms: performance.now() - t, page };
    };
    // A document's statements (the web's document view) with an id taken from this database.
    const someDocument = (await store.listDocuments({ limit: 1 })).items[0]?.id;
    for (const q of [...SEARCH_MIX, ...(someDocument ? [{ documentId: someDocument }] : [])]) {
      const first = await time(q); // warm the cache for this query shape
      const mine: number[] = [];
      for (let i = 0; i < 6; i++) mine.push((await time(q)).ms);
      if (first.page.nextCursor) for (let i = 0; i < 3; i++) mine.push((await time({ ...q, cursor: first.page.nextCursor })).ms);
      samples.push(...mine);
      mine.sort((a, b) => a - b);
      notes.push(`${JSON.stringify(q)}: median ${percentile(mine, 50).toFixed(1)} ms, ${first.page.items.length} hits on page 1`);
    }
    // The web's other views: reactions matrix, timeline, actor list, facets (median of 5 warm calls).
    const views: [string, () => Promise<unknown>][] = [
      ['reactions toward RUS,UKR', () => store.reactions({ toward: ['RUS', 'UKR'] })],
      ['timeline, top 10 actors', () => store.timeline({})],
      ['actors, first page', () => store.listActors({ limit: 50 })],
      ['facets, no filter', () => store.facets({})],
      ['facets, target RUS', () => store.facets({ target: 'RUS' })],
      ['stats (counts only)', () => store.stats()],
    ];
    for (const [label, run] of views) {
      await run();
      const ms: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await run();
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      viewFigures.push({ label: `${label} (ms)`, value: Math.round(percentile(ms, 50) * 10) / 10 });
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
      ...viewFigures,
    ],
    notes,
  };
}
