import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../core/types.js';
import type { StatementHit } from '../store/store.js';
import { datasetDir } from '../../test/support/shared.js';
import { dateAdded, GDELT_EVENT_COLUMNS, gdeltRows, globalEventId, quadClass } from './export-formats.js';

describe('quadClass: the GDELT quad class of a CAMEO code, by its root', () => {
  it.each([
    ['010', 1], ['027', 1], ['0256', 1], ['057', 1],
    ['061', 2], ['071', 2], ['081', 2],
    ['090', 3], ['111', 3], ['1123', 3], ['138', 3],
    ['141', 4], ['163', 4], ['190', 4], ['204', 4],
    ['', null], ['21', null], ['00', null], ['xx', null],
  ] as const)('%s → %s', (cameo, quad) => expect(quadClass(cameo)).toBe(quad));
});

describe('globalEventId: a stable integer per statement and target', () => {
  it('is a decimal integer that fits a signed 64-bit column, the same on every call', () => {
    const id = globalEventId('st_ffffffffffffffff', 63);
    expect(id).toMatch(/^\d+$/);
    expect(BigInt(id) < 2n ** 63n).toBe(true);
    expect(globalEventId('st_1a2b3c4d5e6f7a8b', 0)).toBe(globalEventId('st_1a2b3c4d5e6f7a8b', 0));
  });

  it('differs per target and per statement; rows of one statement share id >> 6', () => {
    const a0 = BigInt(globalEventId('st_1a2b3c4d5e6f7a8b', 0));
    const a1 = BigInt(globalEventId('st_1a2b3c4d5e6f7a8b', 1));
    const b0 = BigInt(globalEventId('st_9a2b3c4d5e6f7a8b', 0));
    expect(new Set([a0, a1, b0]).size).toBe(3);
    expect(a0 >> 6n).toBe(a1 >> 6n);
    expect(globalEventId('not-a-statement-id', 0)).toMatch(/^\d+$/);
  });
});

function hit(cameo: string | null, targets: string[], date: string | null): StatementHit {
  const statement = {
    id: 'st_00000000000001ff',
    actor: { name: 'France', code: 'FRA', country: 'FRA', sector: 'GOV' },
    targets: targets.map((code) => ({ name: code, code, country: code, sector: 'GOV', stance: 'critical' })),
    event: cameo ? { cameo, plover: null, label: 'x' } : null,
  } as unknown as Statement;
  return { statement, date, documentId: 'd', documentTitle: null, documentSource: 'https://x.test/a', sourceCount: 2 };
}

const cell = (row: string, column: (typeof GDELT_EVENT_COLUMNS)[number]) => row.split('\t')[GDELT_EVENT_COLUMNS.indexOf(column)];

describe('gdeltRows: one GDELT 2.0 event row per statement and target', () => {
  it('fills the ids, dates, codes, quad class and Goldstein score a GDELT user filters on', () => {
    const rows = gdeltRows(hit('138', ['RUS', 'BLR'], '2022-02-25'), 'https://x.test/a', '2022-02-26');
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.split('\t').length === GDELT_EVENT_COLUMNS.length)).toBe(true);
    // The first 14 hex digits of st_00000000000001ff are 0x1: rows 64 and 65.
    expect(rows.map((r) => cell(r, 'GLOBALEVENTID'))).toEqual(['64', '65']);
    expect(['SQLDATE', 'DATEADDED', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'Actor1Code', 'Actor2Code', 'NumSources'].map((c) => cell(rows[1]!, c as never))).toEqual([
      '20220225', '20220226000000', '138', '138', '13', '3', '-7', 'FRAGOV', 'BLRGOV', '2',
    ]);
  });

  it('leaves what is not known empty: no event, no date', () => {
    const [row] = gdeltRows(hit(null, [], null), 'u');
    expect(['SQLDATE', 'DATEADDED', 'EventCode', 'QuadClass', 'GoldsteinScale', 'Actor2Code'].map((c) => cell(row!, c as never))).toEqual(['', '', '', '', '', '']);
  });
});

describe('dateAdded: GDELT DATEADDED from the first report\'s publication date', () => {
  it.each([
    ['2022-02-26', '20220226000000'],
    ['2022-02-26T09:30:00Z', '20220226093000'],
    ['2022-02-26T01:15:00+03:00', '20220225221500'],
    ['February 2022', null],
    [null, null],
  ])('%s → %s', (published, expected) => expect(dateAdded(published)).toBe(expected));
});

describe.skipIf(!datasetDir('cameo'))('GoldsteinScale matches the public CAMEO Goldstein table (datasets/cameo/cameo-codes.csv)', () => {
  it('for every one of its codes', () => {
    const lines = readFileSync(join(datasetDir('cameo')!, 'cameo-codes.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
    let checked = 0;
    for (const line of lines) {
      // code,name,goldstein,… where a name with a comma is quoted.
      const m = /^(\d{2,4}),(?:"[^"]*"|[^,"]*),(-?\d+(?:\.\d+)?),/.exec(line);
      if (!m) continue;
      const [, code, score] = m as unknown as [string, string, string];
      const [row] = gdeltRows(hit(code, [], '2022-01-01'), 'u');
      expect([code, Number(cell(row!, 'GoldsteinScale'))]).toEqual([code, Number(score)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });
});
