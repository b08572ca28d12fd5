import { describe, expect, it } from 'vitest';
import { bucketOf, buckets } from './buckets.js';

describe('buckets', () => {
  const cases: [string, string, string, { unit: string; first: string; last: string; count: number }][] = [
    ['one day widens to two weeks of days', '2022-02-24', '2022-02-24', { unit: 'day', first: '2022-02-18', last: '2022-03-03', count: 14 }],
    ['a month stays in days', '2022-02-01', '2022-02-28', { unit: 'day', first: '2022-02-01', last: '2022-02-28', count: 28 }],
    ['a year goes by weeks, from the Monday', '2022-01-05', '2022-12-20', { unit: 'week', first: '2022-01-03', last: '2022-12-19', count: 51 }],
    ['five years go by months', '2019-11-20', '2025-04-14', { unit: 'month', first: '2019-11', last: '2025-04', count: 66 }],
  ];
  for (const [name, first, last, want] of cases) {
    it(name, () => {
      const b = buckets(first, last);
      expect({ unit: b.unit, first: b.keys[0], last: b.keys[b.keys.length - 1], count: b.keys.length }).toEqual(want);
      expect(new Set(b.keys).size).toBe(b.keys.length);
    });
  }

  it('puts a day in its week (Monday) and month', () => {
    expect(bucketOf('2022-02-27', 'week')).toBe('2022-02-21'); // a Sunday
    expect(bucketOf('2022-02-21', 'week')).toBe('2022-02-21'); // a Monday
    expect(bucketOf('2022-02-27', 'month')).toBe('2022-02');
  });
});
