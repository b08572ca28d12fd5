import { describe, expect, it } from 'vitest';
import memoData from './needle-memo.json' with { type: 'json' };
import { anyOf, allOf, computeNeedles, recordNeedles, used } from './needle.js';

// needle-memo.json stands in for working out the needles of the stages' patterns at load (needle.ts): each of
// its entries must be what anyOf/allOf work out from the pattern, and it must hold every pattern the stages
// declare. When this fails, run `npx tsx scripts/build/needle-memo.ts` and commit the file.
describe('needle memo', () => {
  it('holds, for every pattern the stages declare, the needles worked out from the pattern', async () => {
    recordNeedles();
    await import('../pipeline/extract.js');
    expect(used.anyOf.size).toBeGreaterThan(100);
    expect(used.allOf.size).toBeGreaterThan(100);
    const memoAny = new Map(memoData.anyOf as [string, string[] | null][]);
    const memoAll = new Map(memoData.allOf as [string, string[][]][]);
    for (const pattern of used.anyOf.keys()) expect(memoAny.get(pattern), pattern).toEqual(computeNeedles.anyOf(pattern));
    for (const pattern of used.allOf.keys()) expect(memoAll.get(pattern), pattern).toEqual(computeNeedles.allOf(pattern));
  });

  it('has no entry that differs from what the pattern gives (a stale memo would skip patterns wrongly)', () => {
    for (const [pattern, needles] of memoData.anyOf as [string, string[] | null][]) expect(needles, pattern).toEqual(computeNeedles.anyOf(pattern));
    for (const [pattern, sets] of memoData.allOf as [string, string[][]][]) expect(sets, pattern).toEqual(computeNeedles.allOf(pattern));
  });

  it('answers a pattern it does not hold by working it out, and hands out copies', () => {
    const pattern = '(?:sent|deployed) (?:\\w+ ){0,4}(?:zzgunboats|zzfrigates)';
    expect(anyOf(pattern)).toEqual(['zzgunboats', 'zzfrigates']);
    expect(allOf(pattern)).toEqual([['sent', 'deployed'], ['zzgunboats', 'zzfrigates']]);
    const [first] = memoData.anyOf as [string, string[] | null][];
    const a = anyOf(first![0]);
    a?.push('changed');
    expect(anyOf(first![0])).toEqual(first![1]);
  });
});
