import { describe, expect, it } from 'vitest';
import { searchHits } from './search-terms.js';

const hits = (text: string, query: string) => searchHits(text, query).map((m) => text.slice(m.start, m.end));

describe('searchHits: the search words a result card marks in its quote', () => {
  const cases: { name: string; text: string; query: string; expected: string[] }[] = [
    { name: 'a word, whatever its case', text: 'Ceasefire now; the ceasefire holds.', query: 'ceasefire', expected: ['Ceasefire', 'ceasefire'] },
    { name: 'whole words only', text: 'the ceasefires and a ceasefire', query: 'ceasefire', expected: ['ceasefire'] },
    { name: 'a prefix with a star', text: 'new sanctions, sanctioned firms', query: 'sanction*', expected: ['sanctions', 'sanctioned'] },
    { name: 'a phrase: its words in a row, as one mark', text: 'through dialogue and peaceful means.', query: '"peaceful means"', expected: ['peaceful means'] },
    { name: 'a phrase whose words are apart does not match', text: 'peaceful, lasting means', query: '"peaceful means"', expected: [] },
    { name: 'accents are ignored, as in the index', text: 'President Zelenskyý said', query: 'zelenskyy', expected: ['Zelenskyý'] },
    { name: 'every word of the query', text: 'Russia must accept the ceasefire', query: 'russia ceasefire', expected: ['Russia', 'ceasefire'] },
    { name: 'operators and punctuation are not words', text: 'a (b) c', query: '() OR', expected: [] },
    { name: 'no query, no marks', text: 'anything', query: '   ', expected: [] },
  ];
  for (const c of cases) it(c.name, () => expect(hits(c.text, c.query)).toEqual(c.expected));
});
