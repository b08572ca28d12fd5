import { Parser } from 'htmlparser2';
import { StringDecoder } from 'node:string_decoder';
import type { RawDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import { feedBody } from './feed-body.js';
import { isoDate } from './fields.js';

interface Item {
  title: string;
  link: string;
  date: string;
  content: string;
  summary: string;
  size: number;
}

const ITEM_TAGS = new Set(['item', 'entry']);
const FIELD_OF: Record<string, keyof Pick<Item, 'title' | 'link' | 'date' | 'content' | 'summary'>> = {
  title: 'title',
  link: 'link',
  guid: 'link',
  pubdate: 'date',
  'dc:date': 'date',
  published: 'date',
  updated: 'date',
  'content:encoded': 'content',
  content: 'content',
  description: 'summary',
  summary: 'summary',
};

export interface FeedOptions {
  readonly maxBytes: number;
  /** Fetches an item's linked page when the feed carries no body (network; off by default). */
  readonly fetchLinked?: (url: string) => Promise<Result<RawDocument>>;
}

/**
 * RSS 2.0 and Atom: one document per item, with content:encoded / content, else the description
 * (RSS) or summary (Atom); a body without markup is read as plain text (see feedBody).
 * Safe by construction: htmlparser2 never reads a DTD, so no entity is ever expanded; a feed that
 * declares entities (the "billion laughs" shape) is refused with a coded failure.
 */
export async function* readFeed(stream: AsyncIterable<Uint8Array>, name: string, options: FeedOptions): AsyncGenerator<Result<RawDocument>> {
  const ready: Result<RawDocument>[] = [];
  const needFetch: { link: string; n: number; title: string; date: string }[] = [];
  let item: Item | null = null;
  let field: keyof Item | null = null;
  let depth = 0;
  let fieldDepth = 0;
  let count = 0;
  let unsafe = false;
  let sawRoot = false;

  const finish = (it: Item) => {
    count++;
    const n = count;
    const source = it.link.trim() || `${name}#item=${n}`;
    if (it.size > options.maxBytes) {
      ready.push(fail('INGEST_TOO_LARGE', source, `Item ${n} of ${name} is over the ${options.maxBytes}-byte limit; it was skipped.`));
      return;
    }
    const body = it.content.trim() || it.summary.trim();
    const hints = { url: it.link.trim() || null, title: it.title.trim() || null, publishedAt: isoDate(it.date.trim()) };
    if (!body) {
      if (options.fetchLinked && it.link.trim()) needFetch.push({ link: it.link.trim(), n, title: it.title, date: it.date });
      else ready.push(fail('CLEAN_NO_ARTICLE', source, `Item ${n} of ${name} has no content or description; use --follow-links to fetch the page.`));
      return;
    }
    ready.push(ok({ source, ...feedBody(body), hints }));
  };

  const parser = new Parser(
    {
      onprocessinginstruction(nameLower, data) {
        if (nameLower.startsWith('!') && /<!ENTITY|!ENTITY/i.test(data)) unsafe = true;
      },
      onopentag(tag, attrs) {
        depth++;
        const t = tag.toLowerCase();
        if (!sawRoot) sawRoot = true;
        if (ITEM_TAGS.has(t) && !item) {
          item = { title: '', link: '', date: '', content: '', summary: '', size: 0 };
          return;
        }
        if (!item) return;
        if (field) {
          // Atom type="xhtml" content arrives as elements: keep them as markup.
          if (field === 'content' || field === 'summary') appendTo(item, field, `<${t}>`, options.maxBytes);
          return;
        }
        const f = FIELD_OF[t];
        if (!f) return;
        if (t === 'link' && attrs.href !== undefined) {
          if (!attrs.rel || attrs.rel === 'alternate') item.link ||= attrs.href;
          return;
        }
        if (f === 'link' && item.link) return;
        if (f === 'date' && item.date) return;
        if (f === 'content' && item.content) return;
        field = f;
        fieldDepth = depth;
      },
      ontext(text) {
        if (item && field) appendTo(item, field, text, options.maxBytes);
      },
      onclosetag(tag) {
        const t = tag.toLowerCase();
        if (item && field && depth === fieldDepth) field = null;
        else if (item && field && (field === 'content' || field === 'summary')) appendTo(item, field, `</${t}>`, options.maxBytes);
        if (item && !field && ITEM_TAGS.has(t)) {
          finish(item);
          item = null;
        }
        depth--;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );

  const utf8 = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) {
      parser.write(utf8.write(Buffer.from(chunk)));
      if (unsafe) {
        yield fail('INGEST_UNSAFE_XML', name, `${name} declares XML entities (a possible entity-expansion bomb); feeds are read without a DTD, so it was refused.`);
        return;
      }
      while (ready.length > 0) yield ready.shift()!;
    }
    parser.end(utf8.end());
  } catch (e) {
    yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} could not be read to the end (${(e as Error).message}); the items before it were read.`);
    return;
  }
  if (unsafe) {
    yield fail('INGEST_UNSAFE_XML', name, `${name} declares XML entities (a possible entity-expansion bomb); feeds are read without a DTD, so it was refused.`);
    return;
  }
  while (ready.length > 0) yield ready.shift()!;
  for (const f of needFetch) {
    const page = await options.fetchLinked!(f.link);
    yield page.ok ? ok({ ...page.value, hints: { ...page.value.hints, title: f.title.trim() || null, publishedAt: isoDate(f.date.trim()) } }) : page;
  }
  if (!sawRoot) yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} is not an RSS or Atom feed (no XML element found).`);
}

function appendTo(item: Item, field: keyof Item, text: string, max: number): void {
  if (field === 'size') return;
  item.size += text.length;
  // Past the limit, stop keeping text (the item will be refused) so memory stays bounded.
  if (item.size <= max) item[field] += text;
}
