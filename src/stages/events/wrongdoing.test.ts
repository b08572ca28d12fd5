import { describe, expect, it } from 'vitest';
import type { Attribution, CodedAttribution } from '../../core/analysis.js';
import { createContext } from '../../core/stage.js';
import { actors } from '../actors/index.js';
import { segment } from '../segment/index.js';
import { events } from './index.js';

/** Codes one invented statement: `speaker` + " said " + `content` + ".", the content as indirect speech. */
function code(speaker: string, content: string, cue = 'said'): CodedAttribution {
  const text = `${speaker} ${cue} ${content}.`;
  const ctx = createContext();
  const segments = segment.run({ text }, ctx);
  const mentions = actors.run({ text, segments, publishedAt: '2023-05-10' }, ctx);
  const start = text.indexOf(content);
  const a: Attribution = {
    kind: 'indirect',
    content: { text: content, start, end: start + content.length },
    cue: { text: cue, start: speaker.length + 1, end: speaker.length + 1 + cue.length },
    source: { text: speaker, start: 0, end: speaker.length, type: 'person' },
    speakerName: null,
    role: null,
    affiliation: null,
    channel: null,
    confidence: 1,
  };
  return events.run({ text, segments, mentions, attributions: [a], publishedAt: '2023-05-10' }, ctx)[0]!;
}

describe('events: a claim that a named actor did a wrongful act is an accusation (round-5 ruling)', () => {
  it.each([
    ['The French foreign ministry', 'Syria used banned chemical agents against soldiers near the river', '1124'],
    ['The German chancellor', 'Russian forces have deliberately targeted civilian infrastructure all winter', '1124'],
    ['A British minister', 'Iran has supplied drones and tortured protesters in its prisons', '1122'],
    ['The Polish president', 'Belarus violated the airspace of its neighbour twice this month', '1123'],
    ['The Estonian prime minister', 'China hacked the servers of three ministries', '1125'],
    ['A Ukrainian official', 'Russia deported thousands of children to camps far from home', '1122'],
    ['The Lithuanian foreign minister', 'Russia is responsible for the famine that followed', '112'],
    ['The Japanese foreign ministry', 'hundreds of villagers were abducted by North Korea', '1121'],
    ['The Foreign Office', 'Syria used the nerve agent sarin against villagers', '1124'],
    // riot-control agents are banned as a method of warfare, quotation marks or not
    ['The State Department', 'Syria had regularly used "riot control agents," or tear gas, in the fighting', '1124'],
    ['The Foreign Office', 'China is helping Russia sustain its unprovoked war', '112'],
    ['The Foreign Office', 'the Kremlin unleashed this war', '1123'],
    ['The Foreign Office', 'Syria has used tear gas as a method of warfare', '1124'],
    ['The Polish president', 'Belarus is weaponising migrants at the border', '112'],
    ['The Foreign Office', 'Syria, in breach of its own pledges, has used banned chemical weapons', '1124'],
  ])('%s: "%s" → %s, critical of the actor', (speaker, content, cameo) => {
    const c = code(speaker, content);
    expect(c.event?.cameo).toBe(cameo);
    expect(c.stance).toBe('critical');
    expect(c.targets.some((t) => t.stance === 'critical')).toBe(true);
    expect(c.eventEvidence).toBeDefined();
  });

  it('points the evidence at the accused actor and its act', () => {
    const c = code('The French foreign ministry', 'Russia used banned chemical agents near the front');
    expect(c.event?.cameo).toBe('1124');
    expect(c.eventEvidence?.text).toBe('Russia used banned chemical agents');
    expect(c.targets.find((t) => t.code === 'RUS')?.stance).toBe('critical');
  });
});

describe('events: what does not make a claim of wrongdoing an accusation', () => {
  it.each([
    ['negated', 'The French foreign ministry', 'Russia did not use banned chemical agents in the region', 'said'],
    ['negated (never)', 'The French foreign ministry', 'Russia has never invaded a neighbour', 'said'],
    ['hypothetical', 'The French foreign ministry', 'if Russia invaded its neighbour, the markets would fall', 'said'],
    ['modal', 'The French foreign ministry', 'Russia could have used banned chemical agents', 'said'],
    ['intent, not act', 'The French foreign ministry', 'Russia wants to invade its neighbour', 'said'],
    ['no evidence', 'The French foreign ministry', 'there is no evidence that Russia used banned chemical agents', 'said'],
    ['a denial cue', 'The Kremlin spokesman', 'Russian forces targeted civilian infrastructure', 'denied'],
    ['denied in the content', 'The Kremlin spokesman', 'Moscow denies that Russian forces targeted civilian infrastructure', 'said'],
    ['a battlefield operation (no charge)', 'The French foreign ministry', 'Russia fired missiles at three air bases overnight', 'said'],
    ['negated after a parenthetical', 'The French foreign ministry', 'Russia, according to its own account, did not invade its neighbour', 'said'],
    ['help in a war, no wrong', 'The Polish president', 'Poland is supporting Ukraine in its war against Russia', 'said'],
    ['a presupposing noun, not a claim', 'The French foreign ministry', 'the Russian invasion has changed European energy markets', 'said'],
  ])('%s: %s %s "%s" is no accusation', (_why, speaker, content, cue) => {
    const c = code(speaker, content, cue);
    expect(c.event?.cameo.startsWith('112')).toBe(false);
  });

  it("does not accuse the speaker's own side of what it reports of itself", () => {
    const c = code('The Russian defence ministry', 'Russia annexed four regions after the referendums');
    expect(c.event?.cameo.startsWith('112')).toBe(false);
    expect(c.targets.some((t) => t.code === 'RUS')).toBe(false);
  });
});

describe('events: a nominalised wrong said to be the work of an actor (round 9, invented sentences)', () => {
  it.each([
    ['A Georgian official', 'the forcible transfer of the villagers was planned and organised in advance by Russia', '1122', 'RUS'],
    ['A Lithuanian official', 'the abduction of the fishermen, the report says, was carried out by Belarus', '1121', 'BLR'],
    ['A Polish official', 'the deportation of the families is being coordinated at the highest levels of the Russian government', '1122', 'RUS'],
  ])('%s: "%s" → %s, critical of %s', (speaker, content, cameo, accused) => {
    const c = code(speaker, content);
    expect(c.event?.cameo).toBe(cameo);
    expect(c.targets.find((t) => t.code === accused)?.stance).toBe('critical');
  });

  it.each([
    // the wrong denied or feared, or the actor the one who stops it or reports on it
    ['A Russian official', 'no deportation of children was ever planned by Russia'],
    ['A Polish official', 'the deportation of the families was documented by Ukraine'],
    ['A Polish official', 'if the invasion is ordered by Russia, the border will close'],
  ])('%s: "%s" is no accusation', (speaker, content) => {
    expect(code(speaker, content).event?.cameo.slice(0, 2)).not.toBe('11');
  });
});
