import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
const s = await SqliteStore.open('/tmp/communique-bench-1m.db', { readonly: true });
for (const [label, fn] of [
  ['listActors', () => s.listActors({ limit: 50 })],
  ['getActor RUS', () => s.getActor('RUS')],
  ['facets {}', () => s.facets({})],
  ['facets target RUS', () => s.facets({ target: 'RUS' })],
  ['reactions toward RUS,UKR', () => s.reactions({ toward: ['RUS', 'UKR'] })],
  ['timeline {}', () => s.timeline({})],
  ['timeline actor FRA', () => s.timeline({ actors: ['FRA'] })],
  ['count target UKR (cap 10000)', () => s.countStatements({ target: 'UKR' }, 10000)],
  ['getStatement', async () => s.getStatement((await s.searchStatements({ limit: 1 })).items[0]!.statement.id)],
  ['stats', () => s.stats()],
] as const) {
  const t = performance.now();
  await (fn as () => Promise<unknown>)();
  const a = performance.now() - t;
  const t2 = performance.now();
  await (fn as () => Promise<unknown>)();
  console.log(`${label}: ${a.toFixed(0)} ms cold, ${(performance.now() - t2).toFixed(0)} ms warm`);
}
await s.close();
