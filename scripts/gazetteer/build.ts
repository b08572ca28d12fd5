/**
 * `npm run gazetteer`: writes src/stages/actors/data/countries.json from maintained packages
 * (world-countries for names, demonyms and capitals; i18n-iso-countries for English name variants)
 * plus the curated additions in scripts/gazetteer/country-extras.json. Deterministic: same input, same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../../test/support/shared.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean;
  unMember: boolean;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

interface Extras {
  names: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  capitals: Record<string, string[]>;
  ambiguousCapitals: string[];
}

/** One country as the actors stage reads it. */
export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  /** Plural demonyms for the people ("Russians", "Afghans"). */
  peoples: string[];
  capitals: string[];
}

const require = createRequire(import.meta.url);
const world = require('world-countries') as WorldCountry[];
const isoCountries = require('i18n-iso-countries') as {
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  registerLocale(locale: unknown): void;
};
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const isoNames = isoCountries.getNames('en', { select: 'all' });
const extras = JSON.parse(readFileSync(join(projectRoot, 'scripts/gazetteer/country-extras.json'), 'utf8')) as Extras;

/** Latin-script variants only; the codebook forms "Korea, Republic of" read badly in running text. */
function usable(name: string): boolean {
  return /^[\p{Script=Latin}\s.'’()-]+$/u.test(name) && !name.includes(',') && name.length > 1 && !/\(/.test(name);
}

/** Bare two-letter codes ("RU", "AF") collide with ordinary words and initials: only curated ones are kept. */
function notBareCode(name: string, cca2: string): boolean {
  return name !== cca2;
}

// States that speak as governments in the news though not UN members (observers, partly recognised).
const SPEAKING_NON_MEMBERS = new Set(['PSE', 'VAT', 'TWN', 'UNK']);
const ambiguous = new Set(extras.ambiguousCapitals);

const entries: CountryEntry[] = world
  .map((c) => {
    const packaged = [c.name.common, c.name.official, ...c.altSpellings, ...(isoNames[c.cca2] ?? [])].filter((n) => notBareCode(n, c.cca2));
    const names = [...new Set([...packaged, ...(extras.names[c.cca3] ?? [])].filter(usable).map((n) => n.trim()))];
    const demonym = c.demonyms?.eng?.m;
    const speaks = c.unMember || SPEAKING_NON_MEMBERS.has(c.cca3);
    // Territories share demonyms with their states ("French" for the French Southern Territories): states only.
    const demonyms = speaks ? [...new Set([...(demonym ? [demonym] : []), ...(extras.demonyms[c.cca3] ?? [])])].filter(usable) : [];
    const capitals = speaks
      ? [...new Set([...(c.capital ?? []), ...(extras.capitals[c.cca3] ?? [])])].filter((x) => usable(x) && !ambiguous.has(x))
      : [];
    // "Russians", "Israelis": only demonyms that pluralise with -s (not "British", "Chinese", "Swiss").
    const peoples = demonyms.filter((d) => /(?:an|i|k|n)$/.test(d) && !/(?:ese|ish|ch|ss)$/.test(d) && !/[.]/.test(d) && d !== d.toUpperCase()).map((d) => `${d}s`);
    return { code: c.cca3, name: c.name.common, names, demonyms, peoples, capitals };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const out = join(projectRoot, 'src/stages/actors/data/countries.json');
writeFileSync(out, `${JSON.stringify({ generatedBy: 'scripts/gazetteer/build.ts', sources: ['world-countries', 'i18n-iso-countries', 'scripts/gazetteer/country-extras.json'], countries: entries }, null, 1)}\n`);
process.stdout.write(`wrote ${entries.length} countries to ${out}\n`);
