import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../core/analysis.js';
import { createContext } from '../../core/stage.js';
import { actors } from '../actors/index.js';
import { segment } from '../segment/index.js';
import { classify } from './classify.js';
import { events } from './index.js';
import { attributionIn } from '../../../test/support/attribution.js';
import { extract } from '../../pipeline/extract.js';

function background(text: string, cue: string): Attribution {
  return attributionIn(text, { cue });
}

describe('events: no event from what is not a statement', () => {
  it.each([
    ['The Taliban retook control of Afghanistan in August 2021 after US troops were withdrawn.', 'retook'],
    ['Russia annexed Crimea in 2014.', 'annexed'],
    ['Moscow has deployed 100,000 soldiers near the border.', 'has deployed'],
    ['Her school called the police, who visited the family home.', 'called'],
    ['Diplomats gathered in Paris for talks.', 'gathered'],
    ['The junta responded to the strikes in the mining towns with mass arrests.', 'responded'],
    // speech-act verbs narrated by the writer, with no one reported as speaking: history, not a statement
    ['In 2009, Russia invited all interested parties to sign a new security treaty.', 'invited'],
    ['The West rejected the proposal.', 'rejected'],
    ['The US agreed to send 31 tanks to Ukraine in January 2023.', 'agreed'],
    // round 9 added reporting verbs ("reminded", "indicated", "found that"): narrated, they are still no statement
    ['The divers found the wreck of the ferry in 1985.', 'found'],
    ['The new map indicated the route of the pipeline.', 'indicated'],
  ])('%s', (text, cue) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2022-02-26' }, ctx);
    const [c] = events.run({ text, segments, mentions, attributions: [background(text, cue)], publishedAt: '2022-02-26' }, ctx);
    expect(c!.event).toBeNull();
    expect(c!.targets).toEqual([]);
    expect(c!.stance).toBe('unknown');
  });
});

describe('events: words that look like acts but are not', () => {
  it.each([
    ['said', 'should it choose to attack, things could go wrong', '010'],
    ['said', 'a lot will have to do with Israel', '010'],
    ['said', 'the referendum was not illegal', '010'],
    ['said', 'the referendum was illegal', '111'],
    // a phone call on a day is no call on anyone
    ['said', 'I feared at the time of the call on July 25 how its disclosure would play', '010'],
    ['said', 'the world calls on Moscow to stop', '020'],
    // general news (session 7): a past obligation the speaker or a third person narrates asks nothing of anyone;
    // a backshifted one with a named subject still does
    ['said', 'he needed to get his papers first', '010'],
    ['said', '"Had to pack up and leave town the same night," she recalled', '010'],
    ['said', 'a bigger budget was needed to hire more nurses', '010'],
    ['said', 'the regulators needed to publish the report', '020'],
    // "thanks to" gives a cause, not thanks; "lies ahead" is where something is, not lying
    ['said', 'the harvest was saved thanks to the early rain', '010'],
    ['said', 'we thank the volunteers for their patience', '051'],
    ['said', 'the hardest part lies ahead for the climbers', '010'],
    ['said', 'the minister lies about the deficit', '111'],
    // trying, said of oneself, is effort; said of someone named, an accusation
    ['said', 'I was trying to reach the station when Canada closed the line', '010'],
  ])('%s + "%s" → %s', (cue, content, code) => {
    expect(classify(cue, content).cameo).toBe(code);
  });
});

describe('events: speakers whose nationality is not whom they speak for', () => {
  it('gives "a Russian pensioner" no actor, "the Russian tycoon" Russian business (never the government), and "the Russian foreign minister" RUS GOV', () => {
    const text = 'A Russian pensioner said prices were rising. The Russian tycoon said the war was a mistake. The Russian foreign minister said talks were over.';
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2022-03-01' }, ctx);
    const at = (w: string) => text.indexOf(w);
    const mk = (src: string, content: string): Attribution => ({
      kind: 'indirect',
      content: { text: content, start: at(content), end: at(content) + content.length },
      cue: { text: 'said', start: text.indexOf('said', at(src)), end: text.indexOf('said', at(src)) + 4 },
      source: { text: src, start: at(src), end: at(src) + src.length, type: 'person' },
      speakerName: null,
      role: null,
      affiliation: null,
      channel: null,
      confidence: 1,
    });
    const [pensioner, tycoon, minister] = events.run(
      { text, segments, mentions, attributions: [mk('A Russian pensioner', 'prices were rising'), mk('The Russian tycoon', 'the war was a mistake'), mk('The Russian foreign minister', 'talks were over')], publishedAt: '2022-03-01' },
      ctx,
    );
    expect(pensioner!.actor).toBeNull();
    expect(tycoon!.actor).toMatchObject({ country: 'RUS', sector: 'BUS' });
    expect(minister!.actor).toMatchObject({ code: 'RUS', sector: 'GOV' });
  });
});

describe('events: a place after a private person is where they are, not whom they speak for', () => {
  it.each([
    ['A college student in Beijing said the rules would not work.', 'A college student in Beijing', null],
    ['An analyst from Moscow said the rules would not work.', 'An analyst from Moscow', null],
    ['Officials in Kyiv said the rules would not work.', 'Officials in Kyiv', 'UKR'],
  ])('%s', (text, source, code) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2022-03-01' }, ctx);
    const a = attributionIn(text, { content: 'the rules would not work', cue: 'said', source, speakerName: null });
    const [c] = events.run({ text, segments, mentions, attributions: [a], publishedAt: '2022-03-01' }, ctx);
    expect(c!.actor?.code ?? null).toBe(code);
  });
});

describe('events: a negated communication verb reports that nothing was said', () => {
  it.each([
    ["China has never condemned Russia's full-scale invasion of Ukraine.", 'has never condemned', "Russia's full-scale invasion of Ukraine"],
    ['The Kremlin has yet to comment on the report.', 'comment', 'on the report'],
    ['Berlin did not criticise the decision.', 'criticise', 'the decision'],
    // an avoided act is not made either
    ['The mayor and her deputies have avoided open criticism of the bus drivers.', 'have avoided open criticism of', 'the bus drivers'],
    ['The ministers refrained from condemning the strike.', 'condemning', 'the strike'],
  ])('%s', (text, cue, content) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2025-03-13' }, ctx);
    const [c] = events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue })], publishedAt: '2025-03-13' }, ctx);
    expect(c!.event).toBeNull();
  });
});

describe('events: places and cues are not stances', () => {
  function coded(text: string, content: string, cue: string, source: string) {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2024-06-21' }, ctx);
    return events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue, source })], publishedAt: '2024-06-21' }, ctx)[0]!;
  }

  it.each([
    // text, content, cue, source, target, stance it must not get
    ['The ambassador said the war in Ukraine would pose a direct threat to the region.', 'the war in Ukraine would pose a direct threat to the region', 'said', 'The ambassador', 'UKR', 'critical'],
    ["Germany condemned Russia's full-scale invasion of Ukraine.", "Russia's full-scale invasion of Ukraine", 'condemned', 'Germany', 'UKR', 'critical'],
    ['The spokesman said Washington is sending troops to fight in Ukraine.', 'Washington is sending troops to fight in Ukraine', 'said', 'The spokesman', 'UKR', 'supportive'],
  ])('%s', (text, content, cue, source, code, stance) => {
    const c = coded(text, content, cue, source);
    expect(c.targets.find((t) => t.code === code)?.stance).not.toBe(stance);
  });

  it('drops a capital named as the place of a meeting', () => {
    const c = coded('The minister said all allies repeat in Vilnius that Ukraine will join.', 'all allies repeat in Vilnius that Ukraine will join', 'said', 'The minister');
    expect(c.targets.map((t) => t.code)).toEqual(['UKR']);
  });

  it("keeps the condemned actor critical", () => {
    const c = coded("Germany condemned Russia's full-scale invasion of Ukraine.", "Russia's full-scale invasion of Ukraine", 'condemned', 'Germany');
    expect(c.targets.find((t) => t.code === 'RUS')?.stance).toBe('critical');
  });
});

describe('events: a cue that can be an action is still speech when it reports words', () => {
  it.each([
    ['The ministry responded that the claims were false.', 'the claims were false', 'responded'],
    ['The ministry responded to the report with a statement calling it false.', 'calling it false', 'responded'],
  ])('%s', (text, content, cue) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2022-02-26' }, ctx);
    const [c] = events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue, source: 'The ministry' })], publishedAt: '2022-02-26' }, ctx);
    expect(c!.event).not.toBeNull();
  });
});

describe('events: a speech-act verb with a reported speaker stays a statement', () => {
  it.each([
    ['Russia rejected the proposal, the ministry said.', 'the proposal', 'rejected', 'Russia'],
    ['The minister invited all parties to talks in Minsk.', 'all parties to talks in Minsk', 'invited', 'The minister'],
  ])('%s', (text, content, cue, source) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2022-02-26' }, ctx);
    const [c] = events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue, source })], publishedAt: '2022-02-26' }, ctx);
    expect(c!.event).not.toBeNull();
  });
});

describe('events: a question states nothing', () => {
  // The quotes stage keeps "Do you think X?" as an attribution (PolNeAR annotates it); no event is coded from it.
  it.each([
    ['Q: Do you think Russia should withdraw its troops from Ukraine?', 'Russia should withdraw'],
    ['Why did the minister say that Poland would close the border?', 'Poland would close the border'],
    ['And does Paris believe that the sanctions will work?', 'the sanctions will work'],
  ])('%s', (text, words) => {
    const result = extract(`date 2022-03-01\n\n${text} The ministry said on Monday that it condemned the strikes on Kyiv.`);
    if (!result.ok) throw new Error('extraction failed');
    const statements = result.value.statements;
    const question = statements.find((s) => s.content.text.includes(words));
    const answer = statements.find((s) => s.content.text.includes('condemned the strikes'));
    expect(question, 'the question is still an attribution').toBeDefined();
    expect(question!.event).toBeNull();
    expect(answer?.event?.cameo).toMatch(/^1/);
  });
  it('codes a statement that merely contains a question mark later on', () => {
    const result = extract('date 2022-03-01\n\nThe ministry said Russia must withdraw its troops. Who will pay for the damage?');
    if (!result.ok) throw new Error('extraction failed');
    expect(result.value.statements.find((s) => s.content.text.includes('must withdraw'))?.event).not.toBeNull();
  });
});

describe('events: interview turns', () => {
  const text =
    'date 2022-03-01\n\nPolish Foreign Minister Jan Kowalski spoke to the Herald on Monday. The Herald met Kowalski in Warsaw. ' +
    'Herald: What is your view of the strikes? Kowalski: We condemn the Russian attacks on Ukrainian cities. ' +
    'Herald: Will you send more aid? Kowalski: Poland will send more weapons to Ukraine.';
  it('codes the labelled answers, for the actor the speaker is known by, and not the questions', () => {
    const result = extract(text);
    if (!result.ok) throw new Error('extraction failed');
    const s = result.value.statements;
    const condemn = s.find((x) => x.content.text.includes('Russian attacks'));
    const answer = s.find((x) => x.content.text.startsWith('Poland will send'));
    const question = s.find((x) => x.content.text.startsWith('What is your view'));
    expect(condemn?.event?.cameo).toMatch(/^11/);
    expect(answer?.cue?.text).toBe(':');
    expect(answer?.event?.cameo).toMatch(/^03/);
    expect(answer?.actor?.code).toBe('POL');
    expect(question, 'the question is kept as the interviewer\'s words').toBeDefined();
    expect(question!.event).toBeNull();
  });
});

describe('events: a named speaker speaks for the actor one of their statements shows', () => {
  it('gives "Armitage" the actor of "Richard Armitage, former U.S. deputy secretary of state", before or after it', () => {
    const text = 'Armitage said the drills were expected. Richard Armitage, former U.S. deputy secretary of state, said the talks had failed.';
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2024-06-02' }, ctx);
    const early = attributionIn(text, { content: 'the drills were expected', cue: 'said', source: 'Armitage', speakerName: 'Richard Armitage' });
    const late = attributionIn(text, { content: 'the talks had failed', cue: 'said', source: 'Richard Armitage, former U.S. deputy secretary of state', speakerName: 'Richard Armitage' });
    const [e, l] = events.run({ text, segments, mentions, attributions: [early, late], publishedAt: '2024-06-02' }, ctx);
    expect(l!.actor?.code).toBe('USA');
    expect(e!.actor?.code).toBe('USA');
  });
});

describe('events: sports titles, protest nouns and the generic reader are not statements', () => {
  it.each([
    ['Norway, the defending champion, beat Chile 3-1.', 'defending', 'champion, beat Chile 3-1', null],
    ['She will defend her title in Paris next month.', 'defend', 'her title in Paris next month', null],
    ['Similar protests were held last spring in three other cities.', 'protests', 'were held last spring in three other cities', 'Similar'],
    ['You can always ask for a refund at the counter.', 'can always ask for', 'a refund at the counter', 'You'],
  ])('%s', (text, cue, content, source) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2025-03-13' }, ctx);
    const [c] = events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue, source })], publishedAt: '2025-03-13' }, ctx);
    expect(c!.event).toBeNull();
  });

  it('still codes a named speaker who defends a decision', () => {
    const text = 'The coach defended the decision to rest the captain.';
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2025-03-13' }, ctx);
    const a = attributionIn(text, { content: 'the decision to rest the captain', cue: 'defended', source: 'The coach' });
    const [c] = events.run({ text, segments, mentions, attributions: [a], publishedAt: '2025-03-13' }, ctx);
    expect(c!.event?.cameo).toBe('052');
  });
});

describe('events: words that accuse only someone named', () => {
  // "claims", "is trying to", "in fact" report or stress an assertion; the accusation (112) needs an actor it is made against.
  it.each([
    ['The carmaker claims the new engine is a fifth more efficient than the old one.', 'the new engine', '010'],
    ['Moscow claims Ukraine shelled the city on Monday.', 'Ukraine shelled', '112'],
    ['"We are trying to help the victims as fast as we can," the mayor said.', 'help the victims', '010'],
    ['"Russia is trying to destroy us," the mayor said.', 'destroy us', '112'],
    ['The coach said the team was, in fact, playing better.', 'playing better', '010'],
  ])('%s', (text, words, code) => {
    const result = extract(`date 2022-03-01\n\n${text}`);
    if (!result.ok) throw new Error('extraction failed');
    expect(result.value.statements.find((s) => s.content.text.includes(words))?.event?.cameo).toBe(code);
  });
});
