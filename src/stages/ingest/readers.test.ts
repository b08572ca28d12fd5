import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSources } from './read-files.js';
import { chunks, collect, httpResponse, tempDir, warcRecord } from './test-support.js';

const article = (n: number) => `<html><body><article><p>The minister said talks would resume, story ${n}.</p></article></body></html>`;

describe('readSources: files, directories, globs', () => {
  it('reads text with and without a date header, HTML and .html.gz, recursively in name order', async () => {
    const dir = tempDir({ 'a.txt': 'date 2022-02-26\nThe minister said no.', 'b.txt': 'No header here.', 'c.html': article(1), 'd.html.gz': gzipSync(article(2)) });
    const { docs, failures, bodies } = await collect(readSources([dir]));
    expect(failures).toEqual([]);
    expect(docs.map((d) => [d.source.slice(dir.length + 1), d.mediaType])).toEqual([
      ['a.txt', 'text/plain'],
      ['b.txt', 'text/plain'],
      ['c.html', 'text/html'],
      ['d.html.gz', 'text/html'],
    ]);
    expect(bodies[3]).toContain('story 2');
  });

  it('expands a glob that is not a path', async () => {
    const dir = tempDir({ 'x.html': article(1), 'y.txt': 'text', 'z.html': article(2) });
    const { docs } = await collect(readSources([join(dir, '*.html')]));
    expect(docs.map((d) => d.source.slice(dir.length + 1))).toEqual(['x.html', 'z.html']);
    const none = await collect(readSources([join(dir, '*.pdf')]));
    expect(none.failures.map((f) => f.code)).toEqual(['INGEST_NOT_FOUND']);
  });
});

describe('readSources: JSONL and CSV dumps', () => {
  it('maps well-known field names without flags', async () => {
    const dir = tempDir({
      'dump.jsonl': [
        JSON.stringify({ url: 'https://x.test/1', title: 'One', published: '2025-03-14 20:30:26Z', text: 'First story.' }),
        '',
        JSON.stringify({ link: 'https://x.test/2', headline: 'Two', date: 'Fri, 25 Feb 2022 10:00:00 GMT', body: 'Second story.' }),
      ].join('\n'),
    });
    const { docs, bodies } = await collect(readSources([dir]));
    expect(bodies).toEqual(['First story.', 'Second story.']);
    expect(docs[0]!.hints).toEqual({ url: 'https://x.test/1', title: 'One', publishedAt: '2025-03-14T20:30:26Z' });
    expect(docs[1]!.hints?.publishedAt).toBe('2022-02-25T10:00:00.000Z');
    expect(docs[1]!.source).toBe('https://x.test/2');
  });

  it('uses --text-field and friends when names are not obvious', async () => {
    const dir = tempDir({ 'd.csv': 'story_html,when,addr\n"<p>Hello, ""world"".</p>",2024-05-03,https://x.test/a\n' });
    const opts = { fields: { text: 'story_html', date: 'when', url: 'addr' } };
    const { docs, bodies } = await collect(readSources([join(dir, 'd.csv')], opts));
    expect(bodies).toEqual(['<p>Hello, "world".</p>']);
    expect(docs[0]!.hints).toMatchObject({ publishedAt: '2024-05-03', url: 'https://x.test/a' });
    const without = await collect(readSources([join(dir, 'd.csv')]));
    expect(without.failures[0]).toMatchObject({ code: 'INGEST_MALFORMED_CONTAINER' });
    expect(without.failures[0]!.message).toMatch(/--text-field/);
  });

  it('reads TSV and gzipped JSONL', async () => {
    const dir = tempDir({ 'a.tsv': 'title\ttext\nT\tTab separated.\n', 'b.jsonl.gz': gzipSync('{"text":"zipped"}\n') });
    expect((await collect(readSources([dir]))).bodies).toEqual(['Tab separated.', 'zipped']);
  });
});

describe('readSources: feeds', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>
    <item><title>One &amp; only</title><link>https://x.test/1</link><pubDate>Sat, 26 Feb 2022 09:00:00 GMT</pubDate>
      <description>Short.</description><content:encoded><![CDATA[<p>Full <b>body</b> one.</p>]]></content:encoded></item>
    <item><title>Two</title><link>https://x.test/2</link><description>&lt;p&gt;Only a description.&lt;/p&gt;</description></item>
  </channel></rss>`;
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:x</id>
    <entry><title>Entry</title><link rel="alternate" href="https://x.test/e"/><id>urn:e</id><updated>2024-01-02T03:04:05Z</updated>
      <content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>`;

  it('reads RSS 2.0 content:encoded, else the description, and Atom content', async () => {
    const dir = tempDir({ 'f.rss': rss, 'g.atom': atom });
    const { docs, bodies, failures } = await collect(readSources([dir]));
    expect(failures).toEqual([]);
    expect(bodies).toEqual(['<p>Full <b>body</b> one.</p>', '<p>Only a description.</p>', '<p>Atom body.</p>']);
    expect(docs[0]!.hints).toMatchObject({ title: 'One & only', url: 'https://x.test/1', publishedAt: '2022-02-26T09:00:00.000Z' });
    expect(docs[2]!.hints).toMatchObject({ url: 'https://x.test/e', publishedAt: '2024-01-02T03:04:05Z' });
  });

  it('reads a feed by URL from a local server, and follows links of items without content', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/feed') {
        res.setHeader('content-type', 'application/rss+xml');
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        res.end(`<rss><channel><item><title>P</title><link>${base}/page</link></item></channel></rss>`);
      } else {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(article(7));
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
      const followed = await collect(readSources([url], { followLinks: true }));
      expect(followed.bodies).toEqual([article(7)]);
      expect(followed.docs[0]!.hints).toMatchObject({ title: 'P', charset: 'utf-8' });
      const plain = await collect(readSources([url]));
      expect(plain.failures.map((f) => f.code)).toEqual(['CLEAN_NO_ARTICLE']);
    } finally {
      server.close();
    }
  });
});

describe('readSources: WARC', () => {
  const records = [
    warcRecord('warcinfo', 'urn:x', 'software: test\r\n'),
    warcRecord('request', 'https://x.test/a', 'GET /a HTTP/1.1\r\n\r\n'),
    warcRecord('response', 'https://x.test/a', httpResponse(article(1))),
    warcRecord('response', 'https://x.test/img.png', httpResponse('PNG', 'image/png')),
    warcRecord('response', 'https://x.test/b', httpResponse(article(2), 'text/html; charset=windows-1252')),
  ];

  it('yields the HTML responses of .warc and per-record .warc.gz', async () => {
    const dir = tempDir({ 'a.warc': Buffer.concat(records), 'b.warc.gz': Buffer.concat(records.map((r) => gzipSync(r))) });
    const { docs, failures } = await collect(readSources([dir]));
    expect(failures).toEqual([]);
    expect(docs.map((d) => d.source)).toEqual(['https://x.test/a', 'https://x.test/b', 'https://x.test/a', 'https://x.test/b']);
    expect(docs[1]!.hints).toMatchObject({ charset: 'windows-1252', url: 'https://x.test/b' });
  });

  it('sniffs WARC and JSONL on standard input', async () => {
    const warc = await collect(readSources(['-'], { stdin: chunks(Buffer.concat(records)) }));
    expect(warc.docs).toHaveLength(2);
    const jsonl = await collect(readSources(['-'], { stdin: chunks('{"text":"a"}\n', '{"text":"b"}\n') }));
    expect(jsonl.bodies).toEqual(['a', 'b']);
    const text = await collect(readSources(['-'], { stdin: chunks('date 2022-02-26\n', 'Plain text.') }));
    expect(text.bodies).toEqual(['date 2022-02-26\nPlain text.']);
  });
});
