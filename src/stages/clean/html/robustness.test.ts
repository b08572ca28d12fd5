import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../pipeline/extract.js';
import { cleanHtml } from './clean-html.js';

const para = 'The delegations met again on Monday, and both sides said the talks had been useful.';

describe('cleanHtml: bad HTML gets an answer, never a crash or a hang', () => {
  it('truncated in the middle of a paragraph and a tag', () => {
    const ps = cleanHtml(`<html><body><article><p>${para}</p><p>${para}</p><p>The last paragraph was cut off in the mid`, { url: null }).paragraphs;
    expect(ps.slice(0, 2)).toEqual([para, para]);
    expect(ps[2]).toMatch(/^The last paragraph was cut off/);
  });

  it('no <html>, <head> or <body>', () => {
    expect(cleanHtml(`<p>${para}</p><p>${para}</p><p>${para}</p>`, { url: null }).paragraphs).toEqual([para, para, para]);
  });

  it('tables nested 20,000 deep', () => {
    const depth = 20_000;
    const html = `<html><body>${'<table><tr><td>'.repeat(depth)}<p>${para}</p>${'</td></tr></table>'.repeat(depth)}</body></html>`;
    expect(cleanHtml(html, { url: null }).paragraphs).toContain(para);
  });

  it('unclosed <div>s 50,000 deep', () => {
    const html = `<body>${'<div>'.repeat(50_000)}<p>${para}</p><p>${para}</p>`;
    expect(cleanHtml(html, { url: null }).paragraphs).toEqual([para, para]);
  });

  it('a 20 MB page', () => {
    const block = `<div class="story"><p>${para}</p><p><a href="/x">a link</a> and ${para}</p></div>\n`;
    const html = `<html><body><article>${block.repeat(Math.ceil((20 * 2 ** 20) / block.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(20 * 2 ** 20);
    const ps = cleanHtml(html, { url: null }).paragraphs;
    expect(ps.length).toBeGreaterThan(100_000);
  });

  it('a 5 MB paragraph of one line with code-like text', () => {
    const html = `<html><body><p>${'a.b(c{d['.repeat(700_000)}</p></body></html>`;
    expect(() => cleanHtml(html, { url: null })).not.toThrow();
  });

  it('a page with nothing but navigation is CLEAN_NO_ARTICLE', () => {
    const r = cleanDocument({ source: 'x.html', body: '<html><body><nav><a href="/">Home</a></nav><footer>© 2022</footer></body></html>', mediaType: 'text/html' });
    expect(r.ok ? 'ok' : r.failure.code).toBe('CLEAN_NO_ARTICLE');
  });
});

describe('clean stage: random tag soup never throws', () => {
  it('answers or fails with a code on 500 seeded random documents, HTML and text', () => {
    const tags = ['p', 'div', 'a', 'br', 'table', 'tr', 'td', 'script', 'style', 'h1', 'li', 'ul', 'article', 'nav', 'figure', 'span', 'time', 'blockquote', 'noscript', 'svg', 'title', 'head', 'body', '!--', '![CDATA[', 'template', 'form', 'meta'];
    const words = ['the', 'minister', 'said', ',', '.', 'Advertisement', '{', '}', ';', '(', ')', '&amp;', '"', '“', 'function', 'var', 'x=1', '\n', '\n\n', 'Read more:', 'Photo:', '/AP)', 'Київ'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const codes = new Set<string>();
    for (let k = 0; k < 500; k++) {
      let s = '';
      for (let i = 1 + rnd(200); i > 0; i--) {
        const r = rnd(10);
        const t = tags[rnd(tags.length)]!;
        s += r < 3 ? `<${t}${rnd(3) === 0 ? ' class="share article-body"' : ''}>` : r < 5 ? `</${t}>` : `${words[rnd(words.length)]} `;
      }
      const result = cleanDocument({ source: 'fuzz', body: s, mediaType: rnd(2) ? 'text/html' : 'text/plain' });
      if (!result.ok) codes.add(result.failure.code);
    }
    expect([...codes].filter((c) => c !== 'CLEAN_NO_ARTICLE' && c !== 'DECODE_EMPTY')).toEqual([]);
  });
});
