import { describe, expect, it } from 'vitest';
import { findInlineCode, isCodeLine } from './code-detector.js';
import { classifyLine } from './line-rules.js';

// Code recognised by its shape (density of code tokens and constructs), whatever the vendor.
const CODE: readonly string[] = [
  '.article-body p { margin: 0 auto; font-size: 16px; }',
  'window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date());',
  '(adsbygoogle = window.adsbygoogle || []).push({});',
  'if (typeof window !== "undefined") { loadPlayer("abc"); }',
  '@media (max-width: 600px) { .x { display: none !important; } }',
  '[{"id":1,"name":"x"},{"id":2,"name":"y"}]',
  'player.render({ id: "a1b2", autoplay: false }); player.on("ready", () => player.mute());',
];

// Prose with punctuation that code also uses.
const PROSE: readonly string[] = [
  'The ratio was 3:1; the vote (a formality) passed as expected.',
  'Prices rose 5% (from $10 to $10.50); analysts said demand = supply.',
  'He wrote: "if (x) then y" in his notebook, the court heard.',
  'The function of the ministry, officials said, is to coordinate aid.',
  'U.S. Senator Lindsey Graham tweeted he was “tired of the s@#$%show surrounding who is going to send tanks”.',
];

describe('isCodeLine', () => {
  for (const l of CODE) it(`code: ${l.slice(0, 50)}`, () => expect(isCodeLine(l)).toBe(true));
  for (const l of PROSE) it(`prose: ${l.slice(0, 50)}`, () => expect(isCodeLine(l)).toBe(false));
  it('a line of leftover tags is markup', () => expect(classifyLine('<div class="ad-slot" id="div-gpt-ad-123"></div>')?.rule).toBe('markup line'));
});

describe('findInlineCode', () => {
  it('finds a loader glued between sentences, and nothing in plain prose', () => {
    const line = 'Talks ended. cnxps.cmd.push(function () { cnxps({ playerId: "x" }).render("y"); }); They resume Monday.';
    const [range] = findInlineCode(line);
    expect(line.slice(range![0], range![1])).toBe('cnxps.cmd.push(function () { cnxps({ playerId: "x" }).render("y"); });');
    for (const p of PROSE) expect(findInlineCode(p)).toEqual([]);
  });
});
