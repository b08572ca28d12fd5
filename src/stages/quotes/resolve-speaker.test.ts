import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

describe('speakers and coreference', () => {
  it('full name and role from a titled source', () => {
    const { list } = attributions('Afghanistan Ministry of Foreign Affairs spokesman Abdul Qahar Balkhi requested that the war end.');
    const a = list[0]!;
    expect(a.speakerName).toBe('Abdul Qahar Balkhi');
    expect(a.role?.value).toBe('spokesman, Ministry of Foreign Affairs');
    expect(a.affiliation?.text).toBe('Afghanistan Ministry of Foreign Affairs');
  });

  it('role and organisation from an appositive', () => {
    const { list } = attributions('Mia Fenn, a spokeswoman for Northline Rail, said fares would rise.');
    expect(list[0]!.speakerName).toBe('Mia Fenn');
    expect(list[0]!.role?.value).toBe('spokeswoman, Northline Rail');
  });

  const chains: { name: string; text: string; speaker: string | null }[] = [
    { name: 'he → previous speaker', text: '“We will win,” said John Carter.\n\n“The vote is ours,” he said.', speaker: 'John Carter' },
    { name: 'surname → full name', text: 'Abdul Qahar Balkhi said the war must end.\n\nBalkhi said talks would follow.', speaker: 'Abdul Qahar Balkhi' },
    { name: 'she skips a male speaker', text: 'Mary Jones said the plan failed. Peter Smith said it worked.\n\nShe said it was a waste of money.', speaker: 'Mary Jones' },
    { name: 'the spokeswoman → the person with that role', text: 'Mia Fenn, a spokeswoman for Northline Rail, said fares would rise.\n\nThe spokeswoman said prices would stay high.', speaker: 'Mia Fenn' },
    {
      name: 'he → the main clause subject, not a person a relative clause reported earlier',
      text: 'Tom Obi, the head of the agency, sat inside the hotel.\n\n“That was one of the hardest moments for me,” Obi recalled.\n\nAsked whether he was concerned that Donald Lind, the nominee, who has called global warming a hoax, could win, Obi demurred.\n\n“There is just one science,” he said.',
      speaker: 'Tom Obi',
    },
    { name: 'it after a statement → its issuer', text: 'The Foreign Ministry issued a statement on Friday.\n\nIt said the talks had failed.', speaker: 'The Foreign Ministry' },
  ];
  for (const c of chains) {
    it(c.name, () => {
      const { list } = attributions(c.text);
      expect(list.at(-1)!.speakerName).toBe(c.speaker);
    });
  }

  // Invented sentences: offices before a name, addressees, places and common nouns are never the speaker's name.
  const names: { text: string; speaker?: string | null; not?: string; type?: string }[] = [
    { text: 'U.S. Secretary of State Lena Moor visited on Monday.\n\nMoor said the talks went well.', speaker: 'Lena Moor', type: 'person' },
    { text: 'UN Resident Coordinator for Peru Tomas Reyes arrived.\n\nReyes said aid was short.', speaker: 'Tomas Reyes', type: 'person' },
    { text: 'Twenty-year-old Nadia Oru fled the town.\n\nOru said the roads were closed.', speaker: 'Nadia Oru', type: 'person' },
    { text: 'Ivo Brandt, a professor of law at a university in the north, told Radio Nord the ruling was wrong.', speaker: 'Ivo Brandt', type: 'person' },
    { text: '“The ruling was wrong,” Ivo Brandt, a professor of law at a university in the north, told Radio Nord.', speaker: 'Ivo Brandt', not: 'Radio Nord' },
    { text: 'Canberra said the tariffs were unfair.', speaker: 'Canberra', type: 'country' },
    { text: 'Unlike before, the United Kingdom said the tariffs were unfair.', speaker: 'United Kingdom', type: 'country' },
    { text: 'Commission head Greta von der Hal spoke.\n\nvon der Hal said the budget would pass.', speaker: 'Greta von der Hal' },
    { text: 'The United States said the tariffs were unfair.', speaker: 'United States', type: 'country' },
    { text: 'Prosecutors said the evidence was strong.', speaker: null },
    { text: 'Storm Hits Coast\n\nMaria Lind spoke.\n\n“We are not going anywhere,” she said.', speaker: 'Maria Lind', not: 'Coast Maria Lind' },
  ];
  for (const c of names) {
    it(`speaker name: ${c.text.slice(0, 60)}`, () => {
      const a = attributions(c.text).list[0];
      if (c.speaker !== undefined) expect(a?.speakerName ?? null).toBe(c.speaker);
      if (c.not) expect(attributions(c.text).list.map((x) => x.speakerName)).not.toContain(c.not);
      if (c.type) expect(a?.source?.type).toBe(c.type);
    });
  }

  it('channel: via Twitter, told reporters, in a statement', () => {
    expect(attributions('The ministry said on Twitter that the talks failed.').list[0]!.channel?.value).toBe('twitter');
    expect(attributions('Biden told reporters the sanctions would bite.').list[0]!.channel?.value).toBe('press-conference');
    expect(attributions('The ministry said in a statement that the talks failed.').list[0]!.channel?.value).toBe('statement');
  });

  it('--explain says why the speaker was chosen and what lost', () => {
    const { trace } = attributions('“We will win,” said John Carter, who met Peter Smith on Monday.\n\n“The vote is ours,” he said.', true);
    expect(trace).toHaveLength(2);
    expect(trace[1]).toMatch(/→ John Carter \(person\) because "he" → John Carter, earlier speaker of the attribution before, best-scoring of 2 candidates \(score [\d.-]+\)/);
    expect(trace[1]).toMatch(/lost: Peter Smith \(score [\d.-]+\)/);
  });

  const heCases: [string, string, string | null][] = [
    ['a clause subject with a stance verb after a speaker two paragraphs back wins', '“We will win,” said John Carter.\n\nThe rally ended late.\n\nPeter Smith later denied it. “The vote is ours,” he said.', 'Peter Smith'],
    ['the subject of the sentence before a sentence-opening "He" wins', '“We will win,” said John Carter.\n\nPeter Smith later denied it. He said the vote was rigged.', 'Peter Smith'],
    ['a possessive is not a subject', '“We will win,” said John Carter.\n\nPeter Smith’s plan rejected nothing. “The vote is ours,” he said.', 'John Carter'],
    ['a name inside a quote is not a subject', '“We will win,” said John Carter. “Peter Smith rejected the plan.”\n\n“The vote is ours,” he said.', 'John Carter'],
    ['gender: she skips a man', '“We will win,” said Mary Jones.\n\nPeter Smith rejected the plan. “The vote is ours,” she said.', 'Mary Jones'],
    ['gender from the article’s own pronouns', 'Kofi Mensah arrived. He was tired.\n\n“We will win,” said Ada Obi. Mensah rejected the plan. “The vote is ours,” she said.', 'Ada Obi'],
    ['without an earlier speaker, a clause subject beats a nearer name in an object', 'Ann Lee, who lives near Grove Hill Mall, has waited for years. “I am tired of waiting,” she said.', 'Ann Lee'],
    ['an all-capitals acronym that spoke is not a person', 'The NLD said it won the vote.\n\n“We have to be careful,” she said.', null],
    ['an acronym that spoke last loses to an earlier person', 'Lu Chen met voters.\n\nThe NLD said it won the vote.\n\n“We have to be careful,” she said.', 'Lu Chen'],
    ['capitalised common words are not people', 'The dancers met. Others rejected the plan. “The vote is ours,” he said. Others were not there; others left.', null],
  ];
  for (const [name, text, want] of heCases) it(`he/she: ${name}`, () => expect(attributions(text).list.at(-1)!.speakerName).toBe(want));

  const generic: [string, string, string | null][] = [
    ['a generic plural is a source, never a name', 'Analysts said the talks failed.', null],
    ['"they" after a generic plural keeps it as antecedent, not as a name', 'Military analysts said the talks failed. They said the army was tired.', null],
    ['"he" after an unnamed spokesman is not named after the description', 'A spokesman said the talks failed. He said the army was tired.', null],
    ['"they" after a group named by a proper noun mid-sentence', 'In Kyiv, Ukrainian officials said the talks failed. They said the army was tired.', 'Ukrainian officials'],
    ['"they" after a sentence-opening group the text also writes capitalised mid-sentence', 'The vote was close, and many Republicans stayed home.\n\nRepublicans said the bill failed. They said the vote was rigged.', 'Republicans'],
    ['"they" after a sentence-opening common plural stays unnamed', 'The vote was close, and many voters stayed home.\n\nVoters said the bill failed. They said the vote was rigged.', null],
  ];
  for (const [name, text, want] of generic) it(name, () => expect(attributions(text).list.at(-1)!.speakerName).toBe(want));

  const titled: [string, string, string | null, string][] = [
    ['a hyphenated title before a name', 'Secretary-General Tomas Reyes said the war must end.', 'Tomas Reyes', 'person'],
    ['an organisation, then a full name', 'Secretary-General of the United Nations Tomas Reyes said the war must end.', 'Tomas Reyes', 'person'],
    ['a title of the same body wins over another body’s', 'UN Secretary-General Tomas Reyes said the war must end. NATO Secretary-General Pia Lund said the alliance is united. The UN Secretary-General said talks must resume.', 'Tomas Reyes', 'person'],
    ['a ministry stays an organisation', 'The Foreign Ministry said the talks failed.', 'The Foreign Ministry', 'organization'],
  ];
  for (const [name, text, want, type] of titled) {
    it(name, () => {
      const a = attributions(text).list.at(-1)!;
      expect(a.speakerName).toBe(want);
      expect(a.source?.type).toBe(type);
    });
  }

  it('--explain says the antecedent was a description', () => {
    const { list, trace } = attributions('Military analysts said the talks failed. They said the army was tired.', true);
    expect(list[1]!.antecedent?.text).toBe('Military analysts');
    expect(trace[1]).toMatch(/"Military analysts" \(a description, not a name\)/);
  });

  it('--explain names the previous speaker that lost to a newcomer, with both scores', () => {
    const { trace } = attributions('“We will win,” said John Carter.\n\nThe rally ended late.\n\nPeter Smith later denied it. “The vote is ours,” he said.', true);
    const m = /→ Peter Smith \(person\) because "he" → Peter Smith, clause subject, best-scoring of 2 candidates \(score ([\d.-]+)\); lost: John Carter \(score ([\d.-]+)\)$/.exec(trace[1]!);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(Number(m![2]));
  });

  it('--explain lists a person of the other gender as ruled out', () => {
    const { list, trace } = attributions('“We will win,” said Mary Jones.\n\nPeter Smith rejected the plan. “The vote is ours,” she said.', true);
    expect(list.at(-1)!.speakerName).toBe('Mary Jones');
    expect(trace.at(-1)).toMatch(/lost: Peter Smith \(ruled out: male\)$/);
  });
});
