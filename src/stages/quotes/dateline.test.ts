import { describe, expect, it } from 'vitest';
import { datelineEnd } from './dateline.js';
import { tokenize } from './tokens.js';

const rows: { text: string; first: string | null }[] = [
  { text: 'OSLO (AP) — Mayor Ana Obi said the bridge will close.', first: 'Mayor' },
  { text: 'NEW YORK, March 3 (UPI) — The mayor spoke.', first: 'The' },
  { text: 'BERGEN, Norway, Dec. 11 (Reuters) -- Voters went to the polls.', first: 'Voters' },
  { text: 'NATO — the alliance — said it would meet.', first: null },
  { text: 'Ana Obi — the mayor — said it would close.', first: null },
  { text: 'OSLO is a city where the mayor — Ana Obi — lives.', first: null },
];

describe('dateline', () => {
  for (const r of rows) {
    it(r.text, () => {
      const toks = tokenize(r.text, 0, r.text.length);
      const k = datelineEnd(toks);
      expect(k === 0 ? null : toks[k]!.text).toBe(r.first);
    });
  }
});
