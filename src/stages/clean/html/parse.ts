/**
 * One pass of htmlparser2 into flat arrays (no DOM objects): element tags, parents, children in
 * document order (text nodes included), class/id hints, and the page's metadata sources (meta tags,
 * JSON-LD, <title>, canonical link, <html lang>, <time datetime>). Nothing here recurses, so deeply
 * nested tables cannot overflow the stack; children always have larger indices than their parent.
 */
import { Parser } from 'htmlparser2';

export const TEXT = '#text';

export interface PageDom {
  readonly tag: string[];
  readonly parent: number[];
  readonly children: number[][];
  /** Text of text nodes ('' for elements). */
  readonly text: string[];
  /** Lower-cased class, id, role and itemprop, space-separated ('' when none). */
  readonly hint: string[];
  /** Hidden by attribute or inline style. */
  readonly hidden: boolean[];
  /** Input offsets of each node: [start, end). */
  readonly start: number[];
  readonly end: number[];
  readonly href: (string | null)[];
  /** `class` alone, for same-class sibling merges. */
  readonly className: string[];
  readonly meta: MetaTag[];
  readonly jsonLd: string[];
  readonly times: { node: number; datetime: string; pubdate: boolean }[];
  title: string;
  canonical: string | null;
  lang: string | null;
}

export interface MetaTag {
  readonly key: string;
  readonly content: string;
}

// Their content is never article text. <head> is walked only for metadata.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'head', 'video', 'audio']);

export function parseHtml(html: string): PageDom {
  const dom: PageDom = {
    tag: ['#root'],
    parent: [-1],
    children: [[]],
    text: [''],
    hint: [''],
    hidden: [false],
    start: [0],
    end: [html.length],
    href: [null],
    className: [''],
    meta: [],
    jsonLd: [],
    times: [],
    title: '',
    canonical: null,
    lang: null,
  };
  const stack: number[] = [0];
  let skipDepth = 0;
  let inHead = false;
  let capture: 'title' | 'jsonld' | null = null;
  let captured = '';

  const add = (tag: string, text: string, start: number): number => {
    const id = dom.tag.length;
    const parent = stack[stack.length - 1]!;
    dom.tag.push(tag);
    dom.parent.push(parent);
    dom.children.push([]);
    dom.text.push(text);
    dom.hint.push('');
    dom.hidden.push(false);
    dom.start.push(start);
    dom.end.push(start);
    dom.href.push(null);
    dom.className.push('');
    dom.children[parent]!.push(id);
    return id;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html' && attrs.lang) dom.lang = attrs.lang;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase();
          if (key && attrs.content) dom.meta.push({ key, content: attrs.content });
          return;
        }
        if (name === 'link') {
          if (/\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) dom.canonical ??= attrs.href;
          return;
        }
        if (name === 'title' && !capture && !dom.title) {
          capture = 'title';
          captured = '';
        }
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
          capture = 'jsonld';
          captured = '';
        }
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIP.has(name)) {
          skipDepth = 1;
          if (name === 'head') inHead = true;
          return;
        }
        const id = add(name, '', parser.startIndex);
        const cls = attrs.class ?? '';
        dom.className[id] = cls;
        const hint = `${cls} ${attrs.id ?? ''} ${attrs.role ?? ''} ${attrs.itemprop ?? ''}`.trim();
        dom.hint[id] = hint ? hint.toLowerCase() : '';
        if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '')) dom.hidden[id] = true;
        if (name === 'a') dom.href[id] = attrs.href ?? '';
        if (name === 'time' && attrs.datetime) dom.times.push({ node: id, datetime: attrs.datetime, pubdate: attrs.pubdate !== undefined || /publish|posted|created/i.test(hint) });
        stack.push(id);
      },
      ontext(data) {
        if (capture) captured += data;
        if (skipDepth > 0) return;
        const parent = stack[stack.length - 1]!;
        const kids = dom.children[parent]!;
        const last = kids[kids.length - 1];
        if (last !== undefined && dom.tag[last] === TEXT) {
          dom.text[last] += data;
          dom.end[last] = parser.endIndex + 1;
        } else {
          const id = add(TEXT, data, parser.startIndex);
          dom.end[id] = parser.endIndex + 1;
        }
      },
      onclosetag(name) {
        if (name === 'title' && capture === 'title') {
          if (!dom.title) dom.title = captured.replace(/\s+/g, ' ').trim();
          capture = null;
        }
        if (name === 'script' && capture === 'jsonld') {
          dom.jsonLd.push(captured);
          capture = null;
        }
        if (name === 'meta' || name === 'link') return;
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0 && inHead) inHead = false;
          return;
        }
        if (stack.length > 1) {
          const id = stack.pop()!;
          dom.end[id] = Math.max(parser.endIndex + 1, dom.start[id]!);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  while (stack.length > 1) dom.end[stack.pop()!] = html.length;
  return dom;
}
