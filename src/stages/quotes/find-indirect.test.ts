import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

const rows: { name: string; text: string; content: string; kind: string; cue: string; source: string }[] = [
  { name: 'day between subject and cue', text: 'The Danish Defence Minister Anna Holm on Thursday warned that the border would close.', content: 'that the border would close', kind: 'indirect', cue: 'warned', source: 'The Danish Defence Minister Anna Holm' },
  { name: 'late weekday before the cue', text: 'The agency late Sunday said that the convoy had arrived.', content: 'that the convoy had arrived', kind: 'indirect', cue: 'said', source: 'The agency' },
  { name: 'month and day before the cue', text: 'The council on Feb. 24 called on both sides to stop.', content: 'both sides to stop', kind: 'indirect', cue: 'called on', source: 'The council' },
  { name: 'a participle after a direct quote shares its speaker', text: '“I worry about the rhetoric,” she said, adding that such talk “fans the flames.”', content: 'that such talk “fans the flames.”', kind: 'mixed', cue: 'adding', source: 'she' },
  { name: 'a participle after a direct quote and its setting', text: '“This merger will leave taxpayers holding the bag,” Obi said in a statement, calling on Congress to act.', content: 'Congress to act', kind: 'indirect', cue: 'calling on', source: 'Obi' },
  { name: 'a participle after a main clause opened by a connective', text: 'Then he cut into the mayor, calling him a “stiff” in front of the crowd.', content: 'him a “stiff” in front of the crowd', kind: 'mixed', cue: 'calling', source: 'he' },
  { name: 'an opening adverbial before a subject with an aside', text: 'In July, Ana Obi, vice chairman of the firm, told Forbes that the owner is “very involved” in the design.', content: 'that the owner is “very involved” in the design', kind: 'mixed', cue: 'told', source: 'Ana Obi, vice chairman of the firm' },
  { name: 'a frequency adverb before the cue is not part of the name', text: 'China always says that it respects territorial integrity.', content: 'that it respects territorial integrity', kind: 'indirect', cue: 'always says', source: 'China' },
  { name: 'an adverb of certainty before the cue is not part of the name', text: 'The generals probably understood that the offensive had failed.', content: 'that the offensive had failed', kind: 'indirect', cue: 'probably understood', source: 'The generals' },
  { name: 'a verb form after "of" stays in the speaker', text: 'Russia has its own position, the head of state noted.', content: 'Russia has its own position', kind: 'indirect', cue: 'noted', source: 'the head of state' },
  { name: 'a manner adverb in -ly before the cue is not part of the name', text: 'The pundits outrageously claimed that the rifles came from shops.', content: 'that the rifles came from shops', kind: 'indirect', cue: 'outrageously claimed', source: 'The pundits' },
  { name: 'a noun in -ly stays the subject', text: 'The family said that the rifles came from shops.', content: 'that the rifles came from shops', kind: 'indirect', cue: 'said', source: 'The family' },
  { name: '"last week" between subject and cue', text: 'The leader of China Xi Jinping last week called all the parties to restraint.', content: 'all the parties to restraint', kind: 'indirect', cue: 'called', source: 'The leader of China Xi Jinping' },
  { name: 'a connective opening the sentence is not part of the subject', text: 'However Western leaders say there is no sign of a withdrawal.', content: 'there is no sign of a withdrawal', kind: 'indirect', cue: 'say', source: 'Western leaders' },
  { name: 'a private person with the place they are in, before a relative clause', text: 'A college student in Beijing, who spoke on condition of anonymity, said the rules would not work.', content: 'the rules would not work', kind: 'indirect', cue: 'said', source: 'A college student in Beijing' },
  { name: 'a focus adverb before the cue is not part of the name', text: 'The governor now says the bridge will reopen in May.', content: 'the bridge will reopen in May', kind: 'indirect', cue: 'now says', source: 'The governor' },
  { name: 'a title-case nickname after a naming verb and its object', text: 'Within minutes, he called Rubio “Little Marco” again.', content: 'Rubio “Little Marco” again', kind: 'mixed', cue: 'called', source: 'he' },
  { name: 'a naming verb whose object names a work', text: 'Dave Gorab called the show “the conservative news show of record.”', content: 'the show “the conservative news show of record.”', kind: 'mixed', cue: 'called', source: 'Dave Gorab' },
  { name: 'an aside between the object and "as" with a quote', text: 'Ada Obi described the plan, which passed in May, as a "disaster."', content: 'the plan, which passed in May, as a "disaster."', kind: 'mixed', cue: 'described', source: 'Ada Obi' },
  { name: 'an aside before "as" without a quote ends at the object', text: 'Ada Obi described the plan, which passed in May, as a disaster.', content: 'the plan', kind: 'indirect', cue: 'described', source: 'Ada Obi' },
  { name: 'a group of a body: members of the committee', text: 'Members of the committee said the bill would pass.', content: 'the bill would pass', kind: 'indirect', cue: 'said', source: 'Members of the committee' },
  { name: 'a role for a body: a spokesman for the company', text: 'A spokesman for the company said the plant would close.', content: 'the plant would close', kind: 'indirect', cue: 'said', source: 'A spokesman for the company' },
  { name: 'a plural at a body, mid-sentence', text: 'On Monday, many residents of the town complained that the water was dirty.', content: 'that the water was dirty', kind: 'indirect', cue: 'complained', source: 'many residents of the town' },
  { name: 'a place phrase before the subject stays out of it', text: 'After talks in the capital the minister said the deal was done.', content: 'the deal was done', kind: 'indirect', cue: 'said', source: 'the minister' },
  { name: 'said that', text: 'The minister said that the talks were over.', content: 'that the talks were over', kind: 'indirect', cue: 'said', source: 'The minister' },
  { name: 'told reporters', text: 'Biden told reporters the sanctions would bite.', content: 'the sanctions would bite', kind: 'indirect', cue: 'told', source: 'Biden' },
  { name: 'warned that', text: 'NATO warned that Russia could attack within days.', content: 'that Russia could attack within days', kind: 'indirect', cue: 'warned', source: 'NATO' },
  { name: 'called on X to', text: 'The council called on both sides to lay down their arms.', content: 'both sides to lay down their arms', kind: 'indirect', cue: 'called on', source: 'The council' },
  { name: 'urged', text: 'Pope Francis urged leaders to seek peace.', content: 'leaders to seek peace', kind: 'indirect', cue: 'urged', source: 'Pope Francis' },
  { name: 'according to, after', text: 'Exports fell 4 percent, according to the agency.', content: 'Exports fell 4 percent', kind: 'indirect', cue: 'according to', source: 'the agency' },
  { name: 'according to, before', text: 'According to the agency, exports fell 4 percent.', content: 'exports fell 4 percent', kind: 'indirect', cue: 'According to', source: 'the agency' },
  { name: 'according to without a comma, a participle after the source', text: 'Crime fell sharply last year according to a report released on Monday.', content: 'Crime fell sharply last year', kind: 'indirect', cue: 'according to', source: 'a report' },
  { name: 'according to without a comma, an apposition after the source', text: 'Exports rose in May according to the agency, the main statistics office.', content: 'Exports rose in May', kind: 'indirect', cue: 'according to', source: 'the agency' },
  { name: 'trailing "told" with a multi-word outlet as the addressee', text: 'The plant will close next year, a company spokesman told The Daily Ledger.', content: 'The plant will close next year', kind: 'indirect', cue: 'told', source: 'a company spokesman' },
  { name: 'trailing "told" with an outlet and a day', text: 'The plant will close next year, he told the Morning Herald on Monday.', content: 'The plant will close next year', kind: 'indirect', cue: 'told', source: 'he' },
  { name: 'a one-word addressee before a named subject of the content', text: 'He told CNN Ruiz would lose.', content: 'Ruiz would lose', kind: 'indirect', cue: 'told', source: 'He' },
  { name: '"he\'s said": the clitic is "has" and joins the cue', text: "He's said he will fight on to the convention.", content: 'he will fight on to the convention', kind: 'indirect', cue: "'s said", source: 'He' },
  { name: '"she’s argued that" with a curly apostrophe', text: 'She’s argued that the levy is unfair.', content: 'that the levy is unfair', kind: 'indirect', cue: '’s argued', source: 'She' },
  { name: 'trailing source said', text: 'The plan was dead, officials said.', content: 'The plan was dead', kind: 'indirect', cue: 'said', source: 'officials' },
  { name: 'inverted trailing', text: 'The plan was dead, said the mayor.', content: 'The plan was dead', kind: 'indirect', cue: 'said', source: 'the mayor' },
  { name: 'mixed with a quoted fragment', text: 'Balkhi requested that the war be resolved through "dialogue and peaceful means."', content: 'that the war be resolved through "dialogue and peaceful means."', kind: 'mixed', cue: 'requested', source: 'Balkhi' },
  { name: 'participle calling for', text: 'The government issued a statement on Friday calling for a ceasefire in the region.', content: 'a ceasefire in the region', kind: 'indirect', cue: 'calling for', source: 'The government' },
  { name: 'relative clause skipped', text: 'The statement, which was posted in English, said the talks were over.', content: 'the talks were over', kind: 'indirect', cue: 'said', source: 'The statement' },
  { name: 'content stops at a coordinated verb', text: 'Clinton said the plan was reckless and added that it would fail.', content: 'the plan was reckless', kind: 'indirect', cue: 'said', source: 'Clinton' },
  { name: 'subject before a relative clause', text: 'Okafor, whose district borders the river, said the levee would hold.', content: 'the levee would hold', kind: 'indirect', cue: 'said', source: 'Okafor, whose district borders the river' },
  { name: 'subject before an appositive between dashes', text: 'Several mayors in the region — including two from the coast — said the budget was too small.', content: 'the budget was too small', kind: 'indirect', cue: 'said', source: 'Several mayors in the region' },
  { name: 'subject before a participle clause', text: 'Mayor Lena Ruiz, speaking on local radio after the vote, said the tax would pass.', content: 'the tax would pass', kind: 'indirect', cue: 'said', source: 'Mayor Lena Ruiz' },
  { name: 'plural noun that is also a cue form', text: 'The plan was dead, the reports said.', content: 'The plan was dead', kind: 'indirect', cue: 'said', source: 'the reports' },
  { name: 'gerund modifier in a trailing source', text: 'Turnout fell in the north, new polling reports show.', content: 'Turnout fell in the north', kind: 'indirect', cue: 'show', source: 'new polling reports' },
  { name: 'bare show after a plural subject', text: 'Polls show younger voters could decide the race.', content: 'younger voters could decide the race', kind: 'indirect', cue: 'show', source: 'Polls' },
  { name: 'coordinated cue shares the clause subject', text: 'The union held a rally and announced it would strike in June.', content: 'it would strike in June', kind: 'indirect', cue: 'announced', source: 'The union' },
  { name: 'setting inside the cue', text: 'The ministry said in a statement that the talks were over.', content: 'that the talks were over', kind: 'indirect', cue: 'said in a statement', source: 'The ministry' },
  { name: 'setting inside a trailing cue', text: 'The talks were over, the ministry said in a statement.', content: 'The talks were over', kind: 'indirect', cue: 'said in a statement', source: 'the ministry' },
  { name: 'colon inside the cue', text: 'The minister added: the border will stay closed.', content: 'the border will stay closed', kind: 'indirect', cue: 'added:', source: 'The minister' },
  { name: 'according to, a source with a prepositional tail', text: 'According to a report from the inspector general, the server was never secured.', content: 'the server was never secured', kind: 'indirect', cue: 'According to', source: 'a report from the inspector general' },
  { name: 'according to, a verbless apposition after it is not content', text: 'The firm earned $600 million last year, according to public filings, a huge sum for a small firm.', content: 'The firm earned $600 million last year', kind: 'indirect', cue: 'according to', source: 'public filings' },
  { name: 'a passive: the subject is the content, the agent the source', text: 'Her involvement was first reported by the New York Times.', content: 'Her involvement', kind: 'indirect', cue: 'was first reported', source: 'the New York Times' },
  { name: '"by" with a gerund opens the content', text: 'The senator responded by saying the bill was dead.', content: 'the bill was dead', kind: 'indirect', cue: 'responded by saying', source: 'The senator' },
  { name: 'a poll as the source of an opening "In"', text: 'In the latest Post-ABC poll, Trump leads Cruz by nine points.', content: 'Trump leads Cruz by nine points', kind: 'indirect', cue: 'In', source: 'the latest Post-ABC poll' },
  { name: 'a poll described by a participle phrase', text: 'In a poll of 900 voters, conducted in May, Clinton led Trump by eight points.', content: 'Clinton led Trump by eight points', kind: 'indirect', cue: 'In', source: 'a poll of 900 voters, conducted in May' },
  { name: 'a speech verb in the clause after "In the report" keeps its own speaker', text: 'In the report, officials said the plan had failed.', content: 'the plan had failed', kind: 'indirect', cue: 'said', source: 'officials' },
  { name: 'a bare day stays out of the cue', text: 'Trump said on Tuesday the wall would be built.', content: 'the wall would be built', kind: 'indirect', cue: 'said', source: 'Trump' },
  { name: 'a trailing "X said" before ", adding that" keeps the clause before it', text: 'The plan failed, Ana Obi said Monday, adding that nobody wanted it.', content: 'The plan failed', kind: 'indirect', cue: 'said', source: 'Ana Obi' },
  { name: '", adding that" after a trailing "X said" shares its speaker', text: 'The plan failed, Ana Obi said, adding that nobody wanted it.', content: 'that nobody wanted it', kind: 'indirect', cue: 'adding', source: 'Ana Obi' },
  { name: 'a show title in the setting, then "that"', text: 'Ana Obi said on NBC’s “Meet the Press” that she would “take a look” at the bill.', content: 'that she would “take a look” at the bill', kind: 'mixed', cue: 'said', source: 'Ana Obi' },
  { name: 'a show title and a comma in the setting, then "that"', text: 'Ana Obi said on “Fox News Sunday,” that the bill was dead.', content: 'that the bill was dead', kind: 'indirect', cue: 'said', source: 'Ana Obi' },
  { name: 'a show title as the addressee of "told", then "that"', text: 'Ana Obi told “Fox News Sunday” that the bill was dead.', content: 'that the bill was dead', kind: 'indirect', cue: 'told', source: 'Ana Obi' },
];

describe('indirect and mixed speech', () => {
  for (const r of rows) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.content.text === r.content);
      expect(a, JSON.stringify(list.map((x) => [x.content.text, x.cue?.text]))).toBeDefined();
      expect(a!.kind).toBe(r.kind);
      expect(a!.cue?.text).toBe(r.cue);
      expect(a!.source?.text).toBe(r.source);
    });
  }

  it('outermost attribution wins: a nested say does not fire', () => {
    const { list } = attributions('Lind said the mayor had told him the plan was dead.');
    expect(list).toHaveLength(1);
    expect(list[0]!.source?.text).toBe('Lind');
    expect(list[0]!.content.text).toBe('the mayor had told him the plan was dead');
  });

  it('a coordinated second cue shares the subject', () => {
    const { list } = attributions('Clinton said the plan was reckless and added that it would fail.');
    const second = list.find((x) => x.cue?.text === 'added');
    expect(second?.source?.text).toBe('Clinton');
    expect(second?.content.text).toBe('that it would fail');
  });
});

describe('indirect quotes: confidence', () => {
  it('is lower for a verb only the learned detector took for a cue', () => {
    const { list } = attributions('The senator attacked the plan on Monday. The minister said that talks would resume.');
    const learned = list.find((a) => a.cue?.text === 'attacked');
    const listed = list.find((a) => a.cue?.text === 'said');
    expect(learned && listed).toBeDefined();
    expect(learned!.confidence).toBeLessThan(listed!.confidence);
  });
});
