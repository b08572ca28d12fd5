import * as chrono from 'chrono-node/en';
import { ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { GATES, caseFolded, gatedCasual } from './chrono-gate.js';

const REF = { instant: new Date('2022-02-26T12:00:00Z'), timezone: 0 };
const OPTION = { forwardDate: false };

/** What a parse found, in full: where, which words, which day and which components chrono was sure of. */
function found(rs: chrono.ParsedResult[]) {
  return rs.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString(), tags: [...r.tags()].sort(), certain: (['year', 'month', 'day', 'weekday', 'hour'] as const).filter((c) => r.start.isCertain(c)) }));
}

// Texts each parser of chrono's English casual configuration reads, and texts near them that it does not.
const TEXTS = [
  'on 2022-02-14 and 2022/02/14', '2022-02-14T10:30:00Z', 'on 14/02/2022 or 3.4.21', 'by 02/2022', 'at 10:30 pm', 'at 7 a.m.',
  'within two weeks', 'in a couple of days', 'for about an hour', 'in them', 'the 1990s', 'they said',
  '14 February 2022', 'the first of may', 'the 3rd-5th of March', '21st of June', 'twenty-first of dec.', 'firstmay',
  'February 14, 2022', 'Sept. 3', 'March 3-5', 'may twenty first', 'May be it', 'jan 2',
  'on Tuesday', 'last friday', 'Monday of next week', 'the weekend', 'onmonday', 'mondaylast week', 'sat down', 'the month', 'monthly', 'Saturdays',
  '5 days ago', '3 weeks earlier', 'two years before', '5mago', 'a day ago', 'half an hour ago', 'ago',
  '2 days later', 'a week after', 'three months from now', 'couple of days out', 'about',
  '2022 Feb', '1990 of march', '300 BC may', 'AD june',
  'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'last night', 'lastnight', 'known', 'snow',
  'this morning', 'in the afternoon', 'evening', 'midnight', 'midday', 'noon', 'noontime',
  'end of the month', 'last day of month', 'of the months',
  'next week', 'this year', 'past month', 'after this quarter', 'last y', 'this would',
  'next 3 days', '+2 hours', '-1 d', 'last couple of weeks',
  'Ukraine', '', '…', 'Über den 3. März', 'IN MAY 2022', 'ON THURS.',
];

describe('chrono gates: a gated parser reads every text the parser reads', () => {
  it.each(TEXTS)('%j: the same answer as chrono', (text) => {
    expect(found(gatedCasual.parse(text, REF, OPTION))).toEqual(found(chrono.casual.parse(text, REF, OPTION)));
  });

  it.each(TEXTS)('%j: a parser whose regex matches has its gate open', (text) => {
    const context = new ParsingContext(text, REF, OPTION);
    for (const parser of chrono.casual.parsers) {
      const name = parser.constructor.name;
      if (parser.pattern(context).exec(text)) expect({ name, open: GATES[name]!(text) }).toEqual({ name, open: true });
    }
  });

  it('knows every parser of the casual configuration (a parser it does not know is run ungated)', () => {
    expect(chrono.casual.parsers.map((p) => p.constructor.name).filter((n) => !GATES[n])).toEqual([]);
  });

  it('closes most gates on a sentence without a date', () => {
    const text = 'The minister said the talks were constructive and that both sides would keep working.';
    expect(Object.entries(GATES).filter(([, gate]) => gate(text)).map(([name]) => name)).toEqual([]);
  });

  // Words and numbers from chrono's English dictionaries, glued with the separators its patterns allow: the
  // strings where a gate written a little too narrowly would first show.
  it('gives the same answer as chrono on generated date-like strings', () => {
    const words = ('now today tonight tomorrow yesterday last night this morning noon end of the month within in for about around ago before ' +
      'earlier later after from out one two half a an few several the couple s sec minutes m h hr day d w week mo mon month qtr year y yr next past + - ' +
      'sunday sun. monday tue wed thurs thu fri sat weekend weekday on january feb. mar may june sept. dec first second twenty-first thirtieth 1st 3rd ' +
      "to until at o'clock am pm a.m. BC AD T 1 7 12 31 2022 1999 02/03 10:30 1.5").split(' ');
    const separators = [' ', '', '  ', ', ', '-', '/', '.', ' (', ') ', ':', '|', '\n'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const differ: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = 1 + next(5); k > 0; k--) text += words[next(words.length)]! + separators[next(separators.length)]!;
      if (next(4) === 0) text = text.toUpperCase();
      if (JSON.stringify(found(gatedCasual.parse(text, REF, OPTION))) !== JSON.stringify(found(chrono.casual.parse(text, REF, OPTION)))) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});

describe('caseFolded: a pattern without the i flag that matches what it matched', () => {
  it.each([
    [/(\W|^)(ago|before)(?=\W|$)/i, ['2 days AGO', 'Before', 'bEfOrE.', 'agone', 'ſago', 'ıago']],
    [/a\.m\.|[0-9]{1,2}\s*(?:h|hours?)/gi, ['10 A.M.', '3 HOURS', '3h', 'a_m_']],
  ])('%s', (re, texts) => {
    const folded = caseFolded(re)!;
    expect(folded.flags).not.toContain('i');
    for (const text of texts) expect(new RegExp(folded.source, folded.flags).exec(text)?.[0]).toEqual(new RegExp(re.source, re.flags).exec(text)?.[0]);
  });

  it.each([/\x41b/i, /\u0041/i, /(?<year>\d+)x/i, /[a-z]/i, /(a)\1/i, /é/i, /ab/u, /ab/])('leaves %s as it is (null)', (re) => {
    expect(caseFolded(re)).toBeNull();
  });
});
