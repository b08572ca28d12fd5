import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';

/**
 * Pronoun sources and the person they stand for (invented sentences). Each case names the attribution by its
 * cue and says which speaker name it must resolve to.
 */
describe('pronoun sources → the salient person', () => {
  const cases: { name: string; text: string; cue: string; speaker: string | null; source?: string }[] = [
    {
      name: 'a contracted auxiliary after a pronoun is no possessive ("She’s arguing")',
      text: 'Maria Lopez spoke on Monday.\n\nShe’s arguing that the plan will fail.',
      cue: 'arguing',
      speaker: 'Maria Lopez',
      source: 'She',
    },
    {
      name: '"They’ve also claimed": the pronoun is the source',
      text: 'The union met on Monday.\n\nThey’ve also claimed that the vote was rigged.',
      cue: 'also claimed',
      speaker: null,
      source: 'They',
    },
    {
      name: '"Mrs." + surname → the full name whose forename is female, not the husband',
      text: 'John Dorn opened the event. Mary Dorn spoke after him.\n\nMrs. Dorn said the plan would fail.',
      cue: 'said',
      speaker: 'Mary Dorn',
    },
    {
      name: 'a gender guessed from one pronoun does not rule the person out for the other pronoun',
      text: 'Robin Vale said the plan failed.\n\n“It was a waste,” she said.\n\nVale said the money was gone.\n\nHe said the plan would come back.',
      cue: 'He said',
      speaker: 'Robin Vale',
    },
    {
      name: '"it" → an organisation named since the last speaker, never a person',
      text: 'Ada Obi said the line was late.\n\nThe Northline Rail Company opened a new line on Monday. It said fares would rise.',
      cue: 'It said',
      speaker: 'The Northline Rail Company',
    },
    {
      name: '"it" → a speaker named with an article ("The Bundesrat"), which the name path reads as a person',
      text: 'The Bundesrat said the budget was too small.\n\nIt added that taxes would not rise.',
      cue: 'added',
      speaker: 'Bundesrat',
    },
    {
      name: '"who has in the past described": the inserted phrase is no source, the relative pronoun is',
      text: 'Tom Beck spoke in Ohio on Monday.\n\nBeck, who has in the past described the plan as a fraud, left early.',
      cue: 'described',
      speaker: 'Tom Beck',
      source: 'who',
    },
    {
      name: 'a surname that is also a title ("King") does not make a woman male',
      text: 'Andy Murray said he was ready for the final.\n\nBillie Jean King remembered the old matches. She said they were fun.',
      cue: 'She said',
      speaker: 'Billie Jean King',
    },
    {
      name: '"Name of the Body" is a person with an affiliation, so a later "he" finds him',
      text: '“The rocket is a stretch,” Jon Reyes of the Marlow Institute for Arms Studies wrote on Monday.\n\nBut, he noted, the test was real.',
      cue: 'noted',
      speaker: 'Jon Reyes',
    },
    {
      name: '"Mr. Surname of the Body": the honorific and surname are the person',
      text: '“The tax is too low,” said Mr. Okafor of the Fiscal Policy Center. The plan, he added, would fail.',
      cue: 'added',
      speaker: 'Okafor',
    },
    {
      name: '"Clinton herself said": the reflexive stresses the name, the source is the person',
      text: 'Mary Dorn spoke to donors.\n\nDorn herself said the plan was weak.',
      cue: 'said',
      speaker: 'Mary Dorn',
    },
    {
      name: 'a word glued to a name at a sentence start ("Neither Dorn") is no person of its own',
      text: 'Neither Tom Dorn nor his rival spoke on Monday.\n\n“We are ready,” he said.',
      cue: 'said',
      speaker: 'Tom Dorn',
    },
    {
      name: 'the name of a programme, law or place ("Social Security", "Sioux City") is never a he/she antecedent',
      text: 'Many voters worry about Social Security. “It is a good day,” he said.',
      cue: 'said',
      speaker: null,
    },
    {
      name: '"it" never takes a titled person ("The Rev. Al Dorn") for an organisation',
      text: 'The Rev. Al Dorn said the march would go on.\n\nIt added that the rally was set.',
      cue: 'added',
      speaker: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { list } = attributions(c.text);
      const cue = c.cue.split(' ').at(-1)!;
      const hits = list.filter((a) => a.cue?.text.endsWith(cue) && (!c.cue.includes(' ') || c.text.slice(Math.max(0, a.cue.start - c.cue.length), a.cue.end).endsWith(c.cue)));
      const a = hits.at(-1);
      expect(a, `no attribution with cue "${c.cue}"`).toBeDefined();
      expect(a!.speakerName).toBe(c.speaker);
      if (c.source) expect(a!.source?.text).toBe(c.source);
    });
  }
});
