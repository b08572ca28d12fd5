import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { actors } from './index.js';

function mentions(text: string) {
  return actors.run({ text, segments: segment.run({ text }, createContext()), publishedAt: '2022-02-26' }, createContext());
}

describe('actors: things that look like actors but are not', () => {
  it.each([
    ['She studied at Moscow State University.', 'Moscow'],
    ['He told us it was over.', 'us'],
    ['The president met reporters.', 'president'],
    ['A senior official spoke.', 'official'],
    ['Forces of nature shaped the valley.', 'Forces'],
    ['The bill was backed by Rep. Jim Jordan of Ohio.', 'Jordan'],
    ['Speaking to reporters, Chad Wolf said the border was secure.', 'Chad'],
    // an office holder's surname after another first name, or with "Jr.", is another member of the family
    ['Hunter Biden said the deal was bad.', 'Biden'],
    ['Joe Biden Jr. said the deal was bad.', 'Biden'],
    ['President Joe Biden met Hunter Biden, and Hunter Biden said little.', 'Hunter Biden'],
  ])('%s has no actor for "%s"', (text, surface) => {
    const hit = mentions(text).find((m) => m.text.includes(surface) && m.actor);
    expect(hit, JSON.stringify(mentions(text))).toBeUndefined();
  });

  it('reads the Washington Post as a newspaper, not the US government', () => {
    const m = mentions('The Washington Post reported the deal.').find((x) => x.text.includes('Washington'));
    expect(m?.actor?.sector).toBe('MED');
  });

  it('reads the Kyiv Independent as a newspaper, not Ukraine', () => {
    const m = mentions('The Kyiv Independent reported the strike.').find((x) => x.text.includes('Kyiv'));
    expect(m?.actor?.sector).toBe('MED');
  });

  it('does not take the French Southern Territories for France', () => {
    const m = mentions('The French president spoke.').find((x) => x.text.includes('French'));
    expect(m?.actor?.code).toBe('FRA');
  });

  it('does not turn "a resolution" into a document', () => {
    expect(mentions('They called for a resolution to the war.').some((m) => m.kind === 'document')).toBe(false);
  });
});

describe('actors: office holders by the date of the report', () => {
  it.each([
    ['2025-03-12', 'Trump said the talks went well.', 'Trump', 'USA'],
    ['2019-06-01', 'Trump said the talks went well.', 'Trump', 'USA'],
    ['2023-03-12', 'Trump said the talks went well.', 'Trump', null],
    ['2022-03-12', 'President Biden said the talks went well.', 'Biden', 'USA'],
  ])('%s: %s', (day, text, surface, code) => {
    const found = actors.run({ text, segments: segment.run({ text }, createContext()), publishedAt: day }, createContext());
    expect(found.find((m) => m.text.includes(surface) && m.actor)?.actor?.code ?? null).toBe(code);
  });
});
