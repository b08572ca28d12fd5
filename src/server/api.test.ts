import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtraction, FRA } from '../../test/support/build-extraction.js';
import { ACTORS, buildDoc, corpusExtractions, ingestItem } from '../../test/support/explorer-corpus.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ActorDetail, DocumentDetail, Facets, Page, ReactionsMatrix, StatementDetail, StatementHit, StoreStats, TimelinePoint } from './api-types.js';
import { createApp } from './app.js';

let store: SqliteStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await SqliteStore.open(':memory:');
  await store.ingest(corpusExtractions().map(ingestItem));
  app = createApp({ store, webRoot: null });
});
afterAll(async () => {
  await store.close();
});

async function get<T>(path: string): Promise<T> {
  const res = await app.request(path);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}

const speakers = (page: Page<StatementHit>) => page.items.map((h) => h.statement.speaker?.name);

describe('GET /api/statements', () => {
  const cases: [string, string, (string | undefined)[]][] = [
    ['full text', '?q=restraint', ['Hua Chunying']],
    ['speaker surname', '?speaker=Balkhi', ['Abdul Qahar Balkhi']],
    ['actor code', '?actor=FRA', ['Emmanuel Macron', 'Emmanuel Macron']],
    ['target and stance', '?target=RUS&stance=critical', ['Emmanuel Macron', 'Antonio Guterres']],
    ['event prefix', '?event=02&since=2022-02-25', ['Abdul Qahar Balkhi', 'Hua Chunying']],
    ['PLOVER category', '?event=COOPERATE', ['Emmanuel Macron']],
    ['date range on the date said', '?since=2022-02-27&until=2022-02-27', ['Jair Bolsonaro']],
  ];
  for (const [name, query, expected] of cases) {
    it(`filters by ${name}`, async () => {
      expect(speakers(await get(`/api/statements${query}`)).sort()).toEqual([...expected].sort());
    });
  }

  it('pages with a cursor through every statement exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<StatementHit> = await get(`/api/statements?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((h) => h.statement.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });
});

describe('statement and document detail', () => {
  it('gives a statement with evidence spans that point at the words in its source document', async () => {
    const [hit] = (await get<Page<StatementHit>>('/api/statements?speaker=Balkhi')).items;
    const detail = await get<StatementDetail>(`/api/statements/${encodeURIComponent(hit!.statement.id)}`);
    const { statement: s, document } = detail;
    const text = document.record.text;
    expect(text.slice(s.content.start, s.content.end)).toBe('dialogue and peaceful means.');
    expect(text.slice(s.evidence.saidOn!.start, s.evidence.saidOn!.end)).toBe('on Friday');
    expect(s.targets.map((t) => [t.code, t.stance])).toEqual([['RUS', 'neutral'], ['UKR', 'neutral']]);
    expect(document.removed.map((r) => r.reason)).toEqual(['header', 'script']);
    expect(detail.sources).toHaveLength(1);
  });

  it('lists documents and gives one with its statements in text order', async () => {
    const docs = await get<Page<{ id: string; source: string; statementCount: number }>>('/api/documents');
    const paris = docs.items.find((d) => d.source === 'corpus/paris-condemns.txt')!;
    expect(paris.statementCount).toBe(2);
    const detail = await get<DocumentDetail>(`/api/documents/${paris.id}`);
    expect(detail.statements.map((s) => s.speaker?.name)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
    expect(detail.statements[0]!.content.start).toBeLessThan(detail.statements[1]!.content.start);
  });
});

describe('one statement reported by two outlets', () => {
  it('is one search hit with two sources, and each document shows it at its own offsets', async () => {
    const copy = buildDoc({
      source: 'corpus/wire-copy.txt',
      title: 'Wire: France reacts',
      publishedAt: '2022-02-25',
      paragraphs: ['In a televised address, President Emmanuel Macron said on Thursday: "This attack is a grave violation of international law and Russia must stop it now."'],
      quotes: [{ content: 'This attack is a grave violation of international law and Russia must stop it now.', speaker: 'Emmanuel Macron', cue: 'said', actor: ACTORS.FRA, saidOn: ['2022-02-24', 'on Thursday'], targets: [[ACTORS.RUS, 'critical']], stance: 'critical' }],
    });
    const local = await SqliteStore.open(':memory:');
    await local.ingest([...corpusExtractions(), copy].map(ingestItem));
    const app2 = createApp({ store: local, webRoot: null });
    const hits = (await (await app2.request('/api/statements?q=grave%20violation')).json()) as Page<StatementHit>;
    expect(hits.items).toHaveLength(1);
    expect(hits.items[0]!.sourceCount).toBe(2);
    const detail = (await (await app2.request(`/api/statements/${hits.items[0]!.statement.id}`)).json()) as StatementDetail;
    expect(detail.sources.map((x) => x.source)).toEqual(['corpus/paris-condemns.txt', 'corpus/wire-copy.txt']);
    const wire = detail.sources[1]!;
    const doc = (await (await app2.request(`/api/documents/${wire.documentId}`)).json()) as DocumentDetail;
    const [st] = doc.statements;
    expect(doc.document.record.text.slice(st!.content.start, st!.content.end)).toBe('This attack is a grave violation of international law and Russia must stop it now.');
    expect(st!.content.start).not.toBe(detail.statement.content.start);
    await local.close();
  });
});

describe('aggregates', () => {
  it('lists actors with counts and the date range they spoke in', async () => {
    const actors = await get<Page<{ code: string; statements: number; firstDate: string | null; lastDate: string | null }>>('/api/actors');
    expect(actors.items.find((a) => a.code === 'FRA')).toMatchObject({ statements: 2, firstDate: '2022-02-24', lastDate: '2022-02-24' });
    const one = await get<ActorDetail>('/api/actors/AFG');
    expect(one.actor).toMatchObject({ code: 'AFG', statements: 1 });
    expect(one.timeline.map((p) => [p.date, p.count])).toEqual([['2022-02-25', 1]]);
    expect(one.toward.map((c) => [c.target, c.stance])).toEqual(expect.arrayContaining([['RUS', 'neutral'], ['UKR', 'neutral']]));
  });

  it('builds the reactions matrix: actors × targets with the stance per cell', async () => {
    const m = await get<ReactionsMatrix>('/api/reactions?toward=RUS,UKR');
    expect(m.targets.map((t) => t.code)).toEqual(['RUS', 'UKR']);
    const cell = (a: string, t: string) => m.cells.find((c) => c.actor === a && c.target === t);
    expect(cell('FRA', 'RUS')).toMatchObject({ stance: 'critical', total: 1 });
    expect(cell('FRA', 'UKR')).toMatchObject({ stance: 'supportive' });
    expect(cell('CHN', 'RUS')).toMatchObject({ stance: 'neutral' });
    expect(cell('UNO', 'UKR')).toBeUndefined();
  });

  it('counts statements per day per actor, facets and totals', async () => {
    const t = await get<{ items: TimelinePoint[] }>('/api/timeline?actors=FRA');
    expect(t.items).toEqual([expect.objectContaining({ date: '2022-02-24', actor: 'FRA', count: 2 })]);
    const f = await get<Facets>('/api/facets?target=RUS');
    expect(f.actors.map((a) => a.value).sort()).toEqual(['AFG', 'BRA', 'CHN', 'FRA', 'UNO']);
    const s = await get<StoreStats>('/api/stats');
    expect(s).toMatchObject({ documents: 5, statements: 6 });
  });
});

describe('POST /api/documents and /api/extract', () => {
  it('ingests a document (201), and the same one again changes nothing (200)', async () => {
    const body = JSON.stringify({ text: 'date 2022-03-02\nThe minister spoke to reporters about the talks.', source: 'api/test-1.txt' });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    const first = await app.request('/api/documents', init);
    expect(first.status).toBe(201);
    const answer = (await first.json()) as { documentId: string; documents: number };
    expect(answer.documents).toBe(1);
    const again = await app.request('/api/documents', init);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ documents: 0, skipped: 1, documentId: answer.documentId });
    const stored = await get<DocumentDetail>(`/api/documents/${answer.documentId}`);
    expect(stored.document.record.text).toBe('The minister spoke to reporters about the talks.');
    expect(stored.document.publishedAt).toBe('2022-03-02');
  });

  it('refuses a document the pipeline cannot read with its code, and counts the failure', async () => {
    const before = await get<StoreStats>('/api/stats');
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '  \n\n  ', source: 'api/empty.txt' }) });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('DECODE_EMPTY');
    const after = await get<StoreStats>('/api/stats');
    expect(after.failures).toBe(before.failures + 1);
    expect(after.documents).toBe(before.documents);
  });

  it('extracts an ad-hoc text into the contract without storing it', async () => {
    const before = await get<StoreStats>('/api/stats');
    const res = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'date 2022-02-26\nThe ministry said on Friday that the talks would resume next week in Geneva.', explain: true }),
    });
    expect(res.status).toBe(200);
    const out = (await res.json()) as { document: { publishedAt: string; text: string }; statements: unknown[]; trace: unknown[] };
    expect(out.document.publishedAt).toBe('2022-02-26');
    expect(out.document.text).toBe('The ministry said on Friday that the talks would resume next week in Geneva.');
    expect(Array.isArray(out.statements)).toBe(true);
    expect(out.trace.length).toBeGreaterThan(0);
    expect((await get<StoreStats>('/api/stats')).documents).toBe(before.documents);
  });

  it('extracts HTML with the URL and title given as hints', async () => {
    const res = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ html: '<html><body><p>The spokesman said the border was closed.</p></body></html>', url: 'https://news.example/a', published: '2022-02-01' }),
    });
    expect(res.status).toBe(200);
    const out = (await res.json()) as { document: { url: string | null; publishedAt: string | null; text: string } };
    expect(out.document.publishedAt).toBe('2022-02-01');
    expect(out.document.text).toContain('border was closed');
  });
});

describe('OpenAPI', () => {
  it('describes every endpoint with its parameters', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>('/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/statements', '/api/statements/{id}', '/api/reactions', '/api/extract', '/api/documents']));
    expect(doc.paths['/api/statements']!.get!.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'speaker', 'actor', 'target', 'event', 'stance', 'since', 'until', 'cursor']));
  });
});

describe('GET /api/speakers and /api/facets: named speakers apart from sources only described', () => {
  it('lists "analysts" under named=false and the unnamedSpeakers facet, never among the speakers', async () => {
    const local = await SqliteStore.open(':memory:');
    const e = buildExtraction('https://news.test/described', '2022-03-01', [
      { quote: 'the sanctions would take months to bite on the economy', speaker: 'Analysts', unnamed: true },
      { quote: 'the talks were unlikely to produce a ceasefire this month', speaker: 'analysts', unnamed: true },
      { quote: 'France will keep its embassy in Kyiv open for as long as it is safe', speaker: 'Emmanuel Macron', actor: FRA },
    ]);
    await local.ingest([ingestItem(e)]);
    const api = createApp({ store: local, webRoot: null });
    const json = async <T>(path: string) => (await (await api.request(path)).json()) as T;
    try {
      expect((await json<{ items: { name: string }[] }>('/api/speakers')).items.map((s) => s.name)).toEqual(['Emmanuel Macron']);
      expect((await json<{ items: { name: string; statements: number }[] }>('/api/speakers?named=false')).items).toEqual([{ name: 'analysts', actorCode: null, statements: 2 }]);
      const f = await json<Facets>('/api/facets');
      expect(f.speakers.map((v) => v.value)).toEqual(['Emmanuel Macron']);
      expect(f.unnamedSpeakers).toEqual([{ value: 'analysts', label: 'analysts', count: 2 }]);
      expect((await api.request('/api/speakers?named=maybe')).status).toBe(400);
    } finally {
      await local.close();
    }
  });
});
