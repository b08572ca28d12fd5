import { describe, expect, it } from 'vitest';
import { parseAnn } from '../scripts/eval/polnear-data.js';
import { canBeOnePerson, emptyTally, f1, goldHead, matchContents, proxyAntecedents, scoreDocument, speakerMatches } from '../scripts/eval/polnear-score.js';

// Invented text: the scorer's rules from ../shared/datasets/polnear/CARD.md, not corpus text.
const text = 'Lind said the plan was dead. “We will win,” he said. Exports fell, according to the agency.';
const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

describe('PolNeAR scorer', () => {
  it('matches a content at ≥ 50 % coverage and Jaccard ≥ 0.5, one to one', () => {
    const g = [new Set([1, 2, 3, 4])];
    expect(matchContents(g, [new Set([1, 2])]).size).toBe(1); // coverage .5, Jaccard .5
    expect(matchContents(g, [new Set([1])]).size).toBe(0); // coverage .25
    expect(matchContents(g, [new Set([1, 2, 3, 4, 5, 6, 7, 8, 9])]).size).toBe(0); // Jaccard .44
    expect(matchContents([new Set([1, 2]), new Set([1, 2])], [new Set([1, 2])]).size).toBe(1);
  });

  it('scores overlap, exact spans, the direct subset, cues and speakers', () => {
    const gold = [
      { content: [span('the plan was dead')], cue: [span('said')], source: span('Lind') },
      { content: [span('“We will win,”')], cue: [span('said', 40)], source: span('he') },
      { content: [span('Exports fell')], cue: [span('according to')], source: span('the agency') },
    ];
    const pred = [
      { content: [span('the plan was dead')], cue: span('said'), sourceText: 'Lind', speakerName: 'Lind' },
      { content: [span('“We will win,”')], cue: span('said', 40), sourceText: 'he', speakerName: 'Lind' },
      { content: [span('Exports fell, according')], cue: null, sourceText: 'officials', speakerName: null },
    ];
    const t = emptyTally();
    scoreDocument(text, gold, pred, t);
    expect(t.all).toEqual({ gold: 3, pred: 3, overlap: 3, exact: 2 });
    expect(t.direct).toEqual({ gold: 1, pred: 1, overlap: 1, exact: 1 });
    expect(t.cue).toEqual({ gold: 3, pred: 2, overlap: 2, exact: 2 });
    expect(t.named).toEqual({ total: 2, right: 1 }); // "officials" is not "the agency"
    expect(t.pronoun).toEqual({ total: 1, right: 1 }); // "he" → nearest named gold source, Lind
    expect(f1(t.all, t.all.exact).f).toBeCloseTo(2 / 3);
  });

  it('speaker rule: head word or containment, case-insensitive; pronouns never count as a name', () => {
    expect(goldHead('Flynn, a top Trump surrogate,')).toBe('flynn');
    expect(speakerMatches('Senator John McCain', ['McCain'])).toBe(true);
    expect(speakerMatches('The New York Post', ['the post'])).toBe(true);
    expect(speakerMatches('Clinton’s campaign', ['Trump'])).toBe(false);
    expect(speakerMatches('he', ['he'])).toBe(false);
  });

  it('pronoun proxy: only gold sources holding a name stand in for the antecedent (the CARD: "the nearest preceding name")', () => {
    const t = 'Voters said the plan was dead. His aides said so. Some farmers agreed. Ada Obi said it. Obi agreed; later Obi said no. One strategist said yes, as voters and aides do.';
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const gold = ['Voters', 'His aides', 'Some farmers', 'Ada Obi', 'later Obi', 'One strategist'].map((s) => ({ content: [], cue: null, source: at(s) }));
    // "Voters", "His aides", "Some farmers" and "One strategist" are capitalised only as sentence openers or hold no name.
    expect(proxyAntecedents(t, gold).map((s) => t.slice(s.start, s.end))).toEqual(['Ada Obi', 'later Obi']);
    // A single sentence-opening word is a name when the text writes it capitalised mid-sentence too, or never in lower case.
    for (const u of ['Obi said no. Then Obi left.', 'Obi said no.']) expect(proxyAntecedents(u, [{ content: [], cue: null, source: { start: 0, end: 3 } }])).toHaveLength(1);
    expect(proxyAntecedents('Voters said no, as voters do.', [{ content: [], cue: null, source: { start: 0, end: 6 } }])).toHaveLength(0);
  });

  it('he/she proxy: a source one person can be, never a coordination or a common-noun phrase', () => {
    const rows: [string, boolean][] = [
      ['Ada Obi', true],
      ['the assailant, John Roe', true],
      ['Sen. Ada Obi (D-Ill.)', true],
      ['Mr. Obi of the Policy Center', true],
      ['Obi and Lind', false],
      ['a recent Daily Ledger poll', false],
      ['Republican voters', false],
    ];
    for (const [source, want] of rows) expect(canBeOnePerson(source), source).toBe(want);
  });

  it('reads brat standoff with code-point offsets and discontinuous contents', () => {
    const t = '😀 Lind said: “Yes.” “No.”';
    // Code points: the emoji is one code point but two UTF-16 units.
    const ann = ['T1\tSource 2 6\tLind', 'T2\tCue 7 11\tsaid', 'T3\tContent 13 19;20 25\t“Yes.” “No.”', 'T4\tAttribution 7 11\tsaid', 'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1'].join('\n');
    const [a] = parseAnn(t, ann);
    expect(t.slice(a!.source!.start, a!.source!.end)).toBe('Lind');
    expect(a!.content.map((c) => t.slice(c.start, c.end))).toEqual(['“Yes.”', '“No.”']);
  });
});
