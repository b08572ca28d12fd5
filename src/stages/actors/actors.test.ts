import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { actors } from './index.js';

function mentions(text: string, publishedAt: string | null = '2022-02-26') {
  return actors.run({ text, segments: segment.run({ text }, createContext()), publishedAt }, createContext());
}

function find(text: string, surface: string, publishedAt?: string | null) {
  return mentions(text, publishedAt).find((m) => m.text.includes(surface));
}

describe('actors: who a mention speaks for', () => {
  const cases: [string, string, string, string | null, string?][] = [
    // sentence, mention containing, code, sector, kind
    ['Russian Foreign Minister Sergei Lavrov said on Monday that talks were over.', 'Sergei Lavrov', 'RUS', 'GOV', 'person'],
    ['Afghanistan Ministry of Foreign Affairs spokesman Abdul Qahar Balkhi requested calm.', 'Balkhi', 'AFG', 'GOV', 'person'],
    ['The Taliban government in Afghanistan issued a statement.', 'Taliban government', 'AFG', 'GOV'],
    ['The Islamic Emirate calls for restraint.', 'Islamic Emirate', 'AFG', 'GOV'],
    ['Moscow said the drills were routine.', 'Moscow', 'RUS', 'GOV', 'country'],
    ['Officials in Kyiv rejected the claim.', 'Kyiv', 'UKR', 'GOV'],
    ['Beijing urged calm.', 'Beijing', 'CHN', 'GOV'],
    ['Washington has warned of sanctions.', 'Washington', 'USA', 'GOV'],
    ['The Kremlin denied it.', 'Kremlin', 'RUS', 'GOV'],
    ['The White House said it was monitoring.', 'White House', 'USA', 'GOV'],
    ['Downing Street declined to comment.', 'Downing Street', 'GBR', 'GOV'],
    ['The Elysee said Macron would call Putin.', 'Elysee', 'FRA', 'GOV'],
    ['The Pentagon said troops were on alert.', 'Pentagon', 'USA', 'MIL'],
    ['NATO Secretary General Jens Stoltenberg said allies stood united.', 'Stoltenberg', 'NATO', 'IGO', 'person'],
    ['The UN Security Council met on Friday.', 'UN Security Council', 'UNO', 'IGO'],
    ['The European Commission proposed sanctions.', 'European Commission', 'EUR', 'IGO'],
    ['The OSCE monitors reported shelling.', 'OSCE', 'OSCE', 'IGO'],
    ['The African Union called for a ceasefire.', 'African Union', 'AU', 'IGO'],
    ['The Ministry of Foreign Affairs of Ukraine issued a statement.', 'Ministry of Foreign Affairs of Ukraine', 'UKR', 'GOV'],
    ["Russia's defence ministry said the strikes hit depots.", 'defence ministry', 'RUS', 'MIL'],
    ['Russian troops crossed the border.', 'Russian troops', 'RUS', 'MIL'],
    ['German Chancellor Olaf Scholz stressed talks.', 'Olaf Scholz', 'DEU', 'GOV', 'person'],
    // A name with letters outside ASCII after a title (the name patterns are built as written for such a text).
    ['Hungarian Foreign Minister Péter Szijjártó said the deal was done.', 'Péter Szijjártó', 'HUN', 'GOV', 'person'],
    ["Ukraine's envoy to the UN spoke first.", 'envoy', 'UKR', 'GOV'],
    ['Putin said Russia would respond.', 'Putin', 'RUS', 'GOV', 'person'],
    ['Millions of Ukrainians have fled.', 'Ukrainians', 'UKR', 'CVL', 'group'],
    ['Troops massed in Eastern Ukraine, officials said.', 'Ukraine', 'UKR', null],
    ['Talks with Jordan resumed on Monday.', 'Jordan', 'JOR', null],
  ];
  it.each(cases)('%s → %s is %s %s', (text, surface, code, sector, kind) => {
    const m = find(text, surface);
    expect(m, JSON.stringify(mentions(text))).toBeDefined();
    expect(m!.actor?.code).toBe(code);
    expect(m!.actor?.sector).toBe(sector);
    if (kind) expect(m!.kind).toBe(kind);
  });

  it('takes the Taliban for an armed group before August 2021 and for the government of Afghanistan after', () => {
    expect(find('The Taliban said the talks would go on.', 'Taliban', '2019-06-01')?.actor).toMatchObject({ code: 'TAL', sector: 'REB' });
    expect(find('The Taliban said the talks would go on.', 'Taliban', '2022-02-26')?.actor).toMatchObject({ code: 'AFG', sector: 'GOV' });
  });

  it('resolves a later surname to the person named in full with a title', () => {
    const text = 'Afghan Foreign Ministry spokesman Abdul Qahar Balkhi spoke on Friday.\n\nBalkhi said more.';
    const later = mentions(text).filter((m) => m.text === 'Balkhi').pop();
    expect(later?.actor).toMatchObject({ code: 'AFG', sector: 'GOV' });
    expect(later?.basis).toBe('surname');
  });

  it('links "the ministry" to the ministry named with its country before', () => {
    const text = "Russia's defence ministry said the strikes hit depots. The ministry added that the pilots returned.";
    const later = mentions(text).find((m) => m.text === 'ministry');
    expect(later?.actor).toMatchObject({ code: 'RUS', sector: 'MIL' });
  });

  it('links a ministry\'s spokesperson to that ministry, not to the last spokesperson named', () => {
    const text =
      "Afghanistan's Ministry of Foreign Affairs called the claims baseless. \"We reject the allegations by the Pakistani army spokesperson,\" foreign ministry spokesperson Abdul Qahar Balkhi said.";
    const balkhi = mentions(text).find((m) => m.name === 'Abdul Qahar Balkhi');
    expect(balkhi?.actor).toMatchObject({ code: 'AFG', sector: 'GOV' });
    // With no ministry named before, the title alone still links to the last spokesperson.
    const only = 'The Pakistani army spokesperson spoke first. The spokesperson then added more.';
    expect(mentions(only).filter((m) => /spokesperson/.test(m.text)).map((m) => m.actor?.code)).toEqual(['PAK', 'PAK']);
  });

  it('links "the statement" to the actor that issued it', () => {
    const text = 'The Taliban government issued a statement on Friday. The statement called for restraint.';
    const docs = mentions(text).filter((m) => m.kind === 'document');
    expect(docs.map((d) => d.actor?.code)).toEqual(['AFG', 'AFG']);
  });

  it('marks "both parties" and "the two sides" as groups for the events stage to resolve', () => {
    const groups = mentions('It calls on both parties and the two sides to talk.').filter((m) => m.kind === 'group');
    expect(groups.map((g) => g.text)).toEqual(['both parties', 'the two sides']);
  });
});

describe('actors: a name set off by commas after a title, and a family name written first', () => {
  const text = 'The Kenyan foreign minister opened the fair on Monday. The foreign minister, Wanjiru Achieng, said exports rose. Later Mr. Wanjiru said prices would fall.';
  it('gives the appositive name the title’s actor, and "Mr." + the first name word the same person', () => {
    const all = mentions(text);
    expect(all.find((m) => m.name === 'Wanjiru Achieng' && m.text.startsWith('foreign minister'))?.actor?.code).toBe('KEN');
    expect(all.find((m) => m.text === 'Wanjiru' && m.basis === 'surname')).toMatchObject({ name: 'Wanjiru Achieng', actor: { code: 'KEN' } });
  });

  it.each([
    // no closing comma: not an apposition
    ['The foreign minister, Wanjiru Achieng said exports rose.'],
    // a clause opener after the comma is no name
    ['The foreign minister, On Monday, said exports rose.'],
  ])('%s: no name', (t) => {
    expect(mentions(t).some((m) => m.name === 'Wanjiru Achieng' || m.name === 'On Monday')).toBe(false);
  });
});
