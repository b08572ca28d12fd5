/**
 * HTML main-content extraction: parse once into flat arrays, mark furniture, choose the article
 * container (Readability-style scoring and sibling recovery, for recall), serialise it into blocks
 * and filter them (trafilatura-style, for precision). No per-site rules.
 */
import type { RemovedSpan } from '../../../core/types.js';
import { decodeHTML } from 'entities';
import { cleanText, type TextCleanResult } from '../text/clean-text.js';
import { collectBlocks } from './blocks.js';
import { filterBlocks } from './filters.js';
import { htmlCandidates, jsonLdItems } from './metadata.js';
import { parseHtml, TEXT, type PageDom } from './parse.js';
import { markFurniture, type Pruned } from './prune.js';
import { chooseContainer, textOf } from './score.js';
import { computeStats } from './stats.js';

// Under this many characters the container is probably wrong; the fallbacks get a chance.
const MIN_ARTICLE_CHARS = 250;

export interface HtmlOptions {
  readonly url: string | null;
  /** Lazy trace (for --explain): the container chosen and the fallbacks taken. */
  readonly trace?: (line: () => string) => void;
}

export function cleanHtml(html: string, options: HtmlOptions): TextCleanResult {
  const dom = parseHtml(html);
  const rawStats = computeStats(dom);
  const ld = jsonLdItems(dom.jsonLd);
  const candidates = htmlCandidates(dom, options.url, ld);
  const title = candidates.find((c) => c.field === 'title')?.value ?? '';
  const trace = options.trace ?? (() => undefined);
  let result = extract(dom, markFurniture(dom, rawStats), title, trace);
  // Readability's retry: a tiny result may mean a class word hid the article; try with tag rules only.
  if (length(result.paragraphs) < MIN_ARTICLE_CHARS) {
    const retry = extract(dom, markFurniture(dom, rawStats, { classWords: false }), title, (l) => trace(() => `retry without class words: ${l()}`));
    if (length(retry.paragraphs) > length(result.paragraphs)) {
      trace(() => 'retry without class words gave more text');
      result = retry;
    }
  }
  let { paragraphs } = result;
  const jsonLdBody = articleBodyFromJsonLd(ld);
  // The publisher's own articleBody, when it is much longer than what the page's markup gave.
  if (jsonLdBody && length(jsonLdBody) > Math.max(MIN_ARTICLE_CHARS, 2 * length(paragraphs))) {
    trace(() => 'JSON-LD articleBody is over twice as long: using it');
    paragraphs = jsonLdBody;
  }
  if (length(paragraphs) < MIN_ARTICLE_CHARS) {
    const fallback = allParagraphs(dom, result.marks);
    if (length(fallback) > length(paragraphs)) {
      trace(() => 'fallback: every visible <p> of the page');
      paragraphs = fallback;
    }
  }
  return { paragraphs, removed: result.removed, candidates };
}

interface Extracted {
  readonly paragraphs: string[];
  readonly removed: RemovedSpan[];
  readonly marks: ReadonlyMap<number, unknown>;
}

function extract(dom: PageDom, marks: ReadonlyMap<number, Pruned>, title: string, trace: (line: () => string) => void): Extracted {
  const stats = computeStats(dom, marks);
  const container = chooseContainer(dom, stats, marks);
  trace(() =>
    container
      ? `container <${dom.tag[container.top]} ${dom.hint[container.top]!.slice(0, 60)}> score ${(container.scores.get(container.top) ?? 0).toFixed(1)}, ${container.nodes.length - 1} sibling(s) joined`
      : 'no container found',
  );
  const { blocks, skipped } = container ? collectBlocks(dom, stats, marks, container.nodes) : { blocks: [], skipped: [] };
  const { kept, dropped } = filterBlocks(blocks, title);
  const removed: RemovedSpan[] = [];
  for (const s of skipped) {
    const text = collapse(textOf(dom, s.node));
    if (text) removed.push({ start: dom.start[s.node]!, end: dom.end[s.node]!, text, reason: s.reason, rule: s.rule });
  }
  for (const d of dropped) {
    const o = d.block.owner;
    removed.push({ start: o >= 0 ? dom.start[o]! : 0, end: o >= 0 ? dom.end[o]! : 0, text: d.block.text, reason: d.reason, rule: d.rule });
  }
  removed.sort((a, b) => a.start - b.start);
  return { paragraphs: kept.map((b) => b.text), removed, marks };
}

/**
 * The JSON-LD articleBody as paragraphs: markup some publishers leave in it becomes paragraph breaks,
 * entities are decoded, and furniture lines go through the plain-text rules like any scraped text.
 */
function articleBodyFromJsonLd(ld: readonly Record<string, unknown>[]): string[] | null {
  for (const item of ld) {
    const body = item.articleBody;
    if (typeof body !== 'string' || !body.trim()) continue;
    const text = decodeHTML(body.replace(/<\/?(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>/gi, '\n\n').replace(/<[^>]+>/g, ''));
    return cleanText(text).paragraphs.slice();
  }
  return null;
}

/** Every visible <p> of the page outside furniture: the last resort. */
function allParagraphs(dom: PageDom, marks: ReadonlyMap<number, unknown>): string[] {
  const out: string[] = [];
  const under = new Uint8Array(dom.tag.length);
  for (let i = 1; i < dom.tag.length; i++) {
    under[i] = under[dom.parent[i]!]! || (marks.has(i) ? 1 : 0);
    if (dom.tag[i] === 'p' && !under[i] && dom.tag[i] !== TEXT) {
      const t = collapse(textOf(dom, i));
      if (t) out.push(t);
    }
  }
  return out;
}

function length(ps: readonly string[]): number {
  return ps.reduce((n, p) => n + p.length, 0);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
