/**
 * Synthetic extractions for benchmarks: documents of ten statements each, with speakers, actors,
 * targets, stances, CAMEO codes and dates drawn from fixed pools by a seeded generator, so a
 * database of any size is the same on every run. Variations of the shape real extractions have;
 * no dataset text is used.
 */
import { createHash } from 'node:crypto';
import type { Actor, Extraction, Stance, Statement } from '../../src/core/types.js';

const COUNTRIES = 'AFG ALB DZA ARG ARM AUS AUT AZE BGD BLR BEL BRA BGR CAN CHL CHN COL HRV CUB CZE DNK EGY EST ETH FIN FRA GEO DEU GRC HUN IND IDN IRN IRQ IRL ISR ITA JPN KAZ KEN PRK KOR LVA LTU MEX MDA MAR NLD NZL NGA NOR PAK PER PHL POL PRT QAT ROU RUS SAU SRB SGP SVK ZAF ESP SWE CHE SYR TWN TUR UKR ARE GBR USA VEN VNM'.split(' ');
const IGOS = ['UNO', 'NATO', 'EUR', 'OSCE', 'AU', 'ASEAN', 'G7'];
const FIRST = 'Amir Anna Carlos Chen Dmitri Elena Fatima Hans Ines Jean Kenji Lena Maria Mohammed Olga Pedro Priya Rafael Sara Tomas Yusuf Zhang'.split(' ');
const LAST = 'Abbas Bauer Costa Dubois Ershov Fischer Garcia Haddad Ivanova Jensen Kim Lopez Moreau Novak Okafor Petrov Quinn Rossi Sato Tanaka Umarov Varga Weber Xu Yilmaz Zuev'.split(' ');
const ROLES = ['foreign minister', 'spokesman', 'spokeswoman', 'president', 'prime minister', 'ambassador', 'defence minister', 'envoy'];
const EVENTS: [string, string, string][] = [
  ['010', 'STATEMENT', 'Make statement'],
  ['012', 'STATEMENT', 'Make pessimistic comment'],
  ['013', 'STATEMENT', 'Make optimistic comment'],
  ['020', 'REQUEST', 'Make an appeal or request'],
  ['027', 'REQUEST', 'Appeal to others to settle dispute'],
  ['036', 'COOPERATE', 'Express intent to meet or negotiate'],
  ['043', 'CONSULT', 'Host a visit'],
  ['051', 'COOPERATE', 'Praise or endorse'],
  ['057', 'COOPERATE', 'Sign formal agreement'],
  ['111', 'DISAPPROVE', 'Criticize or denounce'],
  ['112', 'DISAPPROVE', 'Accuse'],
  ['130', 'THREATEN', 'Threaten'],
  ['163', 'REDUCE', 'Impose embargo, boycott, or sanctions'],
];
const WORDS =
  'ceasefire sanctions talks negotiations invasion sovereignty humanitarian corridor restraint dialogue peace security aggression troops border civilians refugees energy grain exports violation international law support solidarity condemn urge demand resolve crisis escalation diplomacy summit agreement withdrawal occupation referendum elections reconstruction aid weapons nuclear threat stability cooperation partnership embassy evacuation investigation accountability justice tribunal casualties infrastructure shelling missile drones pipeline gas oil prices inflation markets blockade port shipping ports corridor'.split(
    ' ',
  );
const STANCES: Stance[] = ['critical', 'critical', 'neutral', 'neutral', 'supportive', 'unknown'];

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function actorOf(code: string): Actor {
  const igo = IGOS.includes(code);
  return { name: `Actor ${code}`, code, country: igo ? null : code, sector: igo ? 'IGO' : 'GOV' };
}

/** Document number `n` (0-based) of the synthetic corpus; deterministic in `n`. */
export function syntheticExtraction(n: number, statementsPerDocument = 10): Extraction {
  const r = rng(n * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // A skew toward a few targets, as in real reaction coverage.
  const target = () => (r() < 0.5 ? pick(['RUS', 'UKR']) : r() < 0.5 ? pick(['USA', 'CHN', 'ISR', 'IRN', 'NATO']) : pick(COUNTRIES));
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(r() * 730) * 86_400_000).toISOString().slice(0, 10);
  let text = '';
  const parts: { start: number; end: number; quote: string; speaker: { start: number; end: number; name: string }; cue: { start: number; end: number }; a: Actor; role: string }[] = [];
  for (let i = 0; i < statementsPerDocument; i++) {
    const a = actorOf(r() < 0.1 ? pick(IGOS) : pick(COUNTRIES));
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const role = pick(ROLES);
    const quote = Array.from({ length: 8 + Math.floor(r() * 12) }, () => pick(WORDS)).join(' ');
    const speakerStart = text.length;
    text += `${name}, ${role}, said: "`;
    const start = text.length;
    text += `${quote}."\n\n`;
    parts.push({ start, end: start + quote.length + 1, quote: `${quote}.`, speaker: { start: speakerStart, end: speakerStart + name.length, name }, cue: { start: start - 7, end: start - 3 }, a, role });
  }
  text = text.trimEnd();
  const id = `sha256:${createHash('sha256').update(`synthetic:${n}`).digest('hex')}`;
  const statements: Statement[] = parts.map((p, i) => {
    const event = pick(EVENTS);
    const stance = pick(STANCES);
    const t1 = target();
    const targets = r() < 0.3 ? [t1, target()].filter((c, j, xs) => xs.indexOf(c) === j) : [t1];
    return {
      id: `st_syn_${n}_${i}`,
      kind: r() < 0.7 ? 'direct' : 'mixed',
      content: { text: p.quote, start: p.start, end: p.end },
      cue: { text: 'said', ...p.cue },
      speaker: { text: p.speaker.name, ...p.speaker, type: 'person' },
      role: p.role,
      actor: p.a,
      channel: null,
      saidOn: { date: day, precision: 'day', basis: 'publication date', fallback: true },
      event: { cameo: event[0], plover: event[1], label: event[2] },
      targets: targets.map((c) => ({ ...actorOf(c), stance })),
      stance,
      confidence: 0.8,
      evidence: {},
    };
  });
  return {
    document: { id, source: `synthetic/${n}.txt`, url: null, title: `Synthetic story ${n}`, publishedAt: day, publishedAtBasis: 'header', outlet: 'Synthetic Wire', authors: [], language: 'en', text, removed: [] },
    statements,
  };
}
