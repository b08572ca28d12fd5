/**
 * Synthetic variations of real extractions for the store benchmarks: quotes are recombined halves of
 * sentences from the bundled public-domain VOA corpus, with speakers, actors, targets, stances,
 * events and dates drawn from realistic pools by a seeded generator (the same data every run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { Actor, Extraction, Stance } from '../../src/core/types.js';
import { buildExtraction, type QuoteSpec } from '../../test/support/build-extraction.js';
import { projectRoot } from '../../test/support/shared.js';

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Mohammed', 'Olena', 'Li', 'Carlos', 'Fatima', 'John', 'Sergei', 'Amina', 'Pierre', 'Yuki', 'Ahmed', 'Maria', 'David', 'Priya', 'Ivan', 'Grace', 'Omar', 'Elena', 'Kwame'];
const LAST = ['Kovalenko', 'Rahman', 'Chen', 'Garcia', 'Haddad', 'Smith', 'Ivanov', 'Okafor', 'Dubois', 'Tanaka', 'Hassan', 'Rossi', 'Cohen', 'Sharma', 'Petrov', 'Mensah', 'Novak', 'Silva', 'Kim', 'Balkhi'];
const CAMEO = ['010', '012', '013', '018', '020', '027', '036', '040', '042', '046', '050', '051', '057', '061', '111', '112', '120', '128', '130', '138', '172', '173', '190'];
const STANCES: Stance[] = ['supportive', 'critical', 'neutral', 'neutral', 'critical'];

export interface Pools {
  readonly sentences: readonly string[];
  readonly actors: readonly Actor[];
  readonly speakers: readonly { name: string; actor: Actor }[];
}

export function pools(seed = 1): Pools {
  const rows = readFileSync(join(projectRoot, 'data', 'demo', 'voa_stories.jsonl'), 'utf8').split('\n').filter(Boolean);
  const sentences = rows
    .flatMap((r) => (JSON.parse(r) as { text: string }).text.split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/["“”]/g, '').trim())
    .filter((s) => s.split(/\s+/).length >= 8 && s.length < 400);
  const names = countries.getNames('en');
  const codes = Object.keys(names).slice(0, 120);
  const actors: Actor[] = codes.map((a2) => {
    const a3 = countries.alpha2ToAlpha3(a2) ?? a2;
    return { name: names[a2]!, code: a3, country: a3, sector: 'GOV' };
  });
  actors.push({ name: 'Russia', code: 'RUS', country: 'RUS', sector: 'GOV' }, { name: 'Ukraine', code: 'UKR', country: 'UKR', sector: 'GOV' }, { name: 'NATO', code: 'NATO', country: null, sector: 'IGO' });
  const r = rng(seed);
  const speakers = Array.from({ length: 3000 }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? ` ${i}` : ''}`,
    actor: actors[Math.floor(r() * actors.length)]!,
  }));
  return { sentences, actors, speakers };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** One synthetic document with `perDoc` statements. */
export function syntheticExtraction(p: Pools, r: () => number, n: number, perDoc: number): Extraction {
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 2400) * 86_400_000).toISOString().slice(0, 10);
  const quotes: QuoteSpec[] = Array.from({ length: perDoc }, () => {
    const a = pick(r, p.sentences).split(/\s+/);
    const b = pick(r, p.sentences).split(/\s+/);
    const quote = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(' ');
    const sp = pick(r, p.speakers);
    const targets: [Actor, Stance][] = [];
    const nt = r() < 0.4 ? 0 : r() < 0.7 ? 1 : 2;
    for (let t = 0; t < nt; t++) {
      const target = r() < 0.3 ? p.actors[p.actors.length - 2 - Math.floor(r() * 2)]! : pick(r, p.actors);
      if (target.code !== sp.actor.code && !targets.some(([x]) => x.code === target.code)) targets.push([target, pick(r, STANCES)]);
    }
    return {
      quote,
      speaker: sp.name,
      actor: r() < 0.85 ? sp.actor : null,
      targets,
      stance: targets[0]?.[1] ?? (r() < 0.5 ? 'neutral' : 'unknown'),
      ...(r() < 0.7 && { saidOn: day }),
      ...(r() < 0.8 && { cameo: pick(r, CAMEO) }),
    };
  });
  return buildExtraction(`synthetic://doc/${n}`, day, quotes);
}
