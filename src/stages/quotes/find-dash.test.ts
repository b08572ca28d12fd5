import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

interface Row {
  name: string;
  text: string;
  content: string;
  cue: string;
  source: string;
  speaker?: string;
}

const rows: Row[] = [
  { name: 'hyphen, cue then name', text: '- We will not sign this treaty in its present form - said Anna Kowal.', content: 'We will not sign this treaty in its present form', cue: 'said', source: 'Anna Kowal', speaker: 'Anna Kowal' },
  { name: 'en dash, comma, title then cue', text: 'The talks went on all night.\n\n– We will not give up, – the minister stressed.', content: 'We will not give up', cue: 'stressed', source: 'the minister' },
  { name: 'em dash, name then adverb and cue', text: '— The harbour must stay open to every ship — Piotr Lis also said on Monday.', content: 'The harbour must stay open to every ship', cue: 'said', source: 'Piotr Lis' },
  { name: 'pronoun resolved to the earlier name', text: 'Mayor Olga Brenner visited the flooded district.\n\n- Nobody will be left without a roof - she said.', content: 'Nobody will be left without a roof', cue: 'said', source: 'she', speaker: 'Olga Brenner' },
  { name: 'speech of two sentences before the dash', text: '- The budget is ready. It will go to parliament next week - announced Jan Nowicki.', content: 'The budget is ready. It will go to parliament next week', cue: 'announced', source: 'Jan Nowicki' },
  { name: 'dash mid-speech is not the closing dash', text: '- We want peace - real peace - said Marta Wolny.', content: 'We want peace - real peace', cue: 'said', source: 'Marta Wolny' },
  { name: 'setting after the speaker is not the speaker', text: '- The border will stay closed - said Defence Minister Ada Obi in Vilnius on Friday.', content: 'The border will stay closed', cue: 'said', source: 'Defence Minister Ada Obi', speaker: 'Ada Obi' },
  { name: 'speech opening with a subject and a cue verb', text: '- We warn the council against this plan - said Tomas Reyes.', content: 'We warn the council against this plan', cue: 'said', source: 'Tomas Reyes', speaker: 'Tomas Reyes' },
  { name: 'adverbs before an inverted cue', text: '- We condemn the attack - once again stressed Foreign Minister Ada Obi.', content: 'We condemn the attack', cue: 'once again stressed', source: 'Foreign Minister Ada Obi', speaker: 'Ada Obi' },
  { name: 'setting between the cue and the speaker', text: '- The sanctions will not work - said in March the spokesman of the cabinet Jan Nowicki.', content: 'The sanctions will not work', cue: 'said', source: 'the spokesman of the cabinet Jan Nowicki' },
  { name: 'acronym leading the speaker', text: '- We will send more help - said US Secretary of State Ada Obi.', content: 'We will send more help', cue: 'said', source: 'US Secretary of State Ada Obi', speaker: 'Ada Obi' },
];

describe('findDash: dialogue-dash direct quotes', () => {
  it.each(rows)('$name', (r) => {
    const { list } = attributions(r.text);
    const a = list.find((x) => x.content.text.startsWith(r.content.slice(0, 12)));
    expect(a, JSON.stringify(list.map((x) => x.content.text))).toBeDefined();
    expect(a!.kind).toBe('direct');
    expect(a!.content.text).toBe(r.content);
    expect(a!.cue?.text).toBe(r.cue);
    expect(a!.source?.text).toBe(r.source);
    if (r.speaker) expect(a!.speakerName).toBe(r.speaker);
  });

  it('a dash after the attribution continues the speech', () => {
    const { list } = attributions('- We will fight for every job - said Ewa Dudek. - And we will win in court.');
    const a = list.find((x) => x.kind === 'direct')!;
    expect(a.content.fragments?.length).toBe(2);
    expect(a.content.text).toBe('We will fight for every job And we will win in court.');
    expect(a.speakerName).toBe('Ewa Dudek');
  });

  it('the cue and speaker after the dash are not read as indirect content', () => {
    const { list } = attributions('- We will act now - said Defence Minister Ada Obi on Friday.');
    expect(list.map((a) => a.kind)).toEqual(['direct']);
  });
});

const negatives: { name: string; text: string }[] = [
  { name: 'bulleted list', text: 'The plan has three parts:\n\n- new schools in the north\n\n- a bridge over the river\n\n- cheaper bus tickets' },
  { name: 'bullet with a dash inside but no cue', text: '- Wages - up by four percent\n\n- Prices - down by two percent' },
  { name: 'parenthetical dashes mid-sentence', text: 'The council - which met on Monday - said the plan was ready.' },
  { name: 'number range', text: '- Between 1990-2000 the town grew - from 4 - 6 thousand people.' },
  { name: 'no cue after the second dash', text: '- We will not give up - the fight goes on for years.' },
  { name: 'a dash line opening with its attribution', text: 'Ada Obi spoke first.\n\n- said Dr. Obi. The panel moved on to budgets - reported the host.' },
  { name: 'headline in title case', text: '- Minister Warns Farmers About Drought - Says Report\n\nThe ministry published figures.' },
];

describe('findDash: not dash quotes', () => {
  it.each(negatives)('$name', ({ text }) => {
    const { list } = attributions(text);
    expect(list.filter((a) => a.kind === 'direct')).toEqual([]);
  });
});
