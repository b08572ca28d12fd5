import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../core/analysis.js';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { dates } from './index.js';
import { findDates } from './resolve.js';
import { extract } from '../../pipeline/extract.js';
import { attributionIn } from '../../../test/support/attribution.js';

/** An attribution given by its words in `text`; a named source is its own speaker name. */
function attr(text: string, content: string, cue: string, source: string | null = null): Attribution {
  return attributionIn(text, { content, cue, source, speakerName: source && !/statement|^it$|^he$/i.test(source) ? source : null });
}

function run(text: string, attributions: Attribution[], publishedAt: string | null) {
  return dates.run({ text, segments: segment.run({ text }, createContext()), attributions, publishedAt }, createContext());
}

describe('dates: resolving expressions against the publication day', () => {
  // 2022-02-26 is a Saturday.
  it.each([
    ['on Friday', '2022-02-25', 'day'],
    ['on Saturday', '2022-02-26', 'day'],
    ["Thursday's meeting", '2022-02-24', 'day'],
    ['In Monday’s announcement', '2022-02-21', 'day'],
    ['yesterday', '2022-02-25', 'day'],
    ['last night', '2022-02-25', 'day'],
    ['on Feb. 24', '2022-02-24', 'day'],
    ['on Dec. 28', '2021-12-28', 'day'],
    ['last week', '2022-02-19', 'week'],
    ['earlier this month', '2022-02-01', 'month'],
    ['in 2012', '2012-01-01', 'year'],
    // a count of weeks or months gives the week or the month, not a day
    ['two weeks ago', '2022-02-12', 'week'],
    ['a few months ago', '2021-11-26', 'month'],
    ['three days ago', '2022-02-23', 'day'],
    ['this past Friday', '2022-02-25', 'day'],
  ])('"%s" → %s (%s)', (words, date, precision) => {
    const found = findDates(`He said it ${words}.`, '2022-02-26');
    expect(found[0]).toMatchObject({ date, precision });
  });
});

describe('dates: a stretch of time up to the report is no day', () => {
  it.each(['in the past few weeks', 'to Sun Lijun, an engineer,', 'to USA Today', 'as prices rose 1/2 a point', 'in the last several days', 'over the last two days', 'for the past month', 'in the last 24 hours', 'over the past several months'])('%s', (words) => {
    expect(findDates(`He said it ${words}.`, '2022-02-26')).toEqual([]);
  });
});

describe('dates: without a publication day', () => {
  // Nothing to count "two months after" or "on Friday" from: only dates that name their year count.
  it.each([
    ['Two months after the invasion began, he said it', []],
    ['He said it on Friday', []],
    ['He said it over the next 12 months', []],
    ['He said it on September 11, 2001', ['2001-09-11']],
    ['He said it in March 2014', ['2014-03-01']],
    ['He said it on 3 March 2022', ['2022-03-03']],
  ])('%s', (clause, want) => {
    expect(findDates(`${clause}.`, null).map((f) => f.date)).toEqual(want);
  });
});

describe('dates: a masked clause', () => {
  // The stage blanks out what was said with '|'; the dates around it are found where they stand.
  const mask = (n: number) => '|'.repeat(n);
  it.each([
    [`Zelensky on Friday said ${mask(60)}.`, ['on Friday']],
    [`${mask(30)}, Peskov told reporters on Feb. 24 ${mask(80)}, adding ${mask(5)}`, ['Feb. 24 ']],
    [`Speaking last week ${mask(12)} ${mask(40)} in 2012, he said`, ['last week', 'in 2012']],
    [`${mask(3)}Tuesday${mask(3)}`, ['Tuesday']],
  ])('%s', (clause, words) => {
    const found = findDates(clause, '2022-02-26');
    expect(found.map((f) => f.text)).toEqual(words);
    for (const f of found) expect(clause.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('dates stage', () => {
  const seed =
    'The Taliban government issued a statement via Twitter on Friday calling for a resolution to the war. Spokesman Balkhi requested that the situation be resolved.\n\n' +
    'The statement read "All sides need to desist."\n\nIt continued, "Resolve the crisis."';
  it('dates the reporting clause and carries the date to the same statement later in the article', () => {
    const out = run(
      seed,
      [
        attr(seed, 'a resolution to the war', 'calling for', 'The Taliban government'),
        attr(seed, 'that the situation be resolved', 'requested', 'Spokesman Balkhi'),
        attr(seed, 'All sides need to desist.', 'read', 'The statement'),
        attr(seed, 'Resolve the crisis.', 'continued', 'It'),
      ],
      '2022-02-26',
    );
    expect(out.map((d) => d?.date)).toEqual(['2022-02-25', '2022-02-25', '2022-02-25', '2022-02-25']);
    expect(out[0]).toMatchObject({ precision: 'day', basis: 'on Friday', fallback: false });
    expect(out[3]?.basis).toMatch(/same statement as earlier \(on Friday\)/);
  });

  it('falls back to the publication date, flagged, when nothing dates a statement', () => {
    const text = 'The minister said the talks would resume.';
    const [d] = run(text, [attr(text, 'the talks would resume', 'said', 'The minister')], '2022-03-01');
    expect(d).toMatchObject({ date: '2022-03-01', basis: 'publication date', fallback: true });
  });

  it('takes a time adverbial right after the cue even when the content span starts with it', () => {
    const text = 'Netanyahu said late Wednesday that he would go ahead with the meeting.';
    const [d] = run(text, [attr(text, 'late Wednesday that he would go ahead with the meeting', 'said', 'Netanyahu')], '2015-12-10');
    expect(d).toMatchObject({ date: '2015-12-09', fallback: false });
  });

  it('stops the reporting clause at the comma after the content', () => {
    const text = 'Zelensky praised the workers, saying that despite attacks last week the grid held.';
    const [d] = run(text, [attr(text, 'the workers', 'praised', 'Zelensky')], '2023-02-13');
    expect(d).toMatchObject({ date: '2023-02-13', fallback: true });
    const quoted = '"The grid held," Zelensky said on Friday, as repairs went on.';
    const [q] = run(quoted, [attr(quoted, 'The grid held,', 'said', 'Zelensky')], '2023-02-13');
    expect(q).toMatchObject({ date: '2023-02-10', basis: 'on Friday' });
  });

  it('keeps the day of "on 26 April" when the clause is cut after it', () => {
    const text = 'The documents are topical, Pertsov told the media on 26 April, the agency has learned.';
    const [d] = run(text, [attr(text, 'The documents are topical', 'told', 'Pertsov')], '2024-04-26');
    expect(d).toMatchObject({ date: '2024-04-26', precision: 'day', basis: 'on 26 April' });
  });

  it('inherits the date of the same speaker named again', () => {
    const text = 'Lavrov said on Tuesday that talks were dead.\n\nIn other news, markets fell.\n\nLavrov added that sanctions would fail.';
    const out = run(text, [attr(text, 'talks were dead', 'said', 'Lavrov'), attr(text, 'sanctions would fail', 'added', 'Lavrov')], '2022-03-03');
    expect(out.map((d) => d?.date)).toEqual(['2022-03-01', '2022-03-01']);
  });
});

describe('dates: what one speaker’s date frames', () => {
  it('a lede day frames the next speaker in the paragraph, a date of history does not', () => {
    const lede = 'On Friday, Lavrov said the talks were over. Blinken called the move reckless.';
    const recent = run(lede, [attr(lede, 'the talks were over', 'said', 'Lavrov'), attr(lede, 'the move reckless', 'called', 'Blinken')], '2022-03-05');
    expect(recent.map((d) => [d?.date, d?.fallback])).toEqual([['2022-03-04', false], ['2022-03-04', false]]);
    const history = 'On September 11, 2001, Bush said every country had to decide. Biden called the war a test.';
    const old = run(history, [attr(history, 'every country had to decide', 'said', 'Bush'), attr(history, 'the war a test', 'called', 'Biden')], '2024-04-27');
    expect(old.map((d) => [d?.date, d?.fallback])).toEqual([['2001-09-11', false], ['2024-04-27', true]]);
  });

  it('"he said" takes the date of the statement just before, not of an earlier dated one', () => {
    const text = 'Lavrov said on Tuesday that talks were dead.\n\nThe analyst Ivan Petrov disagreed with the view.\n\nHe added the talks would resume.';
    const out = run(text, [attr(text, 'talks were dead', 'said', 'Lavrov'), attributionIn(text, { content: 'the view', cue: 'disagreed with', source: 'The analyst Ivan Petrov', speakerName: 'Ivan Petrov' }), attributionIn(text, { content: 'the talks would resume', cue: 'added', source: 'He', speakerName: 'Ivan Petrov' })], '2022-03-03');
    expect(out.map((d) => d?.fallback)).toEqual([false, true, true]);
  });
});

describe('dates: a wire dateline and a channel phrase', () => {
  it.each([
    // [text, content, cue, published, date, fallback]
    ['MINSK, 7 February (BelTA) – The minister said the talks would go on. Later the team left.', 'the talks would go on', 'said', '2022-02-08', '2022-02-07', false],
    ['KYIV, Feb 25 (Reuters) - The mayor said the city was calm.', 'the city was calm', 'said', '2022-02-26', '2022-02-25', false],
    ['MINSK, 7 February (BelTA) – Trade grew.\n\nA third point came up. Another one. And more.\n\nThe minister said the talks would go on.', 'the talks would go on', 'said', '2022-02-08', '2022-02-07', true],
    ['MINSK, 7 February (BelTA) – The minister said yesterday that the talks would go on.', 'that the talks would go on', 'said', '2022-02-08', '2022-02-06', false],
  ] as const)('%s', (text, content, cue, published, date, fallback) => {
    const [d] = run(text, [attr(text, content, cue, 'The minister')], published);
    expect(d).toMatchObject({ date, fallback });
  });

  it('reads the date of a channel phrase that closes an indirect content', () => {
    const text = 'The banker called on the West to stop this massacre in an Instagram post Tuesday.';
    const [d] = run(text, [attr(text, 'the West to stop this massacre in an Instagram post Tuesday', 'called on', 'The banker')], '2022-04-20');
    expect(d).toMatchObject({ date: '2022-04-19', fallback: false });
  });
});

describe('dates: the same speaker dated in the next sentence', () => {
  it.each([
    ['The foreign ministry announced it would stop inspections. The decision follows sanctions, the ministry said on Monday.', '2022-08-08', false],
    ['Lavrov announced it would stop inspections. The decision follows sanctions, Lavrov said on Monday.', '2022-08-08', false],
    // another speaker in the next sentence does not date the first one
    ['Lavrov announced it would stop inspections. The decision is wrong, Blinken said on Monday.', '2022-08-09', true],
  ] as const)('%s', (text, date, fallback) => {
    const second = /Blinken/.test(text) ? 'Blinken' : /Lavrov said/.test(text) ? 'Lavrov' : 'the ministry';
    const out = run(
      text,
      [attr(text, 'it would stop inspections', 'announced', text.startsWith('Lavrov') ? 'Lavrov' : 'The foreign ministry'), attributionIn(text, { content: text.includes('wrong') ? 'The decision is wrong' : 'The decision follows sanctions', cue: 'said', source: second, speakerName: second === 'the ministry' ? null : second })],
      '2022-08-09',
    );
    expect(out[0]).toMatchObject({ date, fallback });
  });
});

describe('dates: a sentence opened by a day frames the next one', () => {
  it.each([
    ['On Monday, the ministry summoned the envoy. It said the move was a provocation.', '2022-08-08', false],
    ['Late Sunday, the ministry summoned the envoy. It said the move was a provocation.', '2022-08-07', false],
    // a day inside the previous sentence, not opening it, frames nothing
    ['The ministry summoned the envoy on Monday. It said the move was a provocation.', '2022-08-09', true],
    // nor across a paragraph break
    ['On Monday, the ministry summoned the envoy.\n\nIt said the move was a provocation.', '2022-08-09', true],
    // a calendar day opening the sentence, within a month of the report
    ['On August 4, the ministry summoned the envoy. It said the move was a provocation.', '2022-08-04', false],
    ['On 4 August, the ministry summoned the envoy. It said the move was a provocation.', '2022-08-04', false],
    // but a calendar day of history frames nothing
    ['On February 24, 2022, Russia invaded Ukraine. It said the move was a provocation.', '2022-08-09', true],
  ] as const)('%s', (text, date, fallback) => {
    const [d] = run(text, [attr(text, 'the move was a provocation', 'said', 'It')], '2022-08-09');
    expect(d).toMatchObject({ date, fallback });
  });
});

describe('dates: the speaker named earlier in a dated sentence', () => {
  // 2022-07-10 is a Sunday.
  it.each([
    ['The envoy met Ada Okafor on Saturday in Geneva. The talks were long.\n\nOkafor was quoted as saying the door stayed open.', 'Okafor', '2022-07-09'],
    ['Ministers met Wang Yi during Saturday’s talks. Later, Wang said that tariffs must go.', 'Wang', '2022-07-09'],
    ['Mr. Okafor flew to Geneva on Friday. He dined. Then Mr. Okafor said that the door stayed open.', 'Mr. Okafor', '2022-07-08'],
  ] as const)('%s', (text, speaker, date) => {
    const content = text.includes('tariffs') ? 'that tariffs must go' : text.includes('Then') ? 'that the door stayed open' : 'the door stayed open';
    const cue = text.includes('quoted') ? 'was quoted as saying' : 'said';
    const a = attributionIn(text, { content, cue, source: speaker, speakerName: speaker });
    const [d] = run(text, [{ ...a, source: { ...a.source!, start: text.lastIndexOf(speaker), end: text.lastIndexOf(speaker) + speaker.length } }], '2022-07-10');
    expect(d).toMatchObject({ date, fallback: false });
    expect(d?.basis).toMatch(/named earlier with/);
  });
});

describe('dates: a speaker named earlier with a day that is not a day of saying', () => {
  // Published 2022-07-10. "Three days after X" counts from X, whose day is not given; "for four days" runs
  // past the report's day: neither dates what the speaker said, which falls back to the publication day.
  it.each([
    ['Three days after Ada Okafor took office, the drills began. Okafor said that the door stayed open.'],
    ['Ada Okafor stayed in Geneva for four days. Okafor said that the door stayed open.'],
    ['Two weeks before the vote, Ada Okafor toured the north. Okafor said that the door stayed open.'],
  ] as const)('%s', (text) => {
    const a = attributionIn(text, { content: 'that the door stayed open', cue: 'said', source: 'Okafor', speakerName: 'Okafor' });
    const [d] = run(text, [{ ...a, source: { ...a.source!, start: text.lastIndexOf('Okafor'), end: text.lastIndexOf('Okafor') + 6 } }], '2022-07-10');
    expect(d).toMatchObject({ date: '2022-07-10', fallback: true });
  });
});

describe('dates: a document dated where it was introduced', () => {
  it.each([
    // 2022-02-03 is a Thursday; the last dated statement (Wednesday) is another occasion
    ['The spokesman said Wednesday that troops would move. The senator sent a letter to the president Thursday. "Congress must decide," the letter states.', 'the letter', '2022-02-03'],
    ['The ministry issued a communiqué on Tuesday. Trade grew. The communiqué said that the border stays open.', 'The communiqué', '2022-02-01'],
  ] as const)('%s', (text, source, date) => {
    const content = text.includes('Congress') ? 'Congress must decide,' : 'that the border stays open';
    const a = attributionIn(text, { content, cue: text.includes('states') ? 'states' : 'said', source });
    const out = run(text, [attr(text, 'troops would move', 'said', 'The spokesman'), { ...a, source: { ...a.source!, type: 'document' as const } }].slice(text.includes('spokesman') ? 0 : 1), '2022-02-03');
    expect(out[out.length - 1]).toMatchObject({ date, fallback: false });
  });
});

describe('dates: a day after the report, and the start of a period, never date the saying', () => {
  it.each([
    // [text, content, cue, source, date, fallback] — published 2022-02-18 (a Friday)
    ['Biden estimated that the attack may occur in the next few days, although he added that it is not too late for diplomacy.', 'it is not too late for diplomacy', 'added', 'he', '2022-02-18', true],
    ['“We will not give up,” the president said in a nightly address since the war began 4 months ago.', 'We will not give up,', 'said', 'the president', '2022-02-18', true],
    // a day before the report in the reporting clause still counts
    ['Biden said on Thursday that it is not too late for diplomacy.', 'that it is not too late for diplomacy', 'said', 'Biden', '2022-02-17', false],
  ] as const)('%s', (text, content, cue, source, date, fallback) => {
    const [d] = run(text, [attr(text, content, cue, source)], '2022-02-18');
    expect(d).toMatchObject({ date, fallback });
  });
});

describe('dates: a speech dated once in the lede', () => {
  const lede = 'MINSK, 26 September (BelTA) - Foreign Minister Ada Okafor addressed the General Assembly in New York on 24 September.\n\nThe session ran late.\n\n';
  it.each([
    // [text after the lede, content, source, date, fallback]
    ['“Peace must come first,” the minister said.', 'Peace must come first,', 'the minister', '2022-09-24', false],
    ['He said that peace must come first.', 'that peace must come first', 'He', '2022-09-24', false],
    // the person named again: the lede's occasion, not the dateline's day
    ['Okafor said that peace must come first.', 'that peace must come first', 'Okafor', '2022-09-24', false],
    // a description the lede does not use is someone else
    ['The spokesman said that peace must come first.', 'that peace must come first', 'The spokesman', '2022-09-26', true],
    // another day in between announces another occasion
    ['On Monday, the talks resumed.\n\nThe minister said that peace must come first.', 'that peace must come first', 'The minister', '2022-09-26', true],
  ] as const)('%s', (rest, content, source, date, fallback) => {
    const text = lede + rest;
    const a = attributionIn(text, { content, cue: 'said', source, speakerName: source === 'Okafor' ? 'Okafor' : null });
    const [d] = run(text, [{ ...a, source: { ...a.source!, start: text.lastIndexOf(source), end: text.lastIndexOf(source) + source.length } }], '2022-09-26');
    expect(d).toMatchObject({ date, fallback });
  });
});

describe('dates: the speaker referred to by role or by honorific', () => {
  it('a qualified role dated shortly before dates the same role, and "Mr. Lou" is Lou Jiwei', () => {
    const text =
      'The Chinese finance minister jabbed back on Monday at complaints from abroad. The finance minister, Lou Jiwei, suggested that foreign officials should curb their complaints. “The whole world applauded,” Mr. Lou told reporters.';
    const role = attributionIn(text, { content: 'that foreign officials should curb their complaints', cue: 'suggested', source: 'The finance minister, Lou Jiwei', speakerName: 'Lou Jiwei' });
    const honorific = attributionIn(text, { content: 'The whole world applauded,', cue: 'told', source: 'Mr. Lou', speakerName: 'Mr. Lou' });
    const [d1, d2] = run(text, [role, honorific], '2016-06-07');
    expect(d1).toMatchObject({ date: '2016-06-06', fallback: false });
    expect(d2).toMatchObject({ date: '2016-06-06', fallback: false });
  });
  it('a role without a qualifier ("the minister") is not matched by role', () => {
    const text = 'Talks opened in Geneva. The minister arrived on Monday at the summit. Later the minister said that the talks had failed.';
    const a = attributionIn(text, { content: 'that the talks had failed', cue: 'said', source: 'the minister', speakerName: null });
    const [d] = run(text, [a], '2016-06-07');
    expect(d).toMatchObject({ date: '2016-06-07', fallback: true });
  });
});

describe('dates: a lede occasion over a dateline inherited by a description', () => {
  const lede = 'MINSK, 26 September (BelTA) - Foreign Minister Ada Okafor addressed the General Assembly in New York on 24 September, BelTA learned.\n\n';
  it('"the minister" right after the statement the dateline dates takes the day the lede gives the speech', () => {
    const text = `${lede}The minister said that peace must come first.`;
    const learned = attributionIn(text, { content: 'Foreign Minister Ada Okafor addressed the General Assembly in New York on 24 September', cue: 'learned', source: 'BelTA', speakerName: 'BelTA' });
    const minister = attributionIn(text, { content: 'that peace must come first', cue: 'said', source: 'The minister', speakerName: null });
    const [, d] = run(text, [learned, minister], '2022-09-26');
    expect(d).toMatchObject({ date: '2022-09-24', fallback: false });
  });
  it('a day inside quoted speech between the lede and the statement announces no other occasion', () => {
    const text = `${lede}“A similar shift must occur today,” the crowd chanted.\n\nThe minister said that peace must come first.`;
    const chant = attributionIn(text, { content: '“A similar shift must occur today,”', cue: 'chanted', source: 'the crowd', speakerName: null });
    const minister = attributionIn(text, { content: 'that peace must come first', cue: 'said', source: 'The minister', speakerName: null });
    const [, d] = run(text, [{ ...chant, kind: 'direct' }, minister], '2022-09-26');
    expect(d).toMatchObject({ date: '2022-09-24', fallback: false });
  });
});

describe('dates: what another speaker’s date does not lend', () => {
  // Published 2019-11-25 (a Monday). A month frames no other speaker; "it" after a person is someone else.
  it.each([
    ['This month, the president hosted the king for what he called a "wonderful meeting." "The relationship is reduced to these two men," said Ada Obi, an analyst.', 'The relationship'],
    ['"Closing the camps will hurt us," Ali Haji said of the refugees. The refugee agency shares that concern. It issued a statement last week saying that the camps must stay open.', 'Closing the camps'],
  ] as const)('%s', (text, words) => {
    const result = extract(`date 2019-11-25\n\n${text}`);
    if (!result.ok) throw new Error('extraction failed');
    const s = result.value.statements.find((x) => x.content.text.includes(words));
    expect(s?.saidOn).toMatchObject({ date: '2019-11-25', fallback: true });
  });
});
