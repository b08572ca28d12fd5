/**
 * The store contract: every backend runs these (src/store/sqlite, src/store/postgres).
 * Each test gets a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { signature } from '../../src/stages/dedup/minhash.js';
import { pools, rng, syntheticExtraction } from '../../scripts/bench/synthetic.js';
import { AFG, buildExtraction, FRA, rawOf, RUS, UKR } from './build-extraction.js';

const long1 = 'We call on both sides to exercise restraint and to resolve the crisis through dialogue';
const long2 = 'The invasion is a flagrant violation of international law and must end immediately';

function item(e: ReturnType<typeof buildExtraction>) {
  return { extraction: e, raw: rawOf(e), signature: signature(e.document.text) ?? undefined };
}

export interface ContractOptions {
  /** A second connection to the same database, as another process would hold; absent: say why in `noReopen`. */
  readonly reopen?: (store: Store) => Promise<Store>;
  readonly noReopen?: string;
}

export function storeContract(name: string, open: () => Promise<Store>, options: ContractOptions = {}): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const a = buildExtraction('a.txt', '2022-02-26', [
      { quote: long1, speaker: 'Abdul Qahar Balkhi', actor: AFG, targets: [[RUS, 'neutral'], [UKR, 'neutral']], saidOn: '2022-02-25', cameo: '027', stance: 'neutral' },
      { quote: long2, speaker: 'Emmanuel Macron', actor: FRA, targets: [[RUS, 'critical']], cameo: '112', stance: 'critical' },
    ]);

    it('stores a batch, and storing it again changes nothing', async () => {
      const first = await store.ingest([item(a)]);
      expect(first).toMatchObject({ documents: 1, statements: 2, skipped: 0 });
      const again = await store.ingest([item(a)]);
      expect(again).toMatchObject({ documents: 0, statements: 0, skipped: 1 });
      const s = await store.stats();
      expect(s).toMatchObject({ documents: 1, statements: 2, statementSources: 2, actors: 4 });
      expect(await store.hasIngested([rawOf(a), { source: 'other.txt', rawHash: 'x' }])).toEqual([true, false]);
    });

    it('stats: counts by kind and stance, and the first and last date said (undated statements count but have no date)', async () => {
      const indirect = { ...a, statements: a.statements.map((st, i) => (i === 1 ? { ...st, kind: 'indirect' as const } : st)) };
      const undated = buildExtraction('u.txt', null, [{ quote: long2.replace('immediately', 'at once'), actor: RUS, stance: 'supportive' }]);
      const later = buildExtraction('l.txt', '2023-05-01', [{ quote: long1.replace('dialogue', 'talks'), actor: UKR }]);
      await store.ingest([item(indirect), item(undated), item(later)]);
      expect(await store.stats()).toMatchObject({
        documents: 3,
        statements: 4,
        byKind: { direct: 3, indirect: 1 },
        byStance: { critical: 1, neutral: 1, supportive: 1, unknown: 1 },
        firstDate: '2022-02-25',
        lastDate: '2023-05-01',
      });
    });

    it('counts failures once per source, and forgets them when the source goes in', async () => {
      await store.recordFailures([{ source: 'a.txt', code: 'DECODE_EMPTY', message: 'empty' }, { source: 'b.txt', code: 'DECODE_EMPTY', message: 'empty' }]);
      await store.recordFailures([{ source: 'b.txt', code: 'CLEAN_NO_ARTICLE', message: 'no article' }]);
      expect((await store.stats()).failures).toBe(2);
      await store.ingest([item(a)]);
      expect((await store.stats()).failures).toBe(1);
    });

    it('finds statements by words, speaker surname, actor, target, event, stance and dates', async () => {
      await store.ingest([item(a)]);
      const q = async (f: Parameters<Store['searchStatements']>[0]) => (await store.searchStatements(f)).items.map((h) => h.statement.speaker?.name);
      expect(await q({ text: 'restraint dialogue' })).toEqual(['Abdul Qahar Balkhi']);
      expect(await q({ text: '"international law"' })).toEqual(['Emmanuel Macron']);
      expect(await q({ text: 'law restraint' })).toEqual([]);
      expect(await q({ speaker: 'balkhi' })).toEqual(['Abdul Qahar Balkhi']);
      expect(await q({ actor: 'france' })).toEqual(['Emmanuel Macron']);
      expect(await q({ actor: 'AFG' })).toEqual(['Abdul Qahar Balkhi']);
      expect((await q({ target: 'RUS' })).sort()).toEqual(['Abdul Qahar Balkhi', 'Emmanuel Macron']);
      expect(await q({ target: 'Ukraine' })).toEqual(['Abdul Qahar Balkhi']);
      expect(await q({ event: '02' })).toEqual(['Abdul Qahar Balkhi']);
      expect(await q({ stance: 'critical' })).toEqual(['Emmanuel Macron']);
      // saidOn wins over the publication date
      expect(await q({ until: '2022-02-25' })).toEqual(['Abdul Qahar Balkhi']);
      expect(await q({ since: '2022-02-26', until: '2022-02-26' })).toEqual(['Emmanuel Macron']);
      expect(await q({ text: 'AND OR NOT ("' })).toEqual([]);
      const docId = (await store.listDocuments({})).items[0]!.id;
      expect((await q({ documentId: docId })).sort()).toEqual(['Abdul Qahar Balkhi', 'Emmanuel Macron']);
      expect(await q({ documentId: docId, stance: 'critical' })).toEqual(['Emmanuel Macron']);
      expect(await q({ documentId: 'doc_unknown' })).toEqual([]);
      expect(await store.countStatements({ target: 'RUS' })).toBe(2);
      expect(await store.countStatements({ target: 'RUS' }, 1)).toBe(1);
      expect(await store.countStatements({ text: 'nothing-matches-this' })).toBe(0);
    });

    it('pages with a cursor through every statement exactly once, newest first', async () => {
      const docs = Array.from({ length: 7 }, (_, i) =>
        buildExtraction(`p${i}.txt`, `2022-03-0${i + 1}`, [
          { quote: `Statement number ${i} first of the day about the war and its consequences`, actor: RUS },
          { quote: `Statement number ${i} second of the day about peace talks and the negotiations`, actor: UKR },
        ]),
      );
      await store.ingest(docs.map(item));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<Store['searchStatements']>> = await store.searchStatements({ limit: 3, cursor });
        seen.push(...page.items.map((h) => h.statement.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(14);
      expect(new Set(seen).size).toBe(14);
      const dates = (await store.searchStatements({ limit: 14 })).items.map((h) => h.date);
      expect(dates).toEqual([...dates].sort().reverse());
      await expect(store.searchStatements({ cursor: 'garbage' })).rejects.toMatchObject({ code: 'STORE_BAD_QUERY' });
    });

    it('merges the same statement reported by two outlets into one statement with two sources', async () => {
      const b = buildExtraction('b.html', '2022-02-27', [{ quote: long2, speaker: 'Macron', actor: FRA, targets: [[RUS, 'critical']] }], 'A different article with other words around the same quotation.');
      await store.ingest([item(a)]);
      const r = await store.ingest([item(b)]);
      expect(r).toMatchObject({ documents: 1, statements: 0, merged: 1 });
      const hits = (await store.searchStatements({ text: 'flagrant' })).items;
      expect(hits).toHaveLength(1);
      expect(hits[0]!.sourceCount).toBe(2);
      const detail = await store.getStatement(b.statements[0]!.id);
      expect(detail?.sources.map((s) => s.source)).toEqual(['a.txt', 'b.html']);
      const fromB = detail!.sources[1]!;
      const doc = await store.getDocument(fromB.documentId);
      expect(doc!.record.text.slice(fromB.statement.content.start, fromB.statement.content.end)).toBe(long2);
    });

    it('marks an exact copy from another source as a duplicate', async () => {
      const copy = { ...a, document: { ...a.document, source: 'mirror/a.txt' } };
      const r = await store.ingest([item(a), item(copy)]);
      expect(r).toMatchObject({ documents: 2, duplicates: 1, statements: 2, merged: 2 });
      const docs = (await store.listDocuments({})).items;
      const mirror = docs.find((d) => d.source === 'mirror/a.txt')!;
      expect(mirror.duplicateOf).toBe(docs.find((d) => d.source === 'a.txt')!.id);
      expect(mirror.similarity).toBe(1);
    });

    it('marks a near-duplicate article from another outlet and merges its statements', async () => {
      const body = [
        'Officials met in the capital on Thursday to discuss the crisis.',
        'The talks lasted six hours and ended without agreement on the main points.',
        'Both delegations promised to meet again next week in a neutral country.',
        'Observers said the atmosphere had been tense but businesslike throughout.',
        'Aid agencies warned that supplies in the besieged towns would run out within days.',
        'The government accused its neighbour of massing troops along the northern border.',
        'Markets in the region fell sharply as investors weighed the risk of a wider war.',
        'Several embassies advised their citizens to leave the country while flights still operate.',
      ].join(' ');
      const x = buildExtraction('outlet-a/story', '2022-02-26', [{ quote: long2, speaker: 'Emmanuel Macron', actor: FRA }], `${body}Read more on our site.`);
      const y = buildExtraction('outlet-b/story', '2022-02-26', [{ quote: long2, speaker: 'Emmanuel Macron', actor: FRA }], `${body}Subscribe to our newsletter.`);
      const r = await store.ingest([item(x), item(y)]);
      expect(r).toMatchObject({ documents: 2, duplicates: 1, statements: 1, merged: 1 });
      const b = (await store.listDocuments({})).items.find((d) => d.source === 'outlet-b/story')!;
      expect(b.duplicateOf).not.toBeNull();
      expect(b.similarity).toBeGreaterThanOrEqual(0.8);
      expect(b.similarity).toBeLessThan(1);
    });

    it('shows a statement with its evidence in the source document', async () => {
      await store.ingest([item(a)]);
      const d = await store.getStatement(a.statements[0]!.id);
      expect(d).not.toBeNull();
      const { statement, document } = d!;
      expect(document.record.text.slice(statement.content.start, statement.content.end)).toBe(long1);
      expect(document.removed[0]?.reason).toBe('header');
      expect(await store.getStatement('st_nope')).toBeNull();
      expect(await store.getDocument('doc_nope')).toBeNull();
    });

    it('counts actors, builds the reactions matrix and the timeline', async () => {
      await store.ingest([item(a)]);
      const actors = (await store.listActors({})).items;
      expect(actors.find((x) => x.code === 'RUS')).toMatchObject({ statements: 0, targeted: 2 });
      expect(actors.find((x) => x.code === 'AFG')).toMatchObject({ statements: 1, firstDate: '2022-02-25', lastDate: '2022-02-25' });
      const m = await store.reactions({ toward: ['RUS', 'UKR'] });
      expect(m.actors.map((x) => x.code)).toEqual(['AFG', 'FRA']);
      expect(m.targets.map((x) => x.code)).toEqual(['RUS', 'UKR']);
      expect(m.cells.find((c) => c.actor === 'FRA' && c.target === 'RUS')).toMatchObject({ stance: 'critical', total: 1 });
      const t = await store.timeline({});
      expect(t).toEqual([
        { date: '2022-02-25', actor: 'AFG', count: 1, counts: { supportive: 0, critical: 0, neutral: 1, unknown: 0 } },
        { date: '2022-02-26', actor: 'FRA', count: 1, counts: { supportive: 0, critical: 1, neutral: 0, unknown: 0 } },
      ]);
      const f = await store.facets({});
      expect(f.targets[0]).toMatchObject({ value: 'RUS', count: 2 });
      expect(f.stances.map((s) => s.value).sort()).toEqual(['critical', 'neutral']);
    });

    it('ranks named speakers apart from sources it only describes ("analysts"), in speakers and facets', async () => {
      const described = (speaker: string, quote: string) => ({ quote, speaker, unnamed: true, actor: null });
      const e = buildExtraction('described.txt', '2022-03-01', [
        described('Analysts', 'the sanctions would take months to bite on the economy'),
        described('analysts', 'the talks were unlikely to produce a ceasefire this month'),
        described('analysts', 'the offensive had stalled north of the capital by then'),
        described('U.S. lawmakers', 'the aid bill would pass the Senate before the recess'),
        // A pronoun the resolver could not name is no description: listed with neither.
        described('she', 'the convoy had turned back at the border crossing'),
        { quote: 'France will keep its embassy in Kyiv open for as long as it is safe', speaker: 'Emmanuel Macron', actor: FRA },
      ]);
      await store.ingest([item(a), item(e)]);
      expect((await store.listSpeakers({})).map((s) => [s.name, s.statements])).toEqual([
        ['Emmanuel Macron', 2],
        ['Abdul Qahar Balkhi', 1],
      ]);
      // Grouped without case, shown as written.
      // (Which of "Analysts"/"analysts" shows depends on the database's collation.)
      const described_ = await store.listSpeakers({}, 20, { named: false });
      expect(described_.map((s) => [s.name.toLowerCase(), s.statements])).toEqual([['analysts', 3], ['u.s. lawmakers', 1]]);
      expect(described_[1]!.name).toBe('U.S. lawmakers');
      const f = await store.facets({});
      expect(f.speakers.map((v) => v.value)).toEqual(['Emmanuel Macron', 'Abdul Qahar Balkhi']);
      expect(f.unnamedSpeakers).toEqual([
        { value: 'analysts', label: 'analysts', count: 3 },
        { value: 'U.S. lawmakers', label: 'U.S. lawmakers', count: 1 },
      ]);
      // The description still finds its statements as a speaker filter.
      expect(await store.countStatements({ speaker: 'analysts' })).toBe(3);
    });

    it('answers the reactions matrix, timeline and actor counts from its running totals exactly as from the statements', async () => {
      const p = pools();
      const r = rng(7);
      const docs = Array.from({ length: 60 }, (_, i) => syntheticExtraction(p, r, i, 6));
      await store.ingest(docs.slice(0, 30).map(item));
      await store.ingest(docs.slice(20).map(item));
      // scope without text filters nothing but takes the path that groups the statements themselves.
      expect(await store.reactions({ toward: ['RUS', 'UKR'] })).toEqual(await store.reactions({ toward: ['RUS', 'UKR'], scope: 'quotes' }));
      expect(await store.reactions({})).toEqual(await store.reactions({ scope: 'quotes' }));
      expect(await store.timeline({ maxActors: 5 })).toEqual(await store.timeline({ maxActors: 5, scope: 'quotes' }));
      expect(await store.timeline({ since: '2020-01-01', until: '2021-06-30' })).toEqual(await store.timeline({ since: '2020-01-01', until: '2021-06-30', scope: 'quotes' }));
      const actors = (await store.listActors({ limit: 500 })).items;
      for (const a of actors.slice(0, 10)) {
        expect(a.statements).toBe(await store.countStatements({ actor: a.code }));
        expect(a.targeted).toBe(await store.countStatements({ target: a.code }));
      }
    });

    it('facets: with no filter, actors, targets and stance are counted over every statement even when the rest is sampled', async () => {
      const p = pools();
      const r = rng(11);
      // Just over the 5,000 statements that facets count whole.
      const docs = Array.from({ length: 860 }, (_, i) => syntheticExtraction(p, r, i, 6));
      await store.ingest(docs.map(item));
      const total = (await store.stats()).statements;
      const all = await store.facets({}, 5);
      expect(all.sampled).toBe(true);
      expect(all.sample!).toBeLessThan(total);
      expect(all.exact).toEqual(expect.arrayContaining(['actors', 'targets', 'stances']));
      expect(all.stances.reduce((n, v) => n + v.count, 0)).toBe(total);
      for (const v of all.actors) expect(v.count).toBe(await store.countStatements({ actor: v.value }));
      for (const v of all.targets) expect(v.count).toBe(await store.countStatements({ target: v.value }));
      // The top actors overall, not of the newest days.
      const top = (await store.listActors({ limit: 5 })).items.map((a) => a.statements);
      expect(all.actors.map((v) => v.count)).toEqual(top);
      // A filter small enough to count whole: not sampled, counts add up to the matches.
      const narrow = await store.facets({ actor: all.actors[0]!.value });
      expect(narrow.sampled).toBe(false);
      expect(narrow.sample).toBe(all.actors[0]!.count);
      expect(narrow.stances.reduce((n, v) => n + v.count, 0)).toBe(all.actors[0]!.count);
    }, 60_000);

    it('gives back every document as the extraction it came from', async () => {
      await store.ingest([item(a)]);
      const all = [];
      for await (const e of store.extractions()) all.push(e);
      expect(all).toEqual([a]);
    });

    it('finds articles by their text', async () => {
      await store.ingest([item(buildExtraction('x.txt', '2022-01-01', [], 'Negotiators met in Geneva on Tuesday.'))]);
      expect((await store.listDocuments({ text: 'geneva' })).items.map((d) => d.source)).toEqual(['x.txt']);
      expect((await store.listDocuments({ text: 'paris' })).items).toEqual([]);
    });

    it('keeps a document holding a NUL character, every offset where it was', async () => {
      const x = buildExtraction('nul.txt', '2022-03-01', [{ quote: long1, speaker: 'Abdul Qahar Balkhi', actor: AFG }], 'A stray\u0000byte from a broken export.');
      expect(await store.ingest([item(x)])).toMatchObject({ documents: 1, statements: 1 });
      const d = await store.getStatement(x.statements[0]!.id);
      expect(d!.document.record.text).toHaveLength(x.document.text.length);
      expect(d!.document.record.text.slice(d!.statement.content.start, d!.statement.content.end)).toBe(long1);
      expect((await store.searchStatements({ text: 'restraint' })).items).toHaveLength(1);
    });

    const reopenLabel = 'two writers at once (two connections, as two worker processes) store each document and each statement once';
    it.skipIf(!options.reopen)(options.reopen ? reopenLabel : `${reopenLabel} (skipped: ${options.noReopen ?? 'no second connection'})`, async () => {
      const p = pools();
      const r = rng(11);
      const docs = Array.from({ length: 40 }, (_, i) => syntheticExtraction(p, r, i, 6));
      // Exact copies from other sources: their statements must merge whichever writer stores them.
      const copies = docs.slice(0, 10).map((e) => ({ ...e, document: { ...e.document, source: `mirror/${e.document.source}` } }));
      const all = [...docs, ...copies];
      const twin = await options.reopen!(store);
      try {
        const halves = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1).reverse()];
        const batches = (xs: typeof all) => Array.from({ length: Math.ceil(xs.length / 5) }, (_, i) => xs.slice(i * 5, i * 5 + 5).map(item));
        await Promise.all([
          (async () => {
            for (const b of batches(halves[0]!)) await store.ingest(b);
          })(),
          (async () => {
            for (const b of batches(halves[1]!)) await twin.ingest(b);
          })(),
        ]);
      } finally {
        await twin.close();
      }
      const reference = await open();
      try {
        await reference.ingest(all.map(item));
        const [got, want] = [await store.stats(), await reference.stats()];
        expect(got).toEqual(want);
        expect(got.documents).toBe(50);
        expect(await store.reactions({})).toEqual(await reference.reactions({}));
      } finally {
        await reference.close();
      }
    });
  });
}
