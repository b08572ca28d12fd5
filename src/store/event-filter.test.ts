import { describe, expect, it } from 'vitest';
import { eventFilterProblem, PLOVER_CATEGORIES } from './event-filter.js';

describe('eventFilterProblem: event filters that can match, and typos that cannot', () => {
  it.each(['02', '027', '0256', '1', 'REQUEST', 'request', 'Accuse'])('%s is a filter', (v) => expect(eventFilterProblem(v)).toBeNull());
  it.each(['XYZ', '02a', '12345', 'REQUESTS', ''])('%s is refused, naming what is expected', (v) => expect(eventFilterProblem(v)).toMatch(/CAMEO code prefix .* PLOVER category \(.*REQUEST/));
  it('knows the codebook categories', () => expect(PLOVER_CATEGORIES).toEqual(expect.arrayContaining(['REQUEST', 'ACCUSE', 'COOPERATE', 'SANCTION'])));
});
