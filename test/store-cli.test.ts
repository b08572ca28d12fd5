import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { GDELT_EVENT_COLUMNS } from '../src/cli/export-formats.js';
import { signature } from '../src/stages/dedup/minhash.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { AFG, buildExtraction, FRA, rawOf, RUS, UKR } from './support/build-extraction.js';

const ARTICLE =
  'The foreign minister said on Tuesday that the talks would resume next week in Geneva.\n\n' +
  '"We are ready to listen to every proposal," she told reporters after meeting her counterpart.\n\n' +
  'Officials from both countries have met three times since the border was closed in January.';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

async function seededDb(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'communique-cli-db-')), 'c.db');
  const store = await SqliteStore.open(db);
  const a = buildExtraction('https://news.test/a', '2022-02-26', [
    { quote: 'We call on both sides to exercise restraint and to resolve the crisis through dialogue', speaker: 'Abdul Qahar Balkhi', actor: AFG, targets: [[RUS, 'neutral'], [UKR, 'neutral']], saidOn: '2022-02-25', cameo: '027', stance: 'neutral' },
    { quote: 'The invasion is a flagrant violation of international law, and "it must end"', speaker: 'Emmanuel Macron', actor: FRA, targets: [[RUS, 'critical']], cameo: '112', stance: 'critical' },
  ]);
  await store.ingest([{ extraction: a, raw: rawOf(a), signature: signature(a.document.text)! }]);
  await store.close();
  return db;
}

describe('communique ingest', () => {
  it('ingests a directory, prints a summary, and a second run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-ingest-'));
    writeFileSync(join(dir, 'a.txt'), `date 2022-02-26\n${ARTICLE}`);
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify({ text: ARTICLE.replace('Tuesday', 'Monday'), published: '2022-02-27' })}\n{"oops":1}\n`);
    // The database sits in the directory being ingested: it is not read as a document.
    const db = join(dir, 'x.db');
    const io = capture();
    expect(await runCli(['ingest', dir, '--db', db, '--threads', '1'], io)).toBe(1);
    expect(io.stderr).toMatch(/INGEST_MALFORMED_CONTAINER .*b\.jsonl#line=2/);
    expect(io.stderr).toMatch(/ingested 2 new documents \(0 already present, 0 duplicates of others, 1 failed\)/);
    const again = capture();
    await runCli(['ingest', dir, '--db', db, '--threads', '1'], again);
    expect(again.stderr).toMatch(/ingested 0 new documents \(2 already present/);
    const stats = capture();
    expect(await runCli(['stats', '--db', db, '--json'], stats)).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 2, failures: 1 });
  });

  it('says so when a source holds nothing to ingest, and counts in the right number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-empty-'));
    const db = join(mkdtempSync(join(tmpdir(), 'communique-empty-db-')), 'x.db');
    const empty = capture();
    expect(await runCli(['ingest', dir, '--db', db, '--threads', '1'], empty)).toBe(0);
    expect(empty.stderr).toContain(`nothing to ingest: no documents found in ${dir}`);
    writeFileSync(join(dir, 'a.txt'), `date 2022-02-26\n${ARTICLE}`);
    const one = capture();
    expect(await runCli(['ingest', dir, '--db', db, '--threads', '1'], one)).toBe(0);
    // One summary line, in the singular, and no progress line repeating it.
    expect(one.stderr).toMatch(/^ingested 1 new document \(0 already present, 0 duplicates of others, 0 failed\) and \d+ new statements? /);
    expect(one.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('uses COMMUNIQUE_DB when --db is absent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-env-'));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const before = process.env.COMMUNIQUE_DB;
    process.env.COMMUNIQUE_DB = join(dir, 'env.db');
    try {
      await runCli(['ingest', join(dir, 'a.txt'), '--threads', '1', '--quiet'], capture());
      const io = capture();
      await runCli(['stats', '--json'], io);
      expect(JSON.parse(io.stdout).documents).toBe(1);
    } finally {
      if (before === undefined) delete process.env.COMMUNIQUE_DB;
      else process.env.COMMUNIQUE_DB = before;
    }
  });
});

describe('communique search / statements / show / actors / stats / export', () => {
  it('searches with filters and shows a statement with its evidence in context', async () => {
    const db = await seededDb();
    const io = capture();
    expect(await runCli(['search', 'restraint', '--db', db], io)).toBe(0);
    expect(io.stdout).toMatch(/^st_\w+ {2}2022-02-25 {2}Abdul Qahar Balkhi \(AFG\) → RUS, UKR {2}\[027 neutral\] {2}"We call on/);
    expect(io.stderr).toMatch(/1 of 1 statements/);
    const filtered = capture();
    await runCli(['statements', '--db', db, '--target', 'Russia', '--stance', 'critical', '--json'], filtered);
    const hits = filtered.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(hits.map((h) => h.statement.speaker.name)).toEqual(['Emmanuel Macron']);
    const show = capture();
    expect(await runCli(['show', hits[0].statement.id, '--db', db], show)).toBe(0);
    expect(show.stdout).toContain('Emmanuel Macron said: "»The invasion is a flagrant violation');
    expect(show.stdout).toMatch(/targets +Russia \[RUS\] critical/);
    const missing = capture();
    expect(await runCli(['show', 'st_missing', '--db', db], missing)).toBe(1);
    expect(missing.stderr).toMatch(/STORE_NOT_FOUND/);
    const bad = capture();
    expect(await runCli(['statements', '--db', db, '--stance', 'angry'], bad)).toBe(2);
  });

  it('refuses filters that cannot match, and says why a result is empty', async () => {
    const db = await seededDb();
    const event = capture();
    expect(await runCli(['search', 'restraint', '--event', 'REQEST', '--db', db], event)).toBe(2);
    expect(event.stderr).toMatch(/--event .*'REQEST' is invalid\. expected a CAMEO code prefix \(02, 027\) or a PLOVER category \(.*REQUEST/);
    const plover = capture();
    expect(await runCli(['statements', '--event', 'request', '--db', db], plover)).toBe(0);
    const range = capture();
    expect(await runCli(['export', '--since', '2022-03-01', '--until', '2022-02-01', '--db', db], range)).toBe(2);
    expect(range.stderr).toContain('--since 2022-03-01 is after --until 2022-02-01');
    const typo = capture();
    expect(await runCli(['statements', '--actor', 'Afghan', '--db', db], typo)).toBe(0);
    expect(typo.stderr).toBe('no statement matches; --actor "Afghan" is no actor\'s code or name (did you mean AFG (Afghanistan)?)\n');
    const unknown = capture();
    await runCli(['statements', '--target', 'Narnia', '--db', db], unknown);
    expect(unknown.stderr).toContain('--target "Narnia" is no actor\'s code or name (see `communique actors`)');
    const known = capture();
    await runCli(['statements', '--actor', 'France', '--stance', 'supportive', '--db', db], known);
    expect(known.stderr).toBe('no statement matches\n');
  });

  it('runs the reactions function over an ingested database with reactions --db', async () => {
    const db = await seededDb();
    const io = capture();
    expect(await runCli(['reactions', '--db', db, '--toward', 'RUS', '--json'], io)).toBe(0);
    const rows = JSON.parse(io.stdout) as { actor: { code: string }; position: Record<string, string> }[];
    expect(rows.map((r) => [r.actor.code, r.position.RUS]).sort()).toEqual([
      ['AFG', 'neutral'],
      ['FRA', 'critical'],
    ]);
    const both = capture();
    expect(await runCli(['reactions', 'x.txt', '--db', db], both)).toBe(2);
  });

  it('lists actors and prints the same stats twice', async () => {
    const db = await seededDb();
    const io = capture();
    await runCli(['actors', '--db', db], io);
    expect(io.stdout.split('\n')[0]).toMatch(/^AFG +Afghanistan +1 said +0 about {2}2022-02-25/);
    const a = capture();
    const b = capture();
    await runCli(['stats', '--db', db], a);
    await runCli(['stats', '--db', db], b);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/statements +2/);
  });

  it('exports JSONL, CSV and GDELT-ordered event TSV', async () => {
    const db = await seededDb();
    const jsonl = capture();
    await runCli(['export', '--db', db], jsonl);
    expect(jsonl.stdout.trim().split('\n')).toHaveLength(2);
    const csv = capture();
    await runCli(['export', '--format', 'csv', '--db', db, '--actor', 'FRA'], csv);
    const [header, row] = csv.stdout.trim().split('\n');
    expect(header!.split(',').slice(0, 4)).toEqual(['id', 'date', 'kind', 'speaker']);
    expect([header!.split(',').at(-1), row!.split(',').at(-1)]).toEqual(['speaker_named', 'true']);
    expect(row).toContain('"The invasion is a flagrant violation of international law, and ""it must end"""');
    const tsv = capture();
    await runCli(['export', '--format', 'events-tsv', '--db', db], tsv);
    const lines = tsv.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(lines[0]).toEqual([...GDELT_EVENT_COLUMNS]);
    expect(lines.every((l) => l.length === 61)).toBe(true);
    const col = (name: string, l: string[]) => l[GDELT_EVENT_COLUMNS.indexOf(name as (typeof GDELT_EVENT_COLUMNS)[number])];
    const afgToUkr = lines.find((l) => col('Actor2Code', l) === 'UKRGOV')!;
    expect([col('SQLDATE', afgToUkr), col('Actor1Code', afgToUkr), col('EventCode', afgToUkr), col('EventRootCode', afgToUkr), col('QuadClass', afgToUkr)]).toEqual([
      '20220225',
      'AFGGOV',
      '027',
      '02',
      '1',
    ]);
    expect(col('SOURCEURL', afgToUkr)).toBe('https://news.test/a');
    // DATEADDED is when the statement entered the record (its article, published the 26th), not when it was said.
    expect([col('GoldsteinScale', afgToUkr), col('DATEADDED', afgToUkr)]).toEqual(['4', '20220226000000']);
    const ids = lines.slice(1).map((l) => col('GLOBALEVENTID', l)!);
    expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('export --format events-tsv DATEADDED', () => {
  it('is the earliest publication among the documents that report the statement, whichever was ingested first', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'communique-dateadded-')), 'c.db');
    const store = await SqliteStore.open(db);
    const quote = { quote: 'We call on both sides to exercise restraint and to resolve the crisis through dialogue', speaker: 'Abdul Qahar Balkhi', actor: AFG, targets: [[RUS, 'neutral']] as const, saidOn: '2022-02-24', cameo: '027', stance: 'neutral' as const };
    for (const [source, published, extra] of [['https://late.test/a', '2022-03-02', 'Reported later.'], ['https://early.test/b', '2022-02-25', 'Reported first.']] as const) {
      const e = buildExtraction(source, published, [{ ...quote, targets: [...quote.targets] }], extra);
      await store.ingest([{ extraction: e, raw: rawOf(e), signature: signature(e.document.text)! }]);
    }
    await store.close();
    const tsv = capture();
    expect(await runCli(['export', '--format', 'events-tsv', '--no-header', '--db', db], tsv)).toBe(0);
    const [row, ...rest] = tsv.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rest).toEqual([]);
    const col = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => row![GDELT_EVENT_COLUMNS.indexOf(name)];
    expect([col('SQLDATE'), col('NumSources'), col('DATEADDED')]).toEqual(['20220224', '2', '20220225000000']);
  });
});

describe('read commands on a database that does not exist', () => {
  it.each([['stats'], ['search', 'ceasefire'], ['actors'], ['export', '--format', 'jsonl'], ['reactions', '--toward', 'RUS']])(
    '%s reports STORE_NOT_FOUND, exits 1 and creates nothing',
    async (...args) => {
      const db = join(mkdtempSync(join(tmpdir(), 'communique-nodb-')), 'typo.db');
      const io = capture();
      expect(await runCli([...args, '--db', db], io)).toBe(1);
      expect(io.stderr).toMatch(/STORE_NOT_FOUND/);
      expect(existsSync(db)).toBe(false);
    },
  );
});
