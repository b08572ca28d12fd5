/**
 * The gazetteer: data files in ./data compiled once into lookups. Countries come from
 * scripts/gazetteer/build.ts (generated from maintained packages); the rest are curated lists.
 */
import type { Actor } from '../../core/types.js';
import { buildTrie, scanTrie } from './trie.js';
import bodiesData from './data/bodies.json' with { type: 'json' };
import countriesData from './data/countries.json' with { type: 'json' };
import organizationsData from './data/organizations.json' with { type: 'json' };
import peopleData from './data/people.json' with { type: 'json' };
import seatsData from './data/seats.json' with { type: 'json' };
import titlesData from './data/titles.json' with { type: 'json' };

export type HitType = 'country' | 'demonym' | 'people' | 'capital' | 'seat' | 'org' | 'person' | 'body' | 'title';

/** One surface form and what it stands for. `actorAt` resolves time-dependent aliases. */
export interface Entry {
  readonly type: HitType;
  readonly surface: string;
  /** Null for bodies and titles: they speak for whatever country is named with them. */
  actorAt(day: string | null): Actor | null;
  /** Sector a body or title speaks for ('inherit' = that of the body named with it). */
  readonly sector: string | null;
  readonly label: string;
}

interface Period {
  from?: string;
  to?: string;
  code?: string;
  name?: string;
  sector?: string;
}

function inPeriod(day: string | null, p: { from?: string; to?: string }): boolean {
  if (!day) return !p.to; // unknown date: the current (open-ended) office or alias
  return (!p.from || day >= p.from) && (!p.to || day < p.to);
}

const countryNames = new Map<string, string>();
for (const c of countriesData.countries) countryNames.set(c.code, c.name);

/** The display name of a country code ("RUS" → "Russia"), or the code itself. */
export function countryName(code: string): string {
  return countryNames.get(code) ?? code;
}

/** A state actor for a country code: `{ name: 'Russia', code: 'RUS', country: 'RUS', sector }`. */
export function stateActor(code: string, sector: string | null): Actor {
  return { name: countryName(code), code, country: code, sector };
}

function fixed(actor: Actor): (day: string | null) => Actor {
  return () => actor;
}

function buildEntries(): Entry[] {
  const out: Entry[] = [];
  for (const c of countriesData.countries) {
    const add = (type: HitType, surface: string, sector: string | null) =>
      out.push({ type, surface, actorAt: fixed(stateActor(c.code, sector)), sector, label: c.name });
    for (const n of c.names) add('country', n, null);
    for (const n of c.demonyms) add('demonym', n, null);
    for (const n of c.peoples) add('people', n, 'CVL');
    for (const n of c.capitals) add('capital', n, 'GOV');
  }
  for (const s of seatsData.seats) {
    for (const n of s.names) out.push({ type: 'seat', surface: n, actorAt: fixed(stateActor(s.country, s.sector)), sector: s.sector, label: n });
  }
  for (const o of organizationsData.organizations as {
    code: string;
    name: string;
    sector: string;
    country?: string;
    names: string[];
    periods?: Period[];
  }[]) {
    const base: Actor = { name: o.name, code: o.code, country: o.country ?? null, sector: o.sector };
    const actorAt = (day: string | null): Actor => {
      const p = o.periods?.find((x) => inPeriod(day, x) && day !== null) ?? (day === null ? o.periods?.find((x) => !x.to) : undefined);
      return p ? { name: p.name ?? base.name, code: p.code ?? base.code, country: base.country, sector: p.sector ?? base.sector } : base;
    };
    for (const n of o.names) out.push({ type: 'org', surface: n, actorAt, sector: o.sector, label: o.name });
  }
  const byName = new Map<string, (typeof peopleData.people)[number][]>();
  for (const p of peopleData.people) for (const n of p.names) byName.set(n, [...(byName.get(n) ?? []), p]);
  for (const [n, offices] of byName) {
    const actorAt = (day: string | null): Actor | null => {
      const o = offices.find((x) => inPeriod(day, x as Period));
      if (!o) return null;
      return o.code.length === 3 && countryNames.has(o.code) ? stateActor(o.code, o.sector) : { name: o.code, code: o.code, country: null, sector: o.sector };
    };
    out.push({ type: 'person', surface: n, actorAt, sector: null, label: offices[0]!.role });
  }
  for (const b of bodiesData.bodies) for (const n of b.names) out.push({ type: 'body', surface: n, actorAt: () => null, sector: b.sector, label: b.label });
  for (const t of titlesData.titles) for (const n of t.names) out.push({ type: 'title', surface: n, actorAt: () => null, sector: t.sector, label: n });
  return out;
}

/** The role an office holder from people.json held on `day` ("foreign minister"), or null. */
export function officeRole(name: string, day: string | null): string | null {
  const o = peopleData.people.find((p) => p.names.includes(name) && inPeriod(day, p as Period));
  return o?.role ?? null;
}

export interface Gazetteer {
  /** Case-sensitive names: countries, demonyms, capitals, seats, organisations, people (the definition `scan` follows). */
  readonly names: RegExp;
  /** Case-insensitive generic bodies and titles. */
  readonly generic: RegExp;
  lookup(surface: string, caseInsensitive: boolean): readonly Entry[];
  /** The same matches as `names` and `generic`, found through tries (see trie.ts). */
  scan(text: string, caseInsensitive: boolean): { index: number; text: string }[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(surfaces: string[]): string {
  return [...new Set(surfaces)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

let compiled: Gazetteer | null = null;

/** The compiled gazetteer (built on first use, then shared: it is immutable). */
export function gazetteer(): Gazetteer {
  if (compiled) return compiled;
  const entries = buildEntries();
  const exact = new Map<string, Entry[]>();
  const folded = new Map<string, Entry[]>();
  for (const e of entries) {
    const generic = e.type === 'body' || e.type === 'title';
    const map = generic ? folded : exact;
    const key = generic ? e.surface.toLowerCase() : e.surface;
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  // Word boundaries by Unicode letters/digits, so "US" never matches inside "USSR" and "Kyiv" not in "Kyivstar".
  const wrap = (alt: string) => `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`;
  const exactTrie = buildTrie(exact.keys(), false);
  const foldedTrie = buildTrie(folded.keys(), true);
  compiled = {
    scan: (text, ci) => scanTrie(text, ci ? foldedTrie : exactTrie),
    names: new RegExp(wrap(alternation([...exact.keys()])), 'gu'),
    generic: new RegExp(wrap(alternation([...folded.keys()])), 'giu'),
    lookup: (surface, ci) => (ci ? folded.get(surface.toLowerCase()) : exact.get(surface)) ?? [],
  };
  return compiled;
}
