import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

// Round 9 (issue 5): acts read from classes of words rather than from their usual reporting verbs. Every sentence
// is invented (islands, leagues, councils), none copied from an annotated article.

describe('events: threats of force without "threaten" (round 9)', () => {
  it.each([
    // cue, content, code prefix
    // declared readiness or resolve to use force, or to carry a war on
    ['said', 'the League is ready to use all the weapons at its disposal', '138'],
    ['said', 'the council stands prepared to deploy military force on the islands', '138'],
    ['said', 'the junta was ready to continue its war in the valley', '138'],
    ['said', 'we are determined to step up the offensive', '138'],
    ['said', 'the navy is ready to use nuclear weapons if the state itself is threatened', '1385'],
    // force announced as the consequence of another's act
    ['said', 'sending long-range rockets would entail immediate strikes on the command centres', '138'],
    ['said', 'any such move will trigger a swift retaliation', '13'],
    ['cautioned', 'that any attempt to block the strait would lead to consequences never seen before', '13'],
    // the speaker's weapons said to be usable for a purpose
    ['said', 'tactical weapons could be used to defend the new provinces', '13'],
    // warnings of retaliation in other words
    ['said', 'the republic reserves the right to respond', '13'],
    ['said', 'we will take adequate measures if the drills go on', '13'],
    ['said', 'the council will defend the coast with all the means at its disposal', '13'],
    // defiance
    ['said', 'They want to fight. Well, let them try. We are ready for that.', '13'],
    ['said', 'we are ready for a fight.', '13'],
  ])('%s + "%s" → %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(true);
  });

  it.each([
    // readiness for talks or help is an intent; a war's consequences are feared; weapons used by others are described
    ['said', 'we are ready to use every diplomatic channel', '13'],
    ['said', 'the council is ready to continue the talks', '13'],
    ['said', 'a war, which would trigger a wider response, must be avoided', '13'],
    ['said', 'the weapons were used in the 1990s', '13'],
    ['said', 'we are ready for the winter and the storms ahead', '13'],
    ['said', 'the council will take measures to help the fishermen', '13'],
    ['said', 'the drought would lead to consequences for the harvest', '13'],
    ['said', 'the storm will destroy the harbour wall', '13'],
    ['said', 'let them know that the ferry will run', '13'],
  ])('%s + "%s" is not coded %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(false);
  });
});

describe('events: rhetorical questions reproach (round 9)', () => {
  it.each([
    ['said', 'Why would the council not sign a treaty it claims to respect?', '111'],
    ['said', "Why didn't they open the border when they were asked?", '111'],
    ['said', 'What could they possibly be hiding on the island?', '111'],
    ['said', 'What are you afraid of?', '111'],
    ['said', 'How can they claim to want peace while shelling the port?', '111'],
    // an asking cue before a question reports the question, not a request
    ['asked', 'Why, if you respect the rules, would you not vote for them?', '111'],
  ])('%s + "%s" → %s', (cue, content, code) => {
    expect(classify(cue, content).cameo).toBe(code);
  });

  it.each([
    ['said', 'Why is the harbour important? Because the fishermen need it.', '11'],
    ['said', 'How can we help the fishermen?', '11'],
    ['said', 'What could be done is a new ferry line.', '11'],
    ['asked', 'the council to reopen the ferry line', '11'],
  ])('%s + "%s" is not coded %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(false);
  });
});

describe('events: general words of negative judgment of conduct (round 9)', () => {
  it.each([
    ['said', 'the blockade of the islands is unforgivable', '111'],
    ['said', 'the council made a grave mistake by closing the port', '111'],
    ['said', 'the campaign had been an epic failure', '111'],
    ['said', 'the vote marks a real missed opportunity to rebuild trust', '111'],
    ['said', 'aid to the islands has often been too slow in arriving', '111'],
    ['said', 'the League attacked the ferry for no reason', '111'],
    ['said', 'It is baffling. And it is a shame.', '111'],
    ['said', 'the raid on the fishing fleet was disproportionate and callous', '111'],
    ['added', 'the Republic unequivocally condemns the seizure of the ferry', '111'],
    ['said', 'the blockade is a ruthless and predatory policy', '111'],
    ['said', 'these claims are bogus and preposterous', '111'],
    ['said', 'the council was wrong to close the port', '111'],
    ['said', 'Who do they think they are?', '111'],
    ['said', 'the impact of these actions is devastating and long-lasting', '111'],
    ['said', 'the council’s policy of closing the ports is deeply harmful', '111'],
  ])('%s + "%s" → %s', (cue, content, code) => {
    expect(classify(cue, content).cameo).toBe(code);
  });

  it.each([
    // the speaker's own mistake is no criticism of another; description and the undenied are not judgment
    ['said', 'we made a mistake when we relied on a single ferry', '11'],
    ['said', 'the storm was devastating for the island', '11'],
    ['said', 'the offensive began at dawn', '11'],
    ['said', 'it is never too late to talk', '11'],
    ['said', 'the impact of the storm was devastating', '11'],
  ])('%s + "%s" is not coded %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(false);
  });
});

describe('events: support by wish, inclusion and approval of a step (round 9)', () => {
  it.each([
    ['said', 'We want the islands to be free and prosperous', '051'],
    ['said', 'I want the Republic to win', '051'],
    ['said', 'we wish the new government every success', '051'],
    ['said', 'the Republic is part of our northern family', '051'],
    ['said', 'the court ruling is an important step towards justice for the fishermen', '051'],
    ['said', 'the treaty is a step in the right direction', '051'],
    ['said', 'you are not alone, we are on your side', '051'],
    ['said', 'the islanders can count on our help', '051'],
    ['said', 'we pay tribute to the remarkable courage of the ferry crews', '051'],
  ])('%s + "%s" → %s', (cue, content, code) => {
    expect(classify(cue, content).cameo).toBe(code);
  });

  it.each([
    // what the speaker wants of others is an appeal; a step taken is no approval
    ['said', 'we want the council to reopen the port', '05'],
    ['said', 'the next step is a vote in the assembly', '05'],
    ['said', 'the council stepped back from the plan', '05'],
    ['said', 'we honour our commitments to the League', '05'],
    ['said', 'they are alone in the assembly', '05'],
  ])('%s + "%s" is not coded %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(false);
  });
});

describe('events: talks refused or announced in other words (round 9)', () => {
  it.each([
    ['said', 'negotiations with the junta were impossible', '125'],
    ['said', 'dialogue with the council is pointless now', '125'],
    ['said', 'We will talk about the ferry line and the harbour fees', '036'],
    ['said', 'the fishing quotas will be the main subject of our meeting on Friday', '036'],
  ])('%s + "%s" → %s', (cue, content, code) => {
    expect(classify(cue, content).cameo).toBe(code);
  });

  it.each([
    ['said', 'the negotiations were long and difficult', '12'],
    ['said', 'we talked about the weather', '03'],
  ])('%s + "%s" is not coded %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(false);
  });
});

describe('events: directives in other forms (round 9)', () => {
  it.each([
    ['said', 'we are asking the League to reopen the ferry line', '02'],
    ['said', 'I would urge both councils to meet', '02'],
    ['said', 'our message to the junta is clear: release the fishermen', '02'],
    ['said', 'it is now up to the council to end the blockade', '02'],
    ['said', 'now is the time to act', '02'],
    ['said', 'Support our fishermen. Protect the harbour.', '02'],
    ['said', 'Do not travel to the islands.', '02'],
    ['said', 'the council is urged to reopen the port', '02'],
    ['said', 'it would be better if both sides met in Geneva', '02'],
    ['said', 'the League would do well to listen', '02'],
  ])('%s + "%s" → %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(true);
  });

  it.each([
    // attention-steering imperatives, nouns at a sentence start, and questions are no requests
    ['said', 'Look at the level of incompetence in the harbour office.', '02'],
    ['said', 'Support for the ferry line is growing.', '02'],
    ["said", "Don't they see it? The blockade has failed.", '02'],
    ['said', 'Work on the new pier began in May.', '02'],
    ['said', 'we were asked about the ferry line', '02'],
    ['said', 'we thought it would be right to show the archive again', '02'],
    ['said', 'We have to work in two directions at the meeting', '02'],
  ])('%s + "%s" is not coded %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(false);
  });
});

describe('events: disapproval and blame by construction (round 9)', () => {
  it.each([
    ['said', 'the blockade does not contribute to peace on the islands', '111'],
    ['said', 'the seizure of the ferry is contrary to international law', '111'],
    ['said', 'the drills undermine regional security', '111'],
    ['said', 'the vote was a big step backwards', '111'],
    ['said', 'the council has crossed a red line', '111'],
    ['said', 'the junta is playing political games with the fishermen', '111'],
    ['said', 'the League cannot be trusted', '111'],
    ['said', 'the raid was a stab in the back', '111'],
    ['said', 'responsibility for the famine lies with the junta', '112'],
    ['said', 'the League has no right to make such demands', '120'],
  ])('%s + "%s" → %s', (cue, content, code) => {
    expect(classify(cue, content).cameo).toBe(code);
  });

  it.each([
    // harm feared in the conditional, a long game as a strategy, a step back in space, the speaker's own responsibility
    ['said', 'a blockade would further undermine stability', '11'],
    ['said', 'the council is playing a long game', '11'],
    ['said', 'the crowd took a step back from the barrier', '11'],
    ['said', 'we bear responsibility for our fishermen', '11'],
  ])('%s + "%s" is not coded %s…', (cue, content, prefix) => {
    expect(classify(cue, content).cameo.startsWith(prefix)).toBe(false);
  });
});
