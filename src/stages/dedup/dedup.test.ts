import { describe, expect, it } from 'vitest';
import type { Statement } from '../../core/types.js';
import { bands, decodeSignature, encodeSignature, NEAR_DUPLICATE_THRESHOLD, signature, similarity } from './minhash.js';
import { normalizeText, statementKey } from './statement-key.js';

const story = [
  'The foreign ministry said on Friday that it was deeply concerned about the escalation along the border.',
  'Officials called on both sides to exercise restraint and to return to talks mediated by the regional bloc.',
  'Thousands of residents have fled the area since the fighting began earlier this week, aid groups said.',
  'The ministry added that its embassy remained open and urged citizens in the region to register with it.',
  'Diplomats expect an emergency session of the security council to be convened early next week.',
].join('\n\n');

describe('MinHash near-duplicate detection', () => {
  const cases: [string, string, boolean][] = [
    ['the same story with a different headline and footer', `Border crisis deepens\n\n${story}\n\nShare this article. Follow us on X.`, true],
    ['the same story with one sentence reworded', story.replace('Thousands of residents have fled', 'Many thousands of people have left'), true],
    ['the same story in different spacing and case', story.toUpperCase().replace(/\n\n/g, ' '), true],
    ['a different story on the same topic', story.split('\n\n').reverse().map((p) => p.split(' ').reverse().join(' ')).join('\n\n'), false],
    ['half of the story', story.split('\n\n').slice(0, 2).join('\n\n'), false],
  ];
  const base = signature(story)!;
  it.each(cases)('%s', (_name, other, near) => {
    const s = similarity(base, signature(other)!);
    expect(s >= NEAR_DUPLICATE_THRESHOLD).toBe(near);
    if (near) expect(bands(base).some((b) => bands(signature(other)!).includes(b))).toBe(true);
  });

  it('is deterministic and survives encoding', () => {
    expect(signature(story)).toEqual(base);
    expect(decodeSignature(encodeSignature(base))).toEqual(base);
    expect(signature('')).toBeNull();
    expect(signature('…   —')).toBeNull();
  });

  // Databases keep the signatures of stored documents and compare new documents with them: a change in
  // how a signature is computed would silently stop finding duplicates of everything stored before.
  it.each([
    ['One two three four five six seven.', [1755147176, 2587845307, 24216332, 2235740908]],
    ['Ünïcödé wörds, 𝒳 and ŝ — "quoted" 42 times', [2135625302, 346226452, 1597920186, 416183259]],
    ['short', [1057339882, 918452722, 132705560, 2039435268]],
  ])('gives %j the signature earlier versions stored', (text, expected) => {
    const s = signature(text)!;
    expect([s[0], s[1], s[31], s[63]]).toEqual(expected);
  });
});

function st(text: string, speaker: string | null): Statement {
  return {
    id: 'st_x',
    kind: 'direct',
    content: { text, start: 0, end: text.length },
    cue: null,
    speaker: speaker ? { text: speaker, start: 0, end: speaker.length, name: speaker, type: 'person' } : null,
    role: null,
    actor: null,
    channel: null,
    saidOn: null,
    event: null,
    targets: [],
    stance: 'unknown',
    confidence: 1,
    evidence: {},
  };
}

describe('statement key: the same statement reported by several outlets', () => {
  const long = 'We call on both sides to exercise restraint and resolve the crisis through dialogue';
  const cases: [string, Statement, string | null, Statement, string | null, boolean][] = [
    ['same long quote, other quote marks and spacing', st(long, 'Balkhi'), null, st(`“${long.replace(/ /g, '  ')}.”`, 'Abdul Qahar Balkhi'), null, true],
    ['same long quote, different case', st(long, 'Balkhi'), null, st(long.toUpperCase(), null), null, true],
    ['same short quote, same speaker and day', st('We will not accept this', 'Macron'), '2022-02-24', st('"We will not accept this."', 'Macron'), '2022-02-24', true],
    ['same short quote, other speaker', st('We will not accept this', 'Macron'), '2022-02-24', st('We will not accept this', 'Scholz'), '2022-02-24', false],
    ['same short quote, other day', st('We will not accept this', 'Macron'), '2022-02-24', st('We will not accept this', 'Macron'), '2022-03-01', false],
    ['different long quotes', st(long, 'Balkhi'), null, st(`${long} and negotiations`, 'Balkhi'), null, false],
  ];
  it.each(cases)('%s', (_n, a, da, b, db, same) => {
    expect(statementKey(a, da) === statementKey(b, db)).toBe(same);
  });

  it('normalises text to lower-case words', () => {
    expect(normalizeText('“Café—au  LAIT,” he said.')).toBe('cafe au lait he said');
  });
});
