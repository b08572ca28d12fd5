/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Article text, titles, URLs, speakers, actors and quotes are untrusted. Documents full of
 * <script>, <img onerror>, <svg onload>, <iframe> and javascript: links are ingested (hand-built and
 * through POST /api/documents), and every view that shows them is opened in Chromium with the
 * Content-Security-Policy BYPASSED, so what is proven is the page's own rendering: nothing runs,
 * no element is created from the text, the markup shows as literal text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildWebPage, launch, screenshotPath, skipReason, type Browser } from '../support/browser.js';
import { corpusExtractions, HOSTILE, ingestItem } from '../support/explorer-corpus.js';

const HOSTILE_HTML = `<html><head><title>&lt;script&gt;window.__xss="html-title"&lt;/script&gt;</title></head><body><article>
<p>The envoy said "&lt;img src=q onerror=window.__xss='html-quote'&gt; we will not negotiate" on Monday.</p>
<script>window.__xss = 'html-script'</script>
<p>Officials added that <a href="javascript:window.__xss='html-link'">the link</a> was &lt;script&gt;alert(1)&lt;/script&gt; text.</p>
</article></body></html>`;

/** Plain text whose sentences carry markup: the clean stage keeps it as article text, the quote stage quotes it. */
const HOSTILE_TEXT = `date 2022-03-01
The spokesman said on Monday that the group "will answer <img src=q onerror=window.__xss='paste'> with dialogue and not with threats", according to officials in the capital.

Reporters were told that the phrase <script>window.__xss='paste-script'</script> had appeared in a leaked message, and that a link to javascript:window.__xss='paste-link' was circulating online among supporters.`;

describe.skipIf(skipReason !== null)('untrusted text never runs in the page', () => {
  let dir: string;
  let webRoot: string;
  let store: SqliteStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-xss-'));
    webRoot = await buildWebPage();
    store = await SqliteStore.open(join(dir, 'xss.db'));
    await store.ingest([...corpusExtractions(), ...corpusExtractions(HOSTILE)].map(ingestItem));
    server = await startServer({ host: '127.0.0.1', port: 0, store, webRoot });
    const res = await fetch(`${server.url}api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ html: HOSTILE_HTML, source: 'hostile/<svg onload=alert(2)>.html', title: '<img src=t onerror=window.__xss="posted-title">' }),
    });
    expect(res.status).toBe(201);
    browser = await launch({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await browser.context.addInitScript(() => {
      // Any script the page lets through would set window.__xss or call a dialog.
      (window as unknown as { __xss?: string }).__xss = undefined;
    });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  /** What a successful injection would leave behind in the page. */
  async function traces(p: Page) {
    return p.evaluate(() => {
      const main = document.querySelector('main')!;
      const handlers = [...main.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((el) => el.outerHTML.slice(0, 80));
      return {
        xss: (window as unknown as { __xss?: string }).__xss ?? null,
        injected: main.querySelectorAll('script, img, iframe, object, embed, foreignObject, svg [onload]').length,
        handlers,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
        text: main.textContent ?? '',
      };
    });
  }

  async function visit(path: string, ready: string) {
    await page.goto(`${server.url}${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    // Hover and focus everything that shows untrusted text: mouse handlers must not exist either.
    for (const el of await page.locator('main q, main mark, main h1, main del').all()) await el.hover({ trial: false }).catch(() => undefined);
    return traces(page);
  }

  it('search results and facets show the markup as text', async () => {
    const t = await visit('?q=reject', 'ol.cards article');
    expect(t).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
    expect(t.text).toContain("<script>window.__xss = 'quote'</script>");
    expect(t.text).toContain('<img src=x onerror="window.__xss=\'speaker\'">');
    const all = await visit('', '.facet-panel');
    expect(all).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
    await page.screenshot({ path: screenshotPath('xss-search'), fullPage: true });
  }, 60_000);

  it('the statement view highlights hostile evidence as text, and drops the javascript: URL', async () => {
    await visit('?q=reject', 'ol.cards article');
    await page.locator('ol.cards article blockquote a').first().click();
    await page.waitForURL(/\/statements\//);
    await page.locator('.article mark.ev-content').waitFor();
    const t = await traces(page);
    expect(t).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
    expect(await page.locator('.article mark.ev-content').textContent()).toContain('<script>');
    expect(await page.locator('.article del.removed').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('onerror')]));
    expect(await page.getByRole('link', { name: 'original page' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('xss-statement'), fullPage: true });
    await page.locator('.doc-meta a').first().click();
    await page.waitForURL(/\/documents\//);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('<script>window.__xss = "title"</script>Hostile title');
    expect(await traces(page)).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
  }, 60_000);

  it('actors, the reactions matrix and the map show hostile actor names as text', async () => {
    for (const [path, ready] of [
      ['actors', 'table.actors'],
      ['documents', 'table.documents'],
      ['actors/XSS', 'main h1'],
      ['reactions?toward=RUS', 'svg.world-map path'],
    ] as const) {
      const t = await visit(path, ready);
      expect(t, path).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
    }
    expect((await traces(page)).text).toContain('XSS');
  }, 60_000);

  it('a document ingested through the API with scripts and javascript: links stays inert', async () => {
    const docs = (await (await fetch(`${server.url}api/documents`)).json()) as { items: { id: string; source: string }[] };
    const posted = docs.items.find((d) => d.source.startsWith('hostile/'))!;
    const t = await visit(`documents/${encodeURIComponent(posted.id)}`, '.article');
    expect(t).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
    expect(t.text).toContain('hostile/<svg onload=alert(2)>.html');
  }, 60_000);

  it('the paste box shows extracted hostile text as text', async () => {
    await page.goto(`${server.url}extract`);
    await page.getByLabel('Article text or HTML').fill(HOSTILE_HTML);
    await page.getByLabel('Format').selectOption('html');
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.getByRole('heading', { name: 'Clean text' }).waitFor();
    const t = await traces(page);
    expect(t).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
    await page.getByLabel('Article text or HTML').fill(HOSTILE_TEXT);
    await page.getByLabel('Format').selectOption('text');
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.locator('.article').getByText(/leaked message/).waitFor();
    const t2 = await traces(page);
    expect(t2).toMatchObject({ xss: null, injected: 0, handlers: [], jsLinks: 0 });
    expect(t2.text).toContain("<script>window.__xss='paste-script'</script>");
    expect(t2.text).toContain("<img src=q onerror=window.__xss='paste'>");
  }, 60_000);

  it('no dialog ever opened', () => {
    expect(dialogs).toEqual([]);
  });
});
