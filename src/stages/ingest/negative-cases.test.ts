/** Malformed input for every reader: a coded failure for the bad part, and the rest still goes in. */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readJsonl } from './read-jsonl.js';
import { readSources } from './read-files.js';
import { collect, httpResponse, tempDir, warcRecord } from './test-support.js';

/** `size` bytes of one line without a newline, produced lazily (never held in memory). */
async function* hugeLine(size: number, before: string, after: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(before);
  const block = Buffer.alloc(1024 * 1024, 0x61);
  for (let sent = 0; sent < size; sent += block.length) yield block;
  yield Buffer.from(after);
}

describe('malformed input', () => {
  it('truncated gzip: the file is a coded failure and the next file goes in', async () => {
    const whole = gzipSync('<p>' + 'The minister said talks would resume. '.repeat(2000) + '</p>');
    const dir = tempDir({ 'a.html.gz': whole.subarray(0, whole.length >> 1), 'b.txt': 'Fine.' });
    const { failures, bodies } = await collect(readSources([dir]));
    expect(failures.map((f) => f.code)).toEqual(['INGEST_MALFORMED_CONTAINER']);
    expect(bodies).toEqual(['Fine.']);
  });

  it('truncated gzipped JSONL: the records before the cut go in, then a coded failure', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: `Story ${i} ${'word '.repeat(50)}` })).join('\n');
    const gz = gzipSync(lines);
    const dir = tempDir({ 'd.jsonl.gz': gz.subarray(0, Math.floor(gz.length * 0.6)) });
    const { docs, failures } = await collect(readSources([dir]));
    expect(docs.length).toBeGreaterThan(10);
    expect(docs.length).toBeLessThan(400);
    expect(failures.map((f) => f.code)).toEqual(['INGEST_MALFORMED_CONTAINER']);
  });

  it('truncated WARC and WARC.gz: records before the cut go in, then a coded failure', async () => {
    const recs = [1, 2, 3].map((n) => warcRecord('response', `https://x.test/${n}`, httpResponse(`<p>Story ${n} ${'x'.repeat(3000)}</p>`)));
    const plain = Buffer.concat(recs);
    const gz = Buffer.concat(recs.map((r) => gzipSync(r)));
    const dir = tempDir({ 'a.warc': plain.subarray(0, recs[0]!.length + recs[1]!.length + 100), 'b.warc.gz': gz.subarray(0, gz.length - 40) });
    const { docs, failures } = await collect(readSources([dir]));
    expect(docs.map((d) => d.source)).toEqual(['https://x.test/1', 'https://x.test/2', 'https://x.test/1', 'https://x.test/2']);
    expect(failures.map((f) => f.code)).toEqual(['INGEST_MALFORMED_CONTAINER', 'INGEST_MALFORMED_CONTAINER']);
  });

  it('garbage that is not WARC is refused with a code', async () => {
    const dir = tempDir({ 'x.warc': 'this is not a warc file\r\n\r\nat all' });
    const { docs, failures } = await collect(readSources([dir]));
    expect(docs).toEqual([]);
    expect(failures.map((f) => f.code)).toEqual(['INGEST_MALFORMED_CONTAINER']);
  });

  it('CSV with broken quoting: the bad rows are coded failures, the good rows go in', async () => {
    const csv = ['title,text', 'A,First good row.', 'B,"Bad "quote" inside",x', 'C,Second good row.', 'D,"never closed'].join('\n');
    const dir = tempDir({ 'b.csv': csv });
    const { bodies, failures } = await collect(readSources([dir]));
    expect(bodies).toEqual(['First good row.', 'Second good row.']);
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(new Set(failures.map((f) => f.code))).toEqual(new Set(['INGEST_MALFORMED_CONTAINER']));
  });

  it('an XML bomb (billion laughs) is refused without expanding anything; other feeds go in', async () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
    const external = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&xxe;</description></item></channel></rss>`;
    const good = '<rss><channel><item><description>Fine item.</description></item></channel></rss>';
    const dir = tempDir({ 'a-bomb.xml': bomb, 'b-xxe.rss': external, 'c-good.rss': good });
    const { bodies, failures } = await collect(readSources([dir]));
    expect(failures.map((f) => [f.code, f.source.slice(dir.length + 1)])).toEqual([
      ['INGEST_UNSAFE_XML', 'a-bomb.xml'],
      ['INGEST_UNSAFE_XML', 'b-xxe.rss'],
    ]);
    expect(bodies).toEqual(['Fine item.']);
  });

  it('a feed with an undeclared entity keeps it as text instead of failing', async () => {
    const dir = tempDir({ 'f.rss': '<rss><channel><item><description>Tom &amp; Jerry &nbsp; &bogus;</description></item></channel></rss>' });
    const { bodies, failures } = await collect(readSources([dir]));
    expect(failures).toEqual([]);
    expect(bodies[0]).toContain('Tom & Jerry');
  });

  it('a 1 GB JSONL line without newline is skipped with a code in bounded memory; the next line goes in', async () => {
    const gen = hugeLine(1024 ** 3, '{"text":"before"}\n{"text":"', '"}\n{"text":"after"}\n');
    const { bodies, failures } = await collect(readJsonl(gen, 'big.jsonl', 32 * 1024 * 1024));
    expect(bodies).toEqual(['before', 'after']);
    expect(failures.map((f) => [f.code, f.source])).toEqual([['INGEST_TOO_LARGE', 'big.jsonl#line=2']]);
  }, 120_000);

  it('a 1 GB line at the end of a file without any newline is skipped with a code', async () => {
    const gen = hugeLine(1024 ** 3, '{"text":"first"}\n', '');
    const { bodies, failures } = await collect(readJsonl(gen, 'tail.jsonl', 32 * 1024 * 1024));
    expect(bodies).toEqual(['first']);
    expect(failures.map((f) => f.code)).toEqual(['INGEST_TOO_LARGE']);
  }, 120_000);

  it('invalid UTF-8 and invalid JSON lines are coded failures; the others go in', async () => {
    const bad = Buffer.concat([Buffer.from('{"text":"ok 1"}\n{"text":"caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"}\n{not json}\n[1,2]\n{"text":"ok 2"}\n')]);
    const dir = tempDir({ 'u.jsonl': bad });
    const { bodies, failures } = await collect(readSources([join(dir, 'u.jsonl')]));
    expect(bodies).toEqual(['ok 1', 'ok 2']);
    expect(failures.map((f) => f.code)).toEqual(['DECODE_BAD_ENCODING', 'INGEST_MALFORMED_CONTAINER', 'INGEST_MALFORMED_CONTAINER']);
  });

  it('a Windows-1252 CSV (not UTF-8) is read as Windows-1252', async () => {
    const dir = tempDir({ 'w.csv': Buffer.from('title,text\nA,The president\x92s office said \x93no\x94.\n', 'latin1') });
    const { docs, bodies, failures } = await collect(readSources([dir]));
    expect(failures).toEqual([]);
    expect(bodies).toEqual(['The president’s office said “no”.']);
    expect(docs[0]!.hints?.charset).toBe('windows-1252');
  });

  it('a missing path and an unreadable URL are coded failures', async () => {
    const { failures } = await collect(readSources(['/nonexistent/file.txt', 'http://127.0.0.1:9/feed']));
    expect(failures.map((f) => f.code)).toEqual(['INGEST_NOT_FOUND', 'INGEST_UNREADABLE']);
  });
});
