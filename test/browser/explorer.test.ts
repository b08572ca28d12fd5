/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The statement explorer in headless Chromium over a small ingested corpus: search, facets, a
 * statement with its evidence highlighted, the reactions matrix and map, the paste box, a phone
 * screen, the keyboard, and no request leaving the machine. Screenshots go to test-results/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildWebPage, launch, screenshotPath, skipReason, type Browser } from '../support/browser.js';
import { corpusExtractions, ingestItem } from '../support/explorer-corpus.js';

if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('statement explorer in the browser', () => {
  let dir: string;
  let webRoot: string;
  let store: SqliteStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-browser-'));
    webRoot = await buildWebPage();
    store = await SqliteStore.open(join(dir, 'explorer.db'));
    await store.ingest(corpusExtractions().map(ingestItem));
    server = await startServer({ host: '127.0.0.1', port: 0, store, webRoot });
    browser = await launch({ viewport: { width: 1280, height: 900 } });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  const cardQuotes = () => page.locator('ol.cards article q.quote').allTextContents();

  it('loads the page with every statement as a card, under 300 KB of JavaScript (gzip)', async () => {
    const scripts: Promise<number>[] = [];
    const onResponse = (r: Response) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
    };
    page.on('response', onResponse);
    await page.goto(server.url);
    await page.locator('ol.cards article').first().waitFor();
    expect(await page.locator('ol.cards article').count()).toBe(6);
    await expect.poll(() => page.locator('.facet-panel').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('explorer-search'), fullPage: true });
    page.off('response', onResponse);
    const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(js).toBeLessThan(300 * 1024);
  }, 60_000);

  it('shows the filter fields on a wide screen, with no toggle, and how many statements match', async () => {
    await page.goto(server.url);
    await page.locator('ol.cards article').first().waitFor();
    expect(await page.locator('fieldset#search-filters').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Filters/ }).isVisible()).toBe(false);
    await expect.poll(() => page.locator('p.count').textContent()).toMatch(/^6 statements match · newest first/);
  }, 60_000);

  it('searches from the box, and the URL holds the search', async () => {
    await page.getByLabel('Search quotes and articles').fill('restraint');
    await page.getByLabel('Search quotes and articles').press('Enter');
    await page.waitForURL(/\?q=restraint/);
    await expect.poll(cardQuotes).toEqual(['all parties should exercise restraint and return to negotiation.']);
    // A shared link opens the same results.
    await page.goto(`${server.url}?target=RUS&stance=critical`);
    await expect.poll(async () => (await cardQuotes()).length).toBe(2);
    expect(await page.locator('select[name="stance"]').inputValue()).toBe('critical');
    // "Kabul" is in an article, not in a quote: found only when the article text is searched too.
    await page.goto(`${server.url}?q=Kabul`);
    await page.locator('p.empty').waitFor();
    await page.getByLabel(/search the article text too/).check();
    await page.getByLabel('Search quotes and articles').press('Enter');
    await page.waitForURL(/scope=all/);
    await expect.poll(cardQuotes).toEqual(['dialogue and peaceful means.']);
  }, 60_000);

  it('marks the searched words in each result quote', async () => {
    await page.goto(`${server.url}?q=RESTRAINT`);
    await expect.poll(cardQuotes).toEqual(['all parties should exercise restraint and return to negotiation.']);
    expect(await page.locator('ol.cards article q.quote mark.hit').allTextContents()).toEqual(['restraint']);
    // A phrase is one mark; a prefix marks the whole word.
    await page.goto(`${server.url}?q=${encodeURIComponent('"peaceful means" dialog*')}`);
    await expect.poll(() => page.locator('ol.cards article q.quote mark.hit').allTextContents()).toEqual(['dialogue', 'peaceful means']);
    // Without a search word nothing is marked.
    await page.goto(`${server.url}?target=RUS`);
    await page.locator('ol.cards article').first().waitFor();
    expect(await page.locator('mark.hit').count()).toBe(0);
  }, 60_000);

  it('shows only direct quotes inside quotation marks, not reported speech', async () => {
    await page.goto(server.url);
    await page.locator('ol.cards article').first().waitFor();
    const cards = await page.locator('ol.cards article').evaluateAll((all) =>
      all.map((c) => [[...c.classList].find((k) => k.startsWith('kind-')), getComputedStyle(c.querySelector('q.quote')!).quotes !== 'none'] as const),
    );
    expect(cards.some(([kind]) => kind === 'kind-direct')).toBe(true);
    expect(cards.some(([kind]) => kind !== 'kind-direct')).toBe(true);
    for (const [kind, marked] of cards) expect(marked, `${kind} card`).toBe(kind === 'kind-direct');
  }, 60_000);

  it('lists the documents and opens one with its statements marked', async () => {
    await page.goto(`${server.url}documents`);
    await page.locator('table.documents tbody tr').first().waitFor();
    expect(await page.locator('table.documents tbody tr').count()).toBe(5);
    await page.getByRole('link', { name: 'Paris condemns the invasion' }).click();
    await page.waitForURL(/\/documents\/doc_/);
    await page.locator('.article mark.ev-content').first().waitFor();
    expect(await page.locator('.article mark.ev-content').count()).toBe(2);
    expect(await page.locator('.article del.removed').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Advertisement')]));
  }, 60_000);

  it('narrows with a facet link', async () => {
    await page.goto(server.url);
    await page.locator('.facet-panel').getByRole('link', { name: /^FRA France/ }).click();
    await page.waitForURL(/actor=FRA/);
    await expect.poll(async () => (await cardQuotes()).length).toBe(2);
  }, 60_000);

  it('opens a statement with its words highlighted in the source and the junk struck through', async () => {
    await page.goto(`${server.url}?speaker=Balkhi`);
    await page.locator('ol.cards article a').first().click();
    await page.waitForURL(/\/statements\//);
    await page.locator('.article').waitFor();
    expect(await page.locator('.article mark.ev-content').allTextContents()).toEqual(['dialogue and peaceful means.']);
    expect(await page.locator('.article mark.ev-saidOn').allTextContents()).toEqual(['on Friday']);
    expect(await page.locator('.article mark.ev-speaker').allTextContents()).toEqual(['Abdul Qahar Balkhi']);
    expect(await page.locator('.article mark.ev-cue').allTextContents()).toEqual(['requested']);
    const removed = await page.locator('.article del.removed').allTextContents();
    expect(removed.some((t) => t.includes('cnxps.cmd.push'))).toBe(true);
    // The junk sits between the paragraphs it was cut from.
    const article = (await page.locator('.article').textContent()) ?? '';
    expect(article.indexOf('cnxps')).toBeGreaterThan(article.indexOf('peaceful means'));
    expect(article.indexOf('cnxps')).toBeLessThan(article.indexOf('The statement ended'));
    await page.screenshot({ path: screenshotPath('explorer-statement'), fullPage: true });
    // Hiding the junk leaves the clean text exactly.
    await page.getByLabel(/show removed junk/).uncheck();
    expect(await page.locator('.article del.removed').count()).toBe(0);
  }, 60_000);

  it('shows the reactions matrix and a world map coloured by stance', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Reactions', exact: true }).click();
    await page.waitForURL(/\/reactions/);
    const cell = page.locator('table.matrix a[aria-label^="FRA toward RUS"]');
    await cell.waitFor();
    expect(await cell.evaluate((a) => a.parentElement!.className)).toContain('stance-fill-critical');
    expect(await page.locator('table.matrix a[aria-label^="CHN toward RUS"]').evaluate((a) => a.parentElement!.className)).toContain('stance-fill-neutral');
    await page.locator('#toward').selectOption('RUS');
    await page.waitForURL(/toward=RUS/);
    await page.locator('svg.world-map path[data-code="FRA"]').waitFor();
    expect(await page.locator('svg.world-map path[data-code="FRA"]').getAttribute('class')).toContain('stance-fill-critical');
    expect(await page.locator('svg.world-map path[data-code="BRA"]').getAttribute('class')).toContain('stance-fill-neutral');
    expect(await page.locator('svg.world-map path[data-code="DEU"]').getAttribute('class')).toBe('country');
    await page.screenshot({ path: screenshotPath('explorer-reactions'), fullPage: true });
    await cell.click();
    await page.waitForURL(/actor=FRA&target=RUS/);
    await expect.poll(cardQuotes).toEqual(['This attack is a grave violation of international law and Russia must stop it now.']);
    // Dates narrow the matrix: France spoke on the 24th only.
    await page.goto(`${server.url}reactions`);
    await page.getByLabel('Said from').fill('2022-02-25');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/since=2022-02-25/);
    await page.locator('table.matrix a[aria-label^="CHN toward RUS"]').waitFor();
    expect(await page.locator('table.matrix a[aria-label^="FRA toward"]').count()).toBe(0);
  }, 60_000);

  it('shows an actor with its timeline', async () => {
    await page.goto(`${server.url}actors/FRA`);
    await page.locator('figure.timeline svg rect').first().waitFor();
    expect(await page.locator('h1').textContent()).toContain('France');
    expect(await page.locator('table.toward tbody tr').count()).toBe(2);
    await page.screenshot({ path: screenshotPath('explorer-actor'), fullPage: true });
  }, 60_000);

  it('extracts pasted text without storing it', async () => {
    await page.goto(`${server.url}extract`);
    await page.getByLabel('Article text or HTML').fill('date 2022-02-26\nThe ministry said on Friday that talks would resume.\n\nAdvertisement');
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.getByRole('heading', { name: /statements? found/ }).waitFor();
    expect(await page.locator('.article').textContent()).toContain('The ministry said on Friday that talks would resume.');
    await page.screenshot({ path: screenshotPath('explorer-extract'), fullPage: true });
    expect((await store.stats()).documents).toBe(5);
  }, 60_000);

  it('gives each view its own tab title', async () => {
    for (const [path, title] of [
      ['?q=restraint', 'Search: restraint — Communiqué'],
      ['reactions', 'Reactions — Communiqué'],
      ['actors/fra', 'Actor FRA — Communiqué'],
      ['documents', 'Documents — Communiqué'],
      ['nowhere', 'Not found — Communiqué'],
    ]) {
      await page.goto(`${server.url}${path}`);
      await expect.poll(() => page.title()).toBe(title);
    }
    // A dead link offers a way back.
    await page.goto(`${server.url}statements/st_0000000000000000`);
    await page.locator('p.error').getByRole('link', { name: 'Search the statements' }).click();
    await page.locator('ol.cards article').first().waitFor();
  }, 60_000);

  it('works from the keyboard: skip link, search box, and a card opened with Enter', async () => {
    await page.goto(server.url);
    await page.locator('ol.cards article').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    // From the main region, Tab reaches the search box, then the first card's quote link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-q');
    await page.locator('ol.cards article blockquote a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/statements\//);
    // The statement page takes the focus (on its main region), as a page load would; it is not lost on <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab goes on from there, into the statement page (once it has loaded something to focus).
    await page.locator('main a[href]').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  }, 60_000);

  it('is readable on a phone: nothing wider than the screen', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const path of ['', 'reactions', 'actors/AFG', 'documents']) {
      await phone.goto(`${server.url}${path}`);
      await phone.locator('main h1').waitFor();
      await phone.waitForLoadState('networkidle');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `/${path} overflows`).toBeLessThanOrEqual(0);
    }
    // The documents' publication dates stay on one line.
    await phone.goto(`${server.url}documents`);
    const date = phone.locator('table.documents tbody td').first();
    await date.waitFor();
    expect(await date.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    })).toBe(1);
    await phone.goto(server.url);
    await phone.locator('ol.cards article').first().waitFor();
    // The section links stay on one line under the name, every one of them visible (360 px: small Androids).
    for (const width of [360, 390]) {
      await phone.setViewportSize({ width, height: 844 });
      const nav = phone.getByRole('navigation', { name: 'Sections' });
      const navBox = (await nav.boundingBox())!;
      const boxes = await Promise.all((await nav.getByRole('link').all()).map((l) => l.boundingBox()));
      expect(boxes).toHaveLength(5);
      expect(new Set(boxes.map((b) => Math.round(b!.y))).size, `section links wrap onto a second line at ${width} px`).toBe(1);
      expect(Math.max(...boxes.map((b) => b!.x + b!.width)), `the last section link is cut off at ${width} px`).toBeLessThanOrEqual(navBox.x + navBox.width);
    }
    await phone.screenshot({ path: screenshotPath('explorer-phone'), fullPage: true });
    await phone.screenshot({ path: screenshotPath('explorer-phone-first-screen') });
    // The filter fields fold behind a toggle: the first screen shows the search box and results.
    const fields = phone.locator('fieldset#search-filters');
    expect(await fields.isVisible()).toBe(false);
    const firstCard = await phone.locator('ol.cards article').first().boundingBox();
    expect(firstCard!.y).toBeLessThan(844 / 2);
    const toggle = phone.getByRole('button', { name: /Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await fields.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // A set filter is counted on the folded toggle, and still shown as a removable chip.
    await phone.goto(`${server.url}?target=RUS&stance=critical`);
    await phone.locator('ol.cards article').first().waitFor();
    expect(await phone.getByRole('button', { name: /Filters/ }).textContent()).toMatch(/Filters \(2 set\)/);
    expect(await phone.locator('.active-filters .chip').count()).toBe(2);
    await phone.close();
  }, 60_000);

  it('requests nothing from outside this server', () => {
    expect(foreign).toEqual([]);
  });

  it('tells a user of an empty database how to fill it, instead of asking to loosen filters', async () => {
    const empty = await SqliteStore.open(join(dir, 'empty.db'));
    const emptyServer = await startServer({ host: '127.0.0.1', port: 0, store: empty, webRoot });
    try {
      await page.goto(emptyServer.url);
      const note = page.locator('p.empty');
      await note.waitFor();
      expect(await note.textContent()).toMatch(/^No statements yet: this database is empty\. Add articles with communique ingest/);
      await note.getByRole('link', { name: 'Try extraction' }).click();
      await page.waitForURL(/\/extract$/);
    } finally {
      await emptyServer.close();
      await empty.close();
    }
  }, 60_000);
});
