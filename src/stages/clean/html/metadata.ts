/**
 * Metadata candidates of an HTML page, most trusted first within each field, each with its basis:
 * JSON-LD, then Open Graph / meta tags, then <time>, <title>, <html lang> and the URL.
 */
import type { MetadataCandidate } from '../../../core/analysis.js';
import type { PageDom } from './parse.js';

type Field = MetadataCandidate['field'];

export function htmlCandidates(dom: PageDom, url: string | null): MetadataCandidate[] {
  const out: MetadataCandidate[] = [];
  const seen = new Set<string>();
  const push = (field: Field, value: unknown, basis: string) => {
    if (typeof value !== 'string') return;
    const v = value.replace(/\s+/g, ' ').trim();
    if (!v || v.length > 500 || seen.has(`${field}\u0000${basis}\u0000${v}`)) return;
    seen.add(`${field}\u0000${basis}\u0000${v}`);
    out.push({ field, value: v, basis });
  };

  for (const item of jsonLdItems(dom.jsonLd)) {
    const type = String(item['@type'] ?? '');
    if (!/Article|Posting|Report|WebPage|BlogPosting|NewsArticle/i.test(type)) continue;
    push('title', item.headline ?? item.name, 'json-ld:headline');
    push('publishedAt', item.datePublished ?? item.dateCreated, 'json-ld:datePublished');
    for (const a of asArray(item.author)) push('author', typeof a === 'string' ? a : (a as Record<string, unknown>)?.name, 'json-ld:author');
    const publisher = item.publisher as Record<string, unknown> | undefined;
    push('outlet', publisher?.name, 'json-ld:publisher');
    push('url', item.url ?? (item.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id'], 'json-ld:url');
    push('language', item.inLanguage, 'json-ld:inLanguage');
    push('description', item.description, 'json-ld:description');
  }
  const meta = (key: string) => dom.meta.filter((m) => m.key === key).map((m) => m.content);
  for (const key of ['og:title', 'twitter:title', 'headline', 'dc.title']) for (const v of meta(key)) push('title', v, `meta:${key}`);
  for (const key of ['article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'date', 'article.published', 'cxenseparse:recs:publishtime']) {
    for (const v of meta(key)) push('publishedAt', v, `meta:${key}`);
  }
  for (const t of dom.times.filter((t) => t.pubdate)) push('publishedAt', t.datetime, 'time:pubdate');
  for (const t of dom.times.slice(0, 1)) push('publishedAt', t.datetime, 'time');
  for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']) {
    for (const v of meta(key)) if (!/^https?:/.test(v)) push('author', v, `meta:${key}`);
  }
  for (const key of ['og:site_name', 'application-name', 'publisher']) for (const v of meta(key)) push('outlet', v, `meta:${key}`);
  if (dom.canonical) push('url', dom.canonical, 'link:canonical');
  for (const v of meta('og:url')) push('url', v, 'meta:og:url');
  if (url) push('url', url, 'source');
  if (dom.lang) push('language', dom.lang, 'html:lang');
  for (const key of ['content-language', 'og:locale', 'language']) for (const v of meta(key)) push('language', v, `meta:${key}`);
  for (const key of ['og:description', 'description', 'twitter:description']) for (const v of meta(key)) push('description', v, `meta:${key}`);
  if (dom.title) push('title', stripSiteName(dom.title), 'html:title');
  const pageUrl = url ?? dom.canonical ?? meta('og:url')[0] ?? null;
  const fromUrl = pageUrl ? dateFromUrl(pageUrl) : null;
  if (fromUrl) push('publishedAt', fromUrl, 'url');
  return out;
}

/** `/2019/11/20/` or `/20191120/` or `-2019-11-20` in a URL path. */
export function dateFromUrl(url: string): string | null {
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** "Headline - Site" / "Headline | Site": the longest part. */
function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** Every object of every JSON-LD block, @graph flattened; bad JSON is skipped. */
export function jsonLdItems(blocks: readonly string[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const raw of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = asArray(data);
    while (queue.length && out.length < 200) {
      const x = queue.shift();
      if (!x || typeof x !== 'object') continue;
      const obj = x as Record<string, unknown>;
      out.push(obj);
      if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]));
    }
  }
  return out;
}
