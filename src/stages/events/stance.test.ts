import { describe, expect, it } from 'vitest';
import type { Stance } from '../../core/types.js';
import { createContext } from '../../core/stage.js';
import { actors } from '../actors/index.js';
import { segment } from '../segment/index.js';
import { events } from './index.js';
import { overallStance } from './stance.js';
import { attributionIn } from '../../../test/support/attribution.js';

describe('events: overall stance by the guideline (test/annotations/README.md)', () => {
  it.each<[string, Stance[], Stance]>([
    // 1. Evaluative acts carry their polarity, whatever the targets.
    ['111', [], 'critical'],
    ['1312', ['neutral'], 'critical'],
    ['051', ['critical'], 'supportive'],
    ['0332', [], 'supportive'],
    // 2. Other acts take the side their targets share; a split appeal for aid sides with the helped.
    ['020', ['critical'], 'critical'],
    ['036', ['neutral', 'neutral'], 'neutral'],
    ['012', ['neutral', 'supportive'], 'supportive'],
    ['0232', ['critical', 'supportive'], 'supportive'],
    ['020', ['critical', 'supportive'], 'critical'],
    // 3. No target, no evaluative act: unknown — a denial with no named accuser included.
    ['016', [], 'unknown'],
    ['010', [], 'unknown'],
    ['0256', [], 'unknown'],
  ])('%s with %j → %s', (cameo, stances, expected) => {
    expect(overallStance(stances, '', cameo)).toBe(expected);
  });
});

describe('events: whom an accusation in the content bears on', () => {
  it.each([
    // text, content, cue, source, expected stances
    ['The minister said the United States, Britain and NATO had a goal to weaken Russia.', 'the United States, Britain and NATO had a goal to weaken Russia', { USA: 'critical', GBR: 'critical', NATO: 'critical' }],
    ['The minister said Ukraine is used by NATO as an instrument against Russia.', 'Ukraine is used by NATO as an instrument against Russia', { UKR: 'neutral', NATO: 'critical' }],
    ['The minister said Russia will face severe consequences if it attacks Ukraine.', 'Russia will face severe consequences if it attacks Ukraine', { RUS: 'critical', UKR: 'neutral' }],
    // round 9: a reproach bears on the clause's first actor, not the one named nearest it; a present-tense
    // condemnation is performed by its subject and bears on the actor named after the verb
    ['The minister said Russia sent troops into Georgia for no reason.', 'Russia sent troops into Georgia for no reason', { RUS: 'critical', GEO: 'neutral' }],
    ['The minister said Australia strongly condemns the seizure of the ship by Iran.', 'Australia strongly condemns the seizure of the ship by Iran', { AUS: 'neutral', IRN: 'critical' }],
    // a wrong of the codebook named as the possessor's act
    ['The minister said Belarus’s forced deportation of students is documented.', 'Belarus’s forced deportation of students is documented', { BLR: 'critical' }],
  ] as const)('%s', (text, content, stances) => {
    const ctx = createContext();
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt: '2022-02-26' }, ctx);
    const [c] = events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue: 'said', source: 'The minister' })], publishedAt: '2022-02-26' }, ctx);
    expect(Object.fromEntries(c!.targets.map((t) => [t.code, t.stance]))).toMatchObject(stances);
  });
});

/** The coded statement of "The minister said <content>." (or of `text` holding it). */
function coded(text: string, content: string) {
  const ctx = createContext();
  const segments = segment.run({ text }, ctx);
  const mentions = actors.run({ text, segments, publishedAt: '2022-02-26' }, ctx);
  return events.run({ text, segments, mentions, attributions: [attributionIn(text, { content, cue: 'said', source: 'The minister' })], publishedAt: '2022-02-26' }, ctx)[0]!;
}

describe('events: stance and code from where the words stand (issue 5, round 4)', () => {
  it.each([
    // text, content, expected target stances, expected code
    // "stand by X" sides with X: the "by" is not a passive agent
    ['The minister said we stand by Georgia as it defends itself against the Russian aggression.', 'we stand by Georgia as it defends itself against the Russian aggression', { GEO: 'supportive', RUS: 'critical' }, '051'],
    // condemnation said of one actor is not also said of the first one named
    ['The minister said Moldova must be protected from the Russian aggression.', 'Moldova must be protected from the Russian aggression', { MDA: 'neutral', RUS: 'critical' }, '020'],
    // a hostile act the target is said to be likely to commit: critical of it, and a pessimistic comment
    ['The minister said Serbia could launch an offensive within weeks.', 'Serbia could launch an offensive within weeks', { SRB: 'critical' }, '012'],
  ] as const)('%s', (text, content, stances, cameo) => {
    const c = coded(text, content);
    expect(Object.fromEntries(c.targets.map((t) => [t.code, t.stance]))).toEqual(stances);
    expect(c.event?.cameo).toBe(cameo);
  });

  it.each([
    // a forecast about the target's own plight takes no side against it
    ['The minister said Serbia could face an offensive within weeks.', 'Serbia could face an offensive within weeks'],
    ['The minister said the aid was sent by Serbia.', 'the aid was sent by Serbia'],
  ] as const)('%s: no critical target', (text, content) => {
    expect(coded(text, content).targets.map((t) => t.stance)).not.toContain('critical');
  });

  it.each([
    // support someone else gives is reported, not the speaker's side
    ["The minister said NATO's support for Georgia only prolongs the war.", "NATO's support for Georgia only prolongs the war", 'neutral'],
    ['The minister said Western supplies to Georgia will not change the outcome.', 'Western supplies to Georgia will not change the outcome', 'neutral'],
    // the speaker's own support is
    ['The minister said we will keep our support for Georgia.', 'we will keep our support for Georgia', 'supportive'],
    // an actor called an ally is sided with; in the passive it suffers the attack, it does not make it
    ['The minister said war would come only if our close ally Georgia will be directly attacked.', 'war would come only if our close ally Georgia will be directly attacked', 'supportive'],
    ['The minister said Georgia was attacked overnight.', 'Georgia was attacked overnight', 'neutral'],
    ['The minister said Georgia attacked the border posts overnight.', 'Georgia attacked the border posts overnight', 'critical'],
    // our partners named by their demonym, and a promise made to an actor, side with it; allies only near the name
    ['The minister said we will work with our Georgian partners on the ground.', 'we will work with our Georgian partners on the ground', 'supportive'],
    ["The minister said Russia's partners include Georgia's neighbours.", "Russia's partners include Georgia's neighbours", 'neutral'],
    ['The minister said we promise Georgia that it will never be alone.', 'we promise Georgia that it will never be alone', 'supportive'],
    ['The minister said the allies are ready to negotiate with Georgia.', 'the allies are ready to negotiate with Georgia', 'neutral'],
  ] as const)('%s', (text, content, stance) => {
    expect(coded(text, content).targets.find((t) => t.code === 'GEO')?.stance).toBe(stance);
  });
});

describe('events: a negated stance word takes no side', () => {
  const stances = (content: string) => Object.fromEntries(coded(`The minister said ${content}.`, content).targets.map((t) => [t.code, t.stance]));
  it.each([
    // text, expected stance toward the named country
    ['Germany will not support Georgia', 'GEO', 'neutral'],
    ["Europe can't afford to defend Georgia", 'GEO', 'neutral'],
    ['Berlin did not condemn Serbia', 'SRB', 'neutral'],
    // two negations cancel; "not only … but" adds
    ['Germany would never stop supporting Georgia', 'GEO', 'supportive'],
    ['Germany would continue to support Georgia', 'GEO', 'supportive'],
    ['the plan would not only raise tensions but isolate Serbia', 'SRB', 'critical'],
  ] as const)('%s', (content, code, stance) => {
    expect(stances(content)[code]).toBe(stance);
  });
});

describe('events: pressure called for, and an actor first named as a place (round 8)', () => {
  const stances = (content: string) => Object.fromEntries(coded(`The minister said ${content}.`, content).targets.map((t) => [t.code, t.stance]));
  it.each([
    // content, country, expected stance
    // pressure the speaker calls for or promises opposes its object; pressure that events put on it is described
    ['the allies must put more pressure on Serbia to end the blockade', 'SRB', 'critical'],
    ['we asked the envoy to put pressure on Serbia', 'SRB', 'critical'],
    ['the floods do put more pressure on Serbia', 'SRB', 'neutral'],
    // named first as the scene ("in Serbia"), then as the actor the words are about
    ['the name of the envoy is known in Serbia, so he should put pressure on Serbia', 'SRB', 'critical'],
    ['the talks in Serbia were held in a calm atmosphere', 'SRB', 'neutral'],
  ] as const)('%s', (content, code, stance) => {
    expect(stances(content)[code]).toBe(stance);
  });
});

describe('events: a passive demand laid on a named actor, and a victory wished for (round 8)', () => {
  it('codes "Serbian forces must be pushed out of …" a demand critical of Serbia', () => {
    const content = 'Serbian forces must be pushed out of the whole valley';
    const c = coded(`The minister said ${content}.`, content);
    expect(c.event?.cameo.slice(0, 2)).toBe('10');
    expect(c.targets.find((t) => t.code === 'SRB')?.stance).toBe('critical');
  });
  it('sides with the actor whose victory is wished for', () => {
    const content = 'victory for Georgia is now a strategic imperative';
    expect(coded(`The minister said ${content}.`, content).targets.find((t) => t.code === 'GEO')?.stance).toBe('supportive');
  });
});
