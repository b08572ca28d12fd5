import { describe, expect, it } from 'vitest';
import { attributions } from './test-support.js';
import { beforeAside } from './direct-cue-before.js';
import { tokenize } from './tokens.js';

interface Row {
  name: string;
  text: string;
  content: string;
  kind: string;
  cue: string | null;
  source: string | null;
  speaker?: string | null;
  fragments?: number;
}

const rows: Row[] = [
  { name: 'quote, pronoun, said', text: '“We will win,” he said.', content: '“We will win,”', kind: 'direct', cue: 'said', source: 'he' },
  { name: 'inverted said X', text: '“It is a disgrace,” said Tomas Reyes, who chairs the tenants’ union.', content: '“It is a disgrace,”', kind: 'direct', cue: 'said', source: 'Tomas Reyes', speaker: 'Tomas Reyes' },
  { name: 'straight quotes', text: '"The talks are over," the minister told reporters.', content: '"The talks are over,"', kind: 'direct', cue: 'told', source: 'the minister' },
  { name: 'single quotes', text: '‘We reject the claims,’ a spokesman said.', content: '‘We reject the claims,’', kind: 'direct', cue: 'said', source: 'a spokesman' },
  { name: 'guillemets', text: '«Nous gagnerons», said Marie Dupont.', content: '«Nous gagnerons»', kind: 'direct', cue: 'said', source: 'Marie Dupont' },
  { name: 'cue before with colon', text: 'Okafor told the council: “First, the budget.”', content: '“First, the budget.”', kind: 'direct', cue: 'told', source: 'Okafor' },
  { name: 'document source read', text: 'The ministry issued a statement. The statement read “We reject the claims.”', content: '“We reject the claims.”', kind: 'direct', cue: 'read', source: 'The statement', speaker: 'The ministry' },
  { name: 'it continued', text: 'The ministry issued a statement on Monday.\n\nIt continued, “The talks are over.”', content: '“The talks are over.”', kind: 'direct', cue: 'continued', source: 'It', speaker: 'The ministry' },
  { name: 'split quote', text: '“We will not wait,” the minister said, “the talks are over.”', content: '“We will not wait,” “the talks are over.”', kind: 'direct', cue: 'said', source: 'the minister', fragments: 2 },
  { name: 'split over two sentences', text: '“We will not wait,” the minister said. “The talks are over.”', content: '“We will not wait,” “The talks are over.”', kind: 'direct', cue: 'said', source: 'the minister', fragments: 2 },
  { name: 'fragment quote is mixed', text: 'The statement concluded by calling for "parties to the conflict to stop."', content: '"parties to the conflict to stop."', kind: 'mixed', cue: 'concluded by calling for', source: 'The statement' },
  { name: 'setting inside the cue', text: 'The senator said in an interview, “The votes are not there.”', content: '“The votes are not there.”', kind: 'direct', cue: 'said in an interview', source: 'The senator' },
  { name: 'dash after the quote', text: '“Trump must stop portraying us as gangsters.” ― Carla Sanchez.', content: '“Trump must stop portraying us as gangsters.”', kind: 'direct', cue: '―', source: 'Carla Sanchez' },
  { name: 'transcript label', text: 'WALLACE: Governor, I have to ask you about the debt.', content: 'Governor, I have to ask you about the debt', kind: 'direct', cue: ':', source: 'WALLACE' },
  { name: 'abbreviations inside the source', text: '“It reminds us of this,” Sen. Marco Rubio (R-Fla.) said Saturday.', content: '“It reminds us of this,”', kind: 'direct', cue: 'said', source: 'Sen. Marco Rubio (R-Fla.', speaker: 'Marco Rubio' },
  { name: 'participle adjective after an inverted cue', text: '“Forget about it,” said retired neurosurgeon Ben Carson, asked about his claims.', content: '“Forget about it,”', kind: 'direct', cue: 'said', source: 'retired neurosurgeon Ben Carson', speaker: 'Ben Carson' },
  { name: 'participle clause between subject and cue', text: 'Fiorina, speaking to Iowans, said, “Last time I looked, you had not voted yet.”', content: '“Last time I looked, you had not voted yet.”', kind: 'direct', cue: 'said', source: 'Fiorina' },
  { name: 'coordinated cue shares the subject', text: 'Ana Ruiz said it was too early but added, “I think you all know the results.”', content: '“I think you all know the results.”', kind: 'direct', cue: 'added', source: 'Ana Ruiz' },
  { name: 'bare day between cue and quote', text: 'Donald Trump tweeted Sunday “Is the president going to mention it?”', content: '“Is the president going to mention it?”', kind: 'direct', cue: 'tweeted Sunday', source: 'Donald Trump' },
  { name: 'a quoted word inside the clause before the cue makes the clause mixed', text: 'The West must stop the “genocide,” Putin said.', content: 'The West must stop the “genocide,”', kind: 'mixed', cue: 'said', source: 'Putin' },
  { name: 'relative clause between an unnamed subject and "said of"', text: 'A party adviser, who spoke on condition of anonymity, said of the senator, “She takes the threat seriously.”', content: '“She takes the threat seriously.”', kind: 'direct', cue: 'said of the senator', source: 'A party adviser' },
  { name: 'party and state in brackets, then a participle clause', text: 'Sen. Ada Obi (D-Ill.), noting the size of his list, said, “He has a heck of an email list.”', content: '“He has a heck of an email list.”', kind: 'direct', cue: 'said', source: 'Sen. Ada Obi (D-Ill.)', speaker: 'Ada Obi' },
  { name: 'inverted part of a group', text: '“There is no path to victory,” said one of those advisers, who asked not to be named.', content: '“There is no path to victory,”', kind: 'direct', cue: 'said', source: 'one of those advisers' },
  { name: 'unlisted verb with a particle after the speaker', text: '“We are not going anywhere soon,” Ruiz shot back with a laugh.', content: '“We are not going anywhere soon,”', kind: 'direct', cue: 'shot back', source: 'Ruiz' },
  { name: 'unlisted verb before a named speaker', text: '“This is wonderful news for the town!” beamed Ana Ruiz, a nurse from Leeds.', content: '“This is wonderful news for the town!”', kind: 'direct', cue: 'beamed', source: 'Ana Ruiz', speaker: 'Ana Ruiz' },
  { name: 'unlisted verb after a described speaker', text: '“We will see about that,” the old farmer muttered.', content: '“We will see about that,”', kind: 'direct', cue: 'muttered', source: 'the old farmer' },
  { name: 'a cue-less quote paragraph right after its speaker’s quote continues it', text: '“We will not wait,” the minister said.\n\n“The talks are over and we go home.”', content: '“We will not wait,” “The talks are over and we go home.”', kind: 'direct', cue: 'said', source: 'the minister', fragments: 2 },
  { name: 'attribution after an exclamation that ends the sentence', text: 'It was a long night.\n\n“We are proud to cast our votes for the next president!” Senator Ada Obi said as she opened the vote.', content: '“We are proud to cast our votes for the next president!”', kind: 'direct', cue: 'said', source: 'Senator Ada Obi', speaker: 'Ada Obi' },
  { name: 'a reporting verb inside the speaker’s relative clause is not the cue', text: '“We must repeal it now,” Ada Obi, who has proposed a repeal for years, said on Monday.', content: '“We must repeal it now,”', kind: 'direct', cue: 'said', source: 'Ada Obi', speaker: 'Ada Obi' },
  { name: 'long source: a description then a name in apposition', text: '“We need him because life is hard here,” his wife, Ana Obi, wrote in a letter to the court.', content: '“We need him because life is hard here,”', kind: 'direct', cue: 'wrote', source: 'his wife, Ana Obi' },
  { name: 'long source: an unnamed source with a relative clause', text: '“The agents are under a lot of pressure,” a source, who was not authorized to speak on the record, told Radio Nord.', content: '“The agents are under a lot of pressure,”', kind: 'direct', cue: 'told', source: 'a source, who was not authorized to speak on the record' },
  { name: 'long source: a modifier inside the subject', text: '“Will he be the next attorney general?” a staffer in the room wondered.', content: '“Will he be the next attorney general?”', kind: 'direct', cue: 'wondered', source: 'a staffer in the room' },
  { name: 'an adverb between the source and the cue belongs to the cue', text: '“This is your movement,” it now says, showing a montage of faces.', content: '“This is your movement,”', kind: 'direct', cue: 'now says', source: 'it' },
  { name: 'a middle initial inside a long titled name', text: '“We will provide the records,” Deputy General Counsel Ivo J. Brandt wrote in a letter filed in court.', content: '“We will provide the records,”', kind: 'direct', cue: 'wrote', source: 'Deputy General Counsel Ivo J. Brandt' },
  { name: 'inverted speaker with a modifier', text: '“The momentum is gone,” said one well-connected Democrat familiar with the campaign, who requested anonymity.', content: '“The momentum is gone,”', kind: 'direct', cue: 'said', source: 'one well-connected Democrat familiar with the campaign' },
  { name: 'a document reads', text: '“The defendant tied these statements to the firing,” the suit reads.', content: '“The defendant tied these statements to the firing,”', kind: 'direct', cue: 'reads', source: 'the suit' },
  { name: 'a nested quote closing just before the outer mark', text: '"This is why he is the \'Title Sponsor,\' " Ivo Brandt wrote of the gift.', content: '"This is why he is the \'Title Sponsor,\' "', kind: 'direct', cue: 'wrote of', source: 'Ivo Brandt' },
  { name: 'a cue opening the sentence, its speaker after it', text: 'Said Obi, “The thought that an error on our part caused this is very painful to us.”', content: '“The thought that an error on our part caused this is very painful to us.”', kind: 'direct', cue: 'Said', source: 'Obi' },
  { name: 'a gerund after "by" shares the clause subject', text: 'She followed that by saying, “I am not a natural politician, in case you haven’t noticed.”', content: '“I am not a natural politician, in case you haven’t noticed.”', kind: 'direct', cue: 'saying', source: 'She' },
  { name: 'a coordinated cue after an opening clause and an age', text: 'Appearing before supporters on Monday, Ada Obi, 70, said it was too early but added, “I think you all know the results.”', content: '“I think you all know the results.”', kind: 'direct', cue: 'added', source: 'Ada Obi, 70' },
  { name: 'a verb with a document as its object introduces the words', text: 'Immediately after the attacks, the mayor issued a statement, “Last night, our city was attacked.”', content: '“Last night, our city was attacked.”', kind: 'direct', cue: 'issued a statement', source: 'the mayor' },
  { name: 'a colon after a verb phrase, the subject with an aside', text: 'Senate leader Ada Obi, R-Ky., delivered a blunt message to the nominee: “It is time to get on message.”', content: '“It is time to get on message.”', kind: 'direct', cue: 'delivered a blunt message to the nominee:', source: 'Senate leader Ada Obi, R-Ky.' },
  { name: 'a title-case quote opening the sentence, then a cue', text: 'Turnout rose again. "GROWING PARTY," he declared in a tweet after the vote.', content: '"GROWING PARTY,"', kind: 'direct', cue: 'declared', source: 'he' },
  { name: 'the subject of an absolute construction with "with"', text: 'Some of his fans shoved a heckler at the rally, with Obi reportedly yelling: “Get him out of here!”', content: '“Get him out of here!”', kind: 'direct', cue: 'reportedly yelling', source: 'Obi' },
  { name: 'a described speaker after "with"', text: 'The advert ends with a spokesman saying: “Big money for himself. Can voters trust him?”', content: '“Big money for himself. Can voters trust him?”', kind: 'direct', cue: 'saying', source: 'a spokesman' },
  { name: 'a participle opening its sentence goes on from the speaker before', text: 'Later in the show, Ana Obi said the report was bad. Adding, “Now the cover-up is worse than the crime.”', content: '“Now the cover-up is worse than the crime.”', kind: 'direct', cue: 'Adding', source: 'Ana Obi', speaker: 'Ana Obi' },
  { name: 'a role, then the name in apposition, before the cue', text: '“Positions will soften on the mayor,” the senator’s chief of staff, Joe Kasper, told reporters before the vote.', content: '“Positions will soften on the mayor,”', kind: 'direct', cue: 'told', source: 'the senator’s chief of staff, Joe Kasper' },
  { name: 'a relative clause left open before the cue', text: '“Clinton needs a plan for those voters,” Nate Obi, the pollster who founded the site tweeted on Wednesday.', content: '“Clinton needs a plan for those voters,”', kind: 'direct', cue: 'tweeted', source: 'Nate Obi', speaker: 'Nate Obi' },
  { name: 'an unlisted verb in the present closing the sentence', text: '“The market has not failed the workers,” he mocks.', content: '“The market has not failed the workers,”', kind: 'direct', cue: 'mocks', source: 'he' },
  { name: 'a participle’s clause subject after a wire dateline', text: 'OSLO, March 3 (UPI) — The mayor’s chief aide rallied volunteers on Monday, saying: “We have to be ready to fight this.”', content: '“We have to be ready to fight this.”', kind: 'direct', cue: 'saying', source: 'The mayor’s chief aide' },
  { name: 'a possessive subject before a colon', text: 'Obi’s response was: “Is the shop in Ohio or in Texas?”', content: '“Is the shop in Ohio or in Texas?”', kind: 'direct', cue: 'was:', source: 'Obi’s response' },
  { name: 'a time phrase between the cue and the quote', text: 'He also stated a day earlier, “If she catches on, we will have to fight.”', content: '“If she catches on, we will have to fight.”', kind: 'direct', cue: 'also stated a day earlier', source: 'He' },
  { name: 'a participle after a trailing "X said" takes that speaker, not the clause subject', text: 'Lind did not stay for the vote, Ana Obi said, adding, “He was never interested.”', content: '“He was never interested.”', kind: 'direct', cue: 'adding', source: 'Ana Obi' },
  { name: 'a participle after a trailing inverted "said X" takes X', text: 'The plan failed, said Ana Obi, adding: “Nobody wanted it at all.”', content: '“Nobody wanted it at all.”', kind: 'direct', cue: 'adding', source: 'Ana Obi' },
  { name: 'an acronym written like a pronoun opens a titled name', text: '“The state is proud to vote,” US Senator Jeff Lind said as he opened the vote.', content: '“The state is proud to vote,”', kind: 'direct', cue: 'said', source: 'US Senator Jeff Lind', speaker: 'Jeff Lind' },
  { name: 'an acronym written like a pronoun opens an inverted titled name', text: '“The state is proud to vote,” said US Senator Jeff Lind.', content: '“The state is proud to vote,”', kind: 'direct', cue: 'said', source: 'US Senator Jeff Lind', speaker: 'Jeff Lind' },
  { name: 'a title inside the speaker’s appositive', text: '“We have had better conventions than this one,” delegate Bill Lind, wearing a hat and “Ana Obi” campaign pins, said as confetti fell.', content: '“We have had better conventions than this one,”', kind: 'direct', cue: 'said', source: 'delegate Bill Lind, wearing a hat and “Ana Obi” campaign pins', speaker: 'Bill Lind' },
  { name: 'headline colon', text: 'Mayor: ‘No more cuts to the budget this year’', content: '‘No more cuts to the budget this year’', kind: 'direct', cue: ':', source: 'Mayor' },
  { name: 'a nested quote closing on "?" before the outer mark, the attribution in the next sentence', text: '“Her first answer was, ‘What can we do to help?’” Ana Obi told reporters during the call.', content: '“Her first answer was, ‘What can we do to help?’”', kind: 'direct', cue: 'told', source: 'Ana Obi' },
  { name: 'a past participle as an adjective inside the speaker', text: '"They have to stop and listen first," the retired neurosurgeon told a radio station.', content: '"They have to stop and listen first,"', kind: 'direct', cue: 'told', source: 'the retired neurosurgeon' },
  { name: 'a cue opening the sentence, a name, then a colon', text: 'Continued Obi: “So I think it is a very real problem for the party.”', content: '“So I think it is a very real problem for the party.”', kind: 'direct', cue: 'Continued', source: 'Obi' },
  { name: 'a cue opening the sentence, a name with a relative clause', text: 'Said Ana Obi, who grew up with him in the neighborhood, “We were all so proud of him.”', content: '“We were all so proud of him.”', kind: 'direct', cue: 'Said', source: 'Ana Obi', speaker: 'Ana Obi' },
  { name: 'a short capitalised quote ending with "!" is still speech', text: '“Go Home Now!” the protesters chanted.', content: '“Go Home Now!”', kind: 'direct', cue: 'chanted', source: 'the protesters' },
  { name: 'a capitalised quote of five words closed by a period is still speech', text: 'Ana Obi said: “We Will Win This Race.”', content: '“We Will Win This Race.”', kind: 'direct', cue: 'said', source: 'Ana Obi' },
  { name: 'a participle after a quoted phrase opens its own content, with the sentence subject as speaker', text: 'Ana Obi gave a defense of “Leeds values,” saying the city embodied the “heart and soul of the north.”', content: 'the city embodied the “heart and soul of the north.”', kind: 'mixed', cue: 'saying', source: 'Ana Obi' },
  { name: 'a lower-case quoted phrase after "tell him" belongs to the outer "said"', text: 'Ana Obi said the mayor would only tell him “no more delays on the bridge.”', content: 'the mayor would only tell him “no more delays on the bridge.”', kind: 'mixed', cue: 'said', source: 'Ana Obi' },
  { name: 'a capitalised quote after "tell him" is still his words', text: 'Ana Obi said it was over and then she told him: “We are done with the bridge.”', content: '“We are done with the bridge.”', kind: 'direct', cue: 'told', source: 'she' },
  { name: 'a digest entry: headline, dash, writer, colon', text: 'Rural turnout fell again - Ana Obi: “Fewer voters came out in the north than in any year since 2004.”', content: '“Fewer voters came out in the north than in any year since 2004.”', kind: 'direct', cue: ':', source: 'Ana Obi' },
  { name: 'a digest entry: "More from" a writer', text: 'What the swing means - More from Obi: “The state is a starting point, not the whole story.”', content: '“The state is a starting point, not the whole story.”', kind: 'direct', cue: ':', source: 'Obi' },
  { name: 'a name with a party tag in brackets before a colon', text: 'The hearing ran late.\n\nRep. Ana Obi (D-Texas): “Who told you that figure was right?”', content: '“Who told you that figure was right?”', kind: 'direct', cue: ':', source: 'Rep. Ana Obi', speaker: 'Ana Obi' },
  { name: 'a name with an age in brackets before a colon', text: 'Voters were split.\n\nLi Wu (42): “I will not vote for either of them this year.”', content: '“I will not vote for either of them this year.”', kind: 'direct', cue: ':', source: 'Li Wu' },
  { name: 'a digest entry: "From" a document', text: 'Not all panels are equal. From the report: “Samples with longer field periods were more accurate.”', content: '“Samples with longer field periods were more accurate.”', kind: 'direct', cue: ':', source: 'the report' },
];

describe('direct quotes', () => {
  for (const r of rows) {
    it(r.name, () => {
      const { list } = attributions(r.text);
      const a = list.find((x) => x.content.text === r.content);
      expect(a, JSON.stringify(list.map((x) => x.content.text))).toBeDefined();
      expect(a!.kind).toBe(r.kind);
      expect(a!.cue?.text ?? null).toBe(r.cue);
      expect(a!.source?.text ?? null).toBe(r.source);
      if (r.speaker !== undefined) expect(a!.speakerName).toBe(r.speaker);
      if (r.fragments) expect(a!.content.fragments).toHaveLength(r.fragments);
    });
  }

  it('keeps a title-case quote inside running words a title', () => {
    const { list } = attributions('She watched "Morning Edition" on Sunday, he said.');
    expect(list.some((a) => a.content.text === '"Morning Edition"')).toBe(false);
  });

  it('finds no speaker after "with" in words that cannot speak', () => {
    const { list } = attributions('The mayor softened the plan, with new language calling for: “appropriate help for the families.”');
    expect(list.some((a) => a.source?.text === 'new language')).toBe(false);
  });

  it('takes no speaker for an opening participle from a sentence without a named one', () => {
    const { list } = attributions('The crowd was loud. Adding, “Now the cover-up is worse than the crime.”');
    expect(list.some((a) => a.content.text.startsWith('“Now the cover-up'))).toBe(false);
  });

  it('takes no present-tense unlisted verb with words after it as a cue', () => {
    const { list } = attributions('“We won,” the coach grumbles to anyone who asks.');
    expect(list.some((a) => a.cue?.text === 'grumbles')).toBe(false);
  });

  it('joins a quote over several paragraphs to one attribution', () => {
    const { list } = attributions('Okafor told the council: “First, the budget.\n\n“Second, the roads.”');
    expect(list).toHaveLength(1);
    expect(list[0]!.content.text).toBe('“First, the budget. “Second, the roads.”');
    expect(list[0]!.source?.text).toBe('Okafor');
  });

  it('joins the quote sentences that follow a split quote in its paragraph', () => {
    const { list } = attributions('“We will not wait,” the minister said. “The talks are over.” “Nobody will return.”');
    expect(list).toHaveLength(1);
    expect(list[0]!.content.fragments).toHaveLength(3);
  });

  it('does not join a following quote that has its own cue', () => {
    const { list } = attributions('“We will not wait,” the minister said. “The talks are over,” his deputy added.');
    expect(list).toHaveLength(2);
  });

  it('does not join a following quote of several sentences whose cue comes after its last sentence', () => {
    const { list } = attributions('“We will not wait,” the minister said. “The talks are over. Nobody will return to the table,” her deputy added.');
    expect(list.find((a) => a.content.text.startsWith('“We will not wait,”'))?.content.text).toBe('“We will not wait,”');
    expect(list.find((a) => a.cue?.text === 'added')?.content.text).toBe('“The talks are over. Nobody will return to the table,”');
  });

  it('does not resume the first quote at a later quote of the sentence that has its own cue', () => {
    const { list } = attributions('“The mood is grim,” she said, but despite the tension, “I think they will sign,” said Ana Obi.');
    expect(list.find((a) => a.content.text.startsWith('“The mood is grim,”'))?.content.text).toBe('“The mood is grim,”');
  });

  it('still resumes the first quote at a later quote of the sentence without a cue of its own', () => {
    const { list } = attributions('“The mood is grim,” she said in a statement to the press, “but I think they will sign.”');
    expect(list[0]!.content.fragments).toHaveLength(2);
  });

  it('joins the next sentence’s quote over a show title in the attribution’s setting', () => {
    for (const text of [
      '“Jobs, jobs, jobs,” Ana Obi said on “The Late Show With Ed Lind” last month when asked about her husband. “Nobody did it better than he did.”',
      "''The plan is dead,'' he said on ABC's ''This Week.'' ''The talks are over for this year.''",
    ]) {
      const { list } = attributions(text);
      expect(list.filter((a) => a.kind === 'direct').map((a) => a.content.fragments?.length ?? 1), text).toEqual([2]);
    }
  });

  it('joins the quote after an abbreviation’s period, which the segmenter does not take for a sentence end', () => {
    const { list } = attributions('“Her record is not a good record,” Ana Obi said at a rally in Binghamton, N.Y. “Secretary Lind worked to export fracking.”');
    expect(list).toHaveLength(1);
    expect(list[0]!.content.fragments).toHaveLength(2);
  });

  it('does not join the quote after an abbreviation when a cue follows it', () => {
    const { list } = attributions('“Her record is not a good record,” Ana Obi said at a rally in Binghamton, N.Y. “Secretary Lind worked to export fracking,” Lind replied.');
    expect(list.find((a) => a.content.text.startsWith('“Her record'))?.content.fragments ?? [1]).toHaveLength(1);
  });

  it('does not join the quote after "adding" to the quote before it', () => {
    for (const text of ['“We will not wait,” the minister said, adding, “The talks are over for this year.”', '“We will not wait,” the minister said, adding that talks had failed. “The talks are over for this year.”']) {
      const { list } = attributions(text);
      const first = list.find((a) => a.content.text.startsWith('“We will not wait,”'));
      expect(first?.content.text, text).toBe('“We will not wait,”');
    }
  });

  it('still joins the next quote when the words after the cue are only its setting', () => {
    const { list } = attributions('“We will not wait,” the minister said, referring to the strike. “The talks are over for this year.”');
    expect(list[0]!.content.fragments).toHaveLength(2);
  });

  it('takes no inverted speaker after a participle that follows the quote', () => {
    const { list } = attributions('“We will win,” saying nothing more, Obi left.');
    expect(list.find((a) => a.content.text === '“We will win,”' && a.source?.text === 'nothing more')).toBeUndefined();
  });

  it('joins the quote sentence right after mixed speech that ends on quoted words', () => {
    const { list } = attributions('Ana Obi said the town needs leaders “who understand what a bridge means.” “And that is why this vote matters so much.”');
    expect(list).toHaveLength(1);
    expect(list[0]!.content.fragments).toHaveLength(2);
  });

  it('does not join it after mixed speech that ends on plain words', () => {
    const { list } = attributions('Ana Obi said the “reform” would cost the town a great deal of money. “And that is why this vote matters so much.”');
    expect(list.find((a) => a.content.text.includes('great deal') && a.content.text.includes('that is why'))).toBeUndefined();
  });

  it('gives a bare quote paragraph to the previous speaker', () => {
    const { list } = attributions('“The plan is dead,” said Ana Ruiz, a nurse. The ward closed in May.\n\n“Nobody told us anything about the cuts.”');
    expect(list).toHaveLength(2);
    expect(list[1]!.cue).toBeNull();
    expect(list[1]!.speakerName).toBe('Ana Ruiz');
  });

  it('joins a bare quote paragraph that directly follows the speaker’s quote to that attribution', () => {
    const { list } = attributions('“The plan is dead,” said Ana Ruiz, a nurse.\n\n“Nobody told us anything about the cuts.”');
    expect(list).toHaveLength(1);
    expect(list[0]!.speakerName).toBe('Ana Ruiz');
    expect(list[0]!.content.fragments).toHaveLength(2);
  });
});

describe('direct quotes: the attribution in the next sentence is all that sentence says', () => {
  it('an addressee then a setting after "told" still closes the attribution', () => {
    const { list } = attributions('“Can we do it?” Ana Obi told reporters on Monday.');
    expect(list.map((a) => [a.kind, a.content.text])).toEqual([['direct', '“Can we do it?”']]);
  });
  it('an addressee then a clause after "told" is an indirect attribution of its own', () => {
    const { list } = attributions('“Can we do it?” Ana Obi told reporters the plan had failed.');
    expect(list.find((a) => a.content.text === '“Can we do it?”' && a.cue !== null)).toBeUndefined();
  });
});

describe('beforeAside', () => {
  // Token indices (the tokenizer keeps "D-Texas" whole): the voice ends before a short bracket, else at the colon's left.
  const cases: { text: string; at: number; want: number }[] = [
    { text: 'Rep. Ana Obi (D-Texas):', at: 6, want: 3 },
    { text: 'Ana Obi:', at: 1, want: 1 },
    { text: '(D-Texas):', at: 2, want: 2 },
    { text: 'Obi (a b c d e f g h):', at: 10, want: 10 },
  ];
  for (const c of cases) {
    it(`${c.text} → ${c.want}`, () => {
      const toks = tokenize(c.text);
      const at = toks.findIndex((t) => t.text === ':') - 1;
      expect(at).toBe(c.at);
      expect(beforeAside(toks, at)).toBe(c.want);
    });
  }
});
