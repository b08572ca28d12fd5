import { describe, expect, it } from 'vitest';
import { cleanHtml } from './clean-html.js';

const P = (n: number, topic = 'the ceasefire talks') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story says that ${topic} continued on Monday, with delegations from both sides, mediators, and observers present in the hall.</p>`).join('');

const page = (article: string, extra = '') => `<!DOCTYPE html><html lang="en-GB"><head><title>Talks resume in Geneva - The Daily Herald</title>
<meta property="og:title" content="Talks resume in Geneva"><meta property="og:site_name" content="The Daily Herald">
<link rel="canonical" href="https://example.org/world/2022/02/26/talks-resume">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2022-02-26T09:30:00+01:00","author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"The Daily Herald"}}</script>
<script>var ad = googletag.cmd.push(function(){});</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<header class="site-header"><a href="/">The Daily Herald</a></header>
<div class="layout"><main><article>${article}</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story about something else entirely</a></li><li><a href="/b">And one more story people read a lot today</a></li></ul></aside></div>
${extra}<footer><p>Copyright 2022 The Daily Herald. All rights reserved.</p></footer></body></html>`;

const paragraphs = (html: string) => cleanHtml(html, { url: null }).paragraphs;

describe('cleanHtml: the article and nothing else', () => {
  it('keeps the paragraphs and leaves out navigation, sidebar, footer, scripts and styles', () => {
    const ps = paragraphs(page(`<h1>Talks resume in Geneva</h1>${P(6)}`));
    expect(ps).toHaveLength(6);
    expect(ps[0]).toMatch(/^Paragraph 1 of the story/);
    expect(ps.join(' ')).not.toMatch(/Home|Most read|Copyright|googletag|color:red|Talks resume/);
  });

  it('drops figures and captions, share widgets, "Advertisement" slots and link-only paragraphs, with reasons', () => {
    const article = `${P(2)}<figure><img src="a.jpg"><figcaption>Delegates arrive (John Smith/AFP)</figcaption></figure>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <div class="ad-slot"><p>Advertisement</p></div><p><a href="/other">Read the full story of an earlier round of talks here</a></p>${P(2, 'the vote')}`;
    const r = cleanHtml(page(article), { url: null });
    expect(r.paragraphs).toHaveLength(4);
    expect(r.paragraphs.join(' ')).not.toMatch(/Delegates arrive|Share on|Advertisement|earlier round/);
    const reasons = new Set(r.removed.map((x) => x.reason));
    for (const reason of ['caption', 'share', 'ad', 'related']) expect(reasons).toContain(reason);
    for (const x of r.removed) expect(x.start).toBeLessThan(x.end);
  });

  it('drops a short caption beside an image outside <figure>, but keeps a paragraph with an inline picture', () => {
    const article = `${P(2)}<div class="img-wrap"><img src="a.jpg" alt=""><span class="note">The delegates in the hall on Monday</span></div>
      <p><img src="b.jpg" alt="">Both sides said on Monday that the talks had been useful and would continue next week.</p>${P(1, 'the vote')}`;
    const r = cleanHtml(page(article), { url: null });
    expect(r.paragraphs.join(' ')).not.toContain('The delegates in the hall');
    expect(r.paragraphs).toContain('Both sides said on Monday that the talks had been useful and would continue next week.');
    expect(r.removed.find((x) => x.text === 'The delegates in the hall on Monday')?.reason).toBe('caption');
  });

  it('keeps an embedded tweet and splits bare text at <br><br> into paragraphs', () => {
    const article = `${P(3)}<div class="social-embed"><blockquote class="twitter-tweet"><p>We will not give up, the minister wrote on Monday evening.</p></blockquote></div>
      <div>First bare line of the reporter's notes, long enough to be a paragraph on its own.<br><br>Second bare line of the notes, also long enough to stand as a paragraph.</div>`;
    const ps = paragraphs(page(article));
    expect(ps).toContain('We will not give up, the minister wrote on Monday evening.');
    expect(ps).toContain("First bare line of the reporter's notes, long enough to be a paragraph on its own.");
    expect(ps).toContain('Second bare line of the notes, also long enough to stand as a paragraph.');
  });

  it('joins an article body split into sibling chunks of the same class', () => {
    const html = page(`<div class="article-body">${P(4)}</div><div class="promo-box"><a href="/subscribe">Subscribe now</a></div><div class="article-body">${P(4, 'the second half')}</div>`);
    const ps = paragraphs(html);
    expect(ps.filter((p) => p.includes('the second half'))).toHaveLength(4);
    expect(ps.filter((p) => p.includes('the ceasefire talks'))).toHaveLength(4);
    expect(ps.join(' ')).not.toContain('Subscribe now');
  });

  it('cuts an inline card of links out of a sentence without cutting the sentence', () => {
    const card = '<span class="card"><a href="/p">Jane Doe</a><a href="/1">First headline about her</a> <a href="/2">Second headline about her</a></span>';
    const ps = paragraphs(page(`${P(3)}<p>A man threatened Rep. <a href="/p">Jane Doe</a>${card} (D-Minn.), prosecutors said.</p>`));
    expect(ps).toContain('A man threatened Rep. Jane Doe (D-Minn.), prosecutors said.');
  });

  it('does not glue words across inline tags or block boundaries', () => {
    const ps = paragraphs(page(`${P(3)}<p>The <b>minister</b> <i>said</i> it was <a href="/x">over</a>.</p><ul><li>first item of the list</li><li>second item</li></ul>`));
    expect(ps).toContain('The minister said it was over.');
    expect(ps).toContain('first item of the list');
  });
});

describe('cleanHtml: fallbacks when the markup hides the article', () => {
  it('keeps an article whose wrappers carry furniture class words', () => {
    const html = `<html><body><div class="sidebar-layout"><div class="widget">${P(2)}</div></div><div class="footer-links"><a href="/">Home</a></div></body></html>`;
    expect(paragraphs(html).filter((p) => p.startsWith('Paragraph'))).toHaveLength(2);
  });

  it('uses the JSON-LD articleBody when the markup gives much less', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Sentence ${i + 1} of the publisher's own article body, which the page loads with a script.`).join('\n\n');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script></head><body><article><p>Loading…</p></article></body></html>`;
    expect(paragraphs(html)).toEqual(body.split('\n\n'));
  });

  it('reads markup and entities left in the JSON-LD articleBody, and drops its furniture lines', () => {
    const sentences = Array.from({ length: 4 }, (_, i) => `Sentence ${i + 1} says the delegations of Ukraine &amp; Russia met, mediators said on Monday.`);
    const body = `<p>${sentences.join('</p><p>')}</p><p>Advertisement</p>`;
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script></head><body><article><p>Loading…</p></article></body></html>`;
    expect(paragraphs(html)).toEqual(sentences.map((x) => x.replace('&amp;', '&')));
  });
});

describe('cleanHtml: metadata candidates with their basis', () => {
  it('reads JSON-LD, meta tags, the canonical link, <html lang> and the URL', () => {
    const c = cleanHtml(page(P(3)), { url: null }).candidates;
    const first = (field: string) => c.find((x) => x.field === field);
    expect(first('title')).toMatchObject({ value: 'Talks resume in Geneva', basis: 'json-ld:headline' });
    expect(first('publishedAt')).toMatchObject({ value: '2022-02-26T09:30:00+01:00', basis: 'json-ld:datePublished' });
    expect(first('author')).toMatchObject({ value: 'Jane Doe', basis: 'json-ld:author' });
    expect(first('outlet')).toMatchObject({ value: 'The Daily Herald' });
    expect(first('url')).toMatchObject({ value: 'https://example.org/world/2022/02/26/talks-resume', basis: 'link:canonical' });
    expect(first('language')).toMatchObject({ value: 'en-GB', basis: 'html:lang' });
    expect(c.find((x) => x.basis === 'url')).toMatchObject({ field: 'publishedAt', value: '2022-02-26' });
  });

  it('falls back to <time>, meta dates and <title> without JSON-LD', () => {
    const html = `<html><head><title>Vote delayed | Example News</title><meta property="article:published_time" content="2021-05-04T10:00:00Z"></head><body><article><time datetime="2021-05-03" pubdate>May 3</time>${P(3)}</article></body></html>`;
    const c = cleanHtml(html, { url: null }).candidates;
    expect(c.filter((x) => x.field === 'publishedAt').map((x) => x.basis)).toEqual(['meta:article:published_time', 'time:pubdate']);
    expect(c.find((x) => x.field === 'title')).toMatchObject({ value: 'Vote delayed', basis: 'html:title' });
  });
});
