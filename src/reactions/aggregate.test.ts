import { describe, expect, it } from 'vitest';
import type { Extraction, Stance, Statement } from '../core/types.js';
import { reactions, reactionsTable } from './aggregate.js';

function statement(id: string, actor: string, saidOn: string, cameo: string, targets: [string, Stance][], stance: Stance): Statement {
  return {
    id,
    kind: 'indirect',
    content: { text: `content ${id}`, start: 0, end: 9 },
    cue: { text: 'said', start: 0, end: 4 },
    speaker: { text: 'X', start: 0, end: 1, name: 'X', type: 'person' },
    role: null,
    actor: { name: actor, code: actor, country: actor, sector: 'GOV' },
    channel: null,
    saidOn: { date: saidOn, precision: 'day', basis: 'on Friday', fallback: false },
    event: { cameo, plover: null, label: `label ${cameo}` },
    targets: targets.map(([code, st]) => ({ name: code, code, country: code, sector: null, stance: st })),
    stance,
    confidence: 1,
    evidence: {},
  };
}

function doc(source: string, statements: Statement[]): Extraction {
  return {
    document: { id: source, source, url: null, title: null, publishedAt: null, publishedAtBasis: null, outlet: null, authors: [], language: 'en', text: '', removed: [] },
    statements,
  };
}

describe('reactions', () => {
  const docs = [
    doc('a.txt', [
      statement('1', 'AFG', '2022-02-25', '027', [['RUS', 'neutral'], ['UKR', 'neutral']], 'neutral'),
      statement('2', 'POL', '2022-02-24', '111', [['RUS', 'critical'], ['UKR', 'supportive']], 'critical'),
    ]),
    doc('b.txt', [
      statement('3', 'AFG', '2022-02-27', '0256', [['RUS', 'neutral'], ['UKR', 'neutral']], 'neutral'),
      statement('4', 'USA', '2022-02-24', '111', [['CHN', 'critical']], 'critical'),
    ]),
  ];

  it('groups statements by actor with position, first and latest dates, across documents', () => {
    const rows = reactions(docs, { toward: ['RUS', 'UKR'] });
    expect(rows.map((r) => r.actor.code)).toEqual(['POL', 'AFG']);
    const afg = rows.find((r) => r.actor.code === 'AFG')!;
    expect(afg.position).toEqual({ RUS: 'neutral', UKR: 'neutral' });
    expect(afg.summary).toBe('neutral toward RUS, UKR');
    expect([afg.firstSaid, afg.latestSaid]).toEqual(['2022-02-25', '2022-02-27']);
    expect(afg.statements.map((s) => s.source)).toEqual(['a.txt', 'b.txt']);
    expect(rows.find((r) => r.actor.code === 'POL')!.summary).toBe('critical toward RUS; supportive toward UKR');
  });

  it('leaves out actors that said nothing toward the chosen targets', () => {
    expect(reactions(docs, { toward: ['RUS'] }).some((r) => r.actor.code === 'USA')).toBe(false);
    expect(reactions(docs, { toward: [] }).some((r) => r.actor.code === 'USA')).toBe(true);
  });

  it('calls a position mixed when the statements disagree evenly', () => {
    const split = [doc('c.txt', [statement('5', 'TUR', '2022-03-01', '051', [['RUS', 'supportive']], 'supportive'), statement('6', 'TUR', '2022-03-02', '111', [['RUS', 'critical']], 'critical')])];
    expect(reactions(split, { toward: ['RUS'] })[0]!.position).toEqual({ RUS: 'mixed' });
  });

  it('prints a table with one row per actor and its statements beneath', () => {
    const table = reactionsTable(reactions(docs, { toward: ['RUS', 'UKR'] }));
    expect(table.split('\n')[0]).toMatch(/^actor\s+position\s+first\s+latest\s+statements$/);
    expect(table).toContain('2022-02-25  027  neutral');
    expect(table).toContain('X: "content 1"');
  });

  it('shows a direct quote in its own marks, not inside a second pair', () => {
    const direct = statement('7', 'FRA', '2022-02-24', '111', [['RUS', 'critical']], 'critical');
    const own = { ...direct, kind: 'direct' as const, content: { ...direct.content, text: '“Russia must stop this war.”' } };
    expect(reactionsTable(reactions([doc('d.txt', [own])], { toward: ['RUS'] }))).toContain('X: “Russia must stop this war.”\n');
  });
});
