import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { feedBody } from './feed-body.js';
import { readSources } from './read-files.js';
import { collect, tempDir } from './test-support.js';

describe('feedBody: how a feed item body is cleaned', () => {
  it.each([
    ['plain prose', 'The minister said talks resume.', 'text/plain', 'The minister said talks resume.'],
    ['prose with a less-than sign', 'Turnout was < 40% in the north, officials said.', 'text/plain', 'Turnout was < 40% in the north, officials said.'],
    ['paragraph markup', '<p>One.</p><p>Two.</p>', 'text/html', '<p>One.</p><p>Two.</p>'],
    ['inline link only', 'Said <a href="https://x.test">Doe</a> today.', 'text/html', '<p>Said <a href="https://x.test">Doe</a> today.</p>'],
    ['line breaks only', 'First line.<br/>Second line.', 'text/html', '<p>First line.<br/>Second line.</p>'],
  ])('%s', (_name, text, mediaType, body) => {
    expect(feedBody(`  ${text}\n`)).toEqual({ body, mediaType });
  });
});

describe('feed items whose only content is a plain-text description or summary', () => {
  const said = 'The foreign minister, Jane Doe, said on Thursday that both sides must return to talks. "We call on Russia to stop the attack," Doe told reporters.';
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
    <item><title>Minister urges talks</title><link>https://x.test/r</link><pubDate>Fri, 25 Feb 2022 10:00:00 GMT</pubDate><description>${said}</description></item>
  </channel></rss>`;
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
    <entry><title>Minister urges talks</title><link href="https://x.test/a"/><updated>2022-02-25T10:00:00Z</updated><summary>${said}</summary></entry></feed>`;

  it('become articles with the title, date and URL of the item, and their statements are found', async () => {
    const { docs, failures } = await collect(readSources([tempDir({ 'f.rss': rss, 'g.atom': atom })]));
    expect(failures).toEqual([]);
    expect(docs.map((d) => d.mediaType)).toEqual(['text/plain', 'text/plain']);
    for (const [i, doc] of docs.entries()) {
      const result = extract(doc);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const { document, statements } = result.value;
      expect(document).toMatchObject({ title: 'Minister urges talks', publishedAt: '2022-02-25', url: ['https://x.test/r', 'https://x.test/a'][i] });
      expect(document.text).toBe(said);
      expect(statements.map((s) => s.content.text)).toContain('"We call on Russia to stop the attack,"');
    }
  });
});
