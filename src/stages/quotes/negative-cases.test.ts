import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

// Things that look like quotes or speech but are nobody's words.
const cases: { name: string; text: string }[] = [
  { name: 'a rubric before a colon names a part of the page', text: 'Summary: the council met on Monday and approved the budget.\n\nDisclosure: "We may earn a commission from links on this page."\n\nThe meeting was long.' },
  { name: 'a relative clause after a noun cue word', text: 'Since the student protests that began in the square, the city has been quiet.' },
  { name: 'a plea in court', text: 'A local man pleaded guilty on Monday to threatening to kill a senator. Another pleaded not guilty.' },
  { name: 'so-called scare quote', text: 'The so-called “reform” passed the chamber on Tuesday.' },
  { name: 'show title', text: 'He spoke on “Morning Edition” about the budget.' },
  { name: 'book title', text: 'She wrote the book “A Long Way Home in the Rain” in 2010.' },
  { name: 'nickname', text: 'Johnson, nicknamed “The Hammer,” left the team.' },
  { name: 'a title right after a naming verb, no object between', text: 'They watched a show called “The Long Road Home” on Sunday.' },
  { name: 'a scare quote with no speaker verb', text: 'The city council passed the “Clean Streets” plan on Monday.' },
  { name: 'dubbed', text: 'The plan, dubbed “Operation Clean Sweep,” began in May.' },
  { name: 'single scare word', text: 'The “experts” were wrong again about the market.' },
  { name: 'headline-style title in quotes', text: '“Saturday Night Live” returns next week with a new host.' },
  { name: '"it\'s said" is a passive with no speaker', text: "It's said that the bridge is unsafe." },
  { name: 'passive with no speaker', text: 'The bridge is said to be unsafe.' },
  { name: 'background sentence', text: 'The Taliban retook control of Afghanistan in August 2021 after US troops were withdrawn.' },
  { name: 'a verb form after "of" is a noun, even before a colon', text: 'Lena Obi, a former secretary of state: a career in three acts.' },
  { name: 'emails and reasons are nouns here', text: 'Several emails to the minister were released on Friday. There are three reasons the plan should worry investors.' },
  { name: 'a tweet and a request as nouns', text: 'Dozens of tweets from the account were deleted. Requests for comment went unanswered.' },
  { name: 'a count before a plural that is also a verb form', text: 'The candidates campaigned in four other states that vote next week. His broad appeal faces a test.' },
  { name: 'noun uses of cue words', text: 'The early states hold their contests in February. The show starts at nine.' },
  { name: 'apostrophes are not quotes', text: 'The players’ union met on Monday. They’re in the ’90s mood again.' },
  { name: 'a sentence-case first line is not a headline attribution', text: 'Storm damage: roads closed across the county\n\nCrews worked overnight.' },
  { name: 'a title-case headline without a cue', text: 'Storm Closes Roads Across the County\n\nCrews worked overnight.' },
  { name: 'a single line is not a headline', text: 'Survey: Farmers Expect a Poor Harvest This Year' },
  { name: 'expected without a complement', text: 'The results were expected on Friday.' },
  { name: 'a noun cue that needs an owner', text: 'The attacks on the convoy continued overnight.' },
  { name: 'a noun cue without its complement', text: 'The statement was short.' },
  { name: 'a quoted title followed by a bare past verb', text: '“Reform,” passed easily in the end.' },
  { name: 'a scare quote inside running words followed by a past verb', text: 'The “reform,” passed easily.' },
  { name: 'a quote followed by a verb that is not past', text: '“The Long Road Home,” the film opens with a storm.' },
  { name: 'a quoted title before a clause with no reporting verb', text: '“Unbelievable,” the crowd in the hall was silent for a minute.' },
  { name: 'a quoted title opening a sentence with a long subject', text: '“The Long Road Home,” a film by Ana Obi, opens in May.' },
  { name: 'a bulleted list is no dialogue-dash quote', text: 'The plan has three parts:\n\n- new schools in the north\n\n- a bridge over the river' },
  { name: 'dash-framed section headings', text: '– Storm damage in the north –\n\n– Roads closed for days –' },
  { name: 'an opening "In" that names no poll or study', text: 'In the city, the roads were closed for days.' },
  { name: 'a passive with an agent that is a number, not a speaker', text: 'In the end the bill was rejected.' },
  { name: 'a dash line without a cue after its second dash', text: '- Wages went up by four percent - prices by two.' },
  { name: 'a dash then a name and a colon opening a plain list, with no quote', text: 'Prices rose again - Obi: bread, milk and eggs.' },
  { name: 'a show title closed by the sentence period inside the marks', text: 'Ana Obi said in an interview with “Fox News Sunday.”' },
  { name: 'a show title closed by a period after "show"', text: 'He is the star of the reality show “The Apprentice.”' },
  { name: 'a show title right after a verb that does not report, then "that day"', text: 'He praised “Meet the Press” that day.' },
  { name: 'a show title in the setting with no "that" after it', text: 'Ana Obi spoke on NBC’s “Meet the Press” about the budget.' },
  { name: 'a sentence-opening participle is no inverted cue', text: 'Said to be the richest man in town, Obi, who grew up here, “owns half of it.”' },
];

describe('quotes: negative cases', () => {
  for (const c of cases) it(c.name, () => expect(attributions(c.text).list.map((a) => a.content.text)).toEqual([]));

  it('a participle after "X said" with its own clause in between is not read as a trailing attribution', () => {
    const { list } = attributions('Ana Obi said Monday that the plan failed, adding that nobody wanted it.');
    expect(list.map((a) => [a.cue?.text, a.content.text])).toEqual([['said', 'that the plan failed'], ['adding', 'that nobody wanted it']]);
  });

  it('a pronoun in lower case or before a lower-case word stays a pronoun, never a speaker’s name', () => {
    for (const text of ['“Give the money back to us,” the farmers told the bank.', '“It was good for US workers,” the farmers told the bank.']) {
      const { list } = attributions(text);
      expect(list.map((a) => a.source?.text), text).toEqual(['the farmers']);
    }
  });

  it('nested say inside a content does not make a second attribution', () => {
    const { list } = attributions('The senator said her aide had told reporters that the vote was delayed.');
    expect(list.map((a) => a.cue?.text)).toEqual(['said']);
  });

  it('a scare quote inside the clause before the cue is never a direct quote on its own', () => {
    for (const text of ['The West must stop the “genocide,” Putin said.', 'Russia’s “referendums” are a sham, he said.', 'The “special military operation” has failed, officials said.']) {
      const { list } = attributions(text);
      expect(list.every((a) => a.kind !== 'direct' && !/^[“"]/.test(a.content.text)), text).toBe(true);
    }
  });

  it('a cue-less quote paragraph after other sentences is its own attribution, not more of the last quote', () => {
    const { list } = attributions('“We will not wait,” the minister said.\n\nThe talks ended on Friday.\n\n“The talks are over and we go home.”');
    expect(list.filter((a) => a.kind === 'direct').map((a) => a.content.fragments?.length ?? 1)).toEqual([1, 1]);
  });

  it('a question quote followed by a sentence that reports something else keeps its own attribution', () => {
    const { list } = attributions('“Is this a joke?” Ada Obi said the plan had failed.');
    expect(list.map((a) => [a.kind, a.content.text])).toEqual([['indirect', 'the plan had failed']]);
  });

  it('a quoted word inside reported speech makes it mixed, not a direct quote', () => {
    const { list } = attributions('Clinton slammed the proposal as “reprehensible,” aides said.');
    expect(list.every((a) => a.kind !== 'direct')).toBe(true);
  });
});
