import { describe, expect, it } from 'vitest';
import type { CleanedDocument, DecodedDocument, MetadataCandidate } from '../../core/analysis.js';
import { createContext } from '../../core/stage.js';
import { fileNameDate, metadata } from './index.js';
import { detectLanguage } from './language.js';
import { normaliseDate } from './normalise-date.js';

const decoded = (hints: DecodedDocument['hints'] = {}): DecodedDocument => ({ source: 's', text: '', mediaType: 'text/html', encoding: 'utf-8', hints, warnings: [] });
const cleaned = (candidates: MetadataCandidate[], text = ''): CleanedDocument => ({ text, removed: [], candidates });

describe('normaliseDate', () => {
  const cases: ReadonlyArray<[string, string | null]> = [
    ['2022-02-26', '2022-02-26'],
    ['2019-11-20T23:30:00-05:00', '2019-11-20'],
    ['20191120', '2019-11-20'],
    ['Tue, 19 Nov 2019 12:00:00 GMT', '2019-11-19'],
    ['November 19, 2019', '2019-11-19'],
    ['2022-02-30', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => expect(normaliseDate(input)).toBe(want));
});

describe('fileNameDate', () => {
  const cases: ReadonlyArray<[string, string | null]> = [
    ['/crawl/dev/20220502T103000Z_US_en_8517249905.txt', '2022-05-02'],
    ['saved/2022-05-02-kyiv-talks.html', '2022-05-02'],
    ['C:\\pages\\20190101.html', '2019-01-01'],
    ['dump/20220502_feed.jsonl#row=12', '2022-05-02'],
    ['https://example.org/20220502-story.html', null],
    ['story-20220502.html', null],
    ['2022-talks.txt', null],
    ['1234567890_notes.txt', null],
  ];
  for (const [source, want] of cases) it(JSON.stringify(source), () => expect(fileNameDate(source)[0]?.value ?? null).toBe(want));
});

describe('metadata stage', () => {
  it('takes the first candidate that parses, in the clean stage’s order, with its basis', () => {
    const m = metadata.run(
      {
        decoded: decoded(),
        cleaned: cleaned([
          { field: 'publishedAt', value: 'not a date', basis: 'json-ld:datePublished' },
          { field: 'publishedAt', value: '2021-05-04T10:00:00Z', basis: 'meta:article:published_time' },
          { field: 'title', value: 'Vote delayed', basis: 'meta:og:title' },
          { field: 'language', value: 'en-GB', basis: 'html:lang' },
          { field: 'author', value: 'Jane Doe', basis: 'json-ld:author' },
          { field: 'author', value: 'John Roe', basis: 'json-ld:author' },
          { field: 'author', value: 'Desk', basis: 'meta:author' },
        ]),
      },
      createContext(),
    );
    expect(m).toMatchObject({ publishedAt: '2021-05-04', publishedAtBasis: 'meta:article:published_time', title: 'Vote delayed', language: 'en', authors: ['Jane Doe', 'John Roe'] });
  });

  it('lets --published and the container’s hints win over the page', () => {
    const cands: MetadataCandidate[] = [{ field: 'publishedAt', value: '2021-05-04', basis: 'header' }];
    expect(metadata.run({ decoded: decoded(), cleaned: cleaned(cands) }, createContext({ published: '2022-01-01' }))).toMatchObject({ publishedAt: '2022-01-01', publishedAtBasis: 'option' });
    expect(metadata.run({ decoded: decoded({ publishedAt: '2020-03-03T10:00:00Z' }), cleaned: cleaned(cands) }, createContext())).toMatchObject({ publishedAt: '2020-03-03', publishedAtBasis: 'source' });
  });

  it('leaves the language null when nothing establishes it', () => {
    expect(metadata.run({ decoded: decoded(), cleaned: cleaned([], 'Short text.') }, createContext()).language).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('recognises English prose and declines on too little text or a list of names', () => {
    expect(detectLanguage('The minister said on Friday that the talks would resume in Geneva, and that both sides were ready to meet again. It was the first time that he had spoken about the plan.')).toBe('en');
    expect(detectLanguage('Kyiv Kharkiv Lviv Odesa Dnipro Zaporizhzhia Mykolaiv Kherson Poltava Sumy Chernihiv Zhytomyr Rivne Lutsk Ternopil Uzhhorod Ivano-Frankivsk Chernivtsi Vinnytsia Cherkasy Kropyvnytskyi')).toBeNull();
    expect(detectLanguage('Too short.')).toBeNull();
  });

  it('dates a page by its file name only when nothing else does, and says so', () => {
    const named: DecodedDocument = { ...decoded(), source: '/crawl/20220502T103000Z_US_en_1.txt' };
    expect(metadata.run({ decoded: named, cleaned: cleaned([]) }, createContext())).toMatchObject({ publishedAt: '2022-05-02', publishedAtBasis: 'file name' });
    const header: MetadataCandidate[] = [{ field: 'publishedAt', value: '2022-05-01', basis: 'header' }];
    expect(metadata.run({ decoded: named, cleaned: cleaned(header) }, createContext())).toMatchObject({ publishedAt: '2022-05-01', publishedAtBasis: 'header' });
    expect(metadata.run({ decoded: { ...named, source: '/crawl/20221340_x.txt' }, cleaned: cleaned([]) }, createContext())).toMatchObject({ publishedAt: null });
  });
});
