/**
 * HTML main-content extraction: parse once into flat arrays, mark furniture, choose the article
 * container (Readability-style scoring and sibling recovery, for recall), serialise it into blocks
 * and filter them (trafilatura-style, for precision). No per-site rules.
 */
import type { RemovedSpan } from '../../../core/types.js';
import type { TextCleanResult } from '../text/clean-text.js';
import { collectBlocks } from './blocks.js';
import { filterBlocks } from './filters.js';
import { htmlCandidates, jsonLdItems } from './metadata.js';
import { parseHtml, TEXT, type PageDom } from './parse.js';
import { markFurniture } from './prune.js';
import { chooseContainer, textOf } from './score.js';
import { computeStats } from './stats.js';

// Under this many characters the container is probably wrong; the fallbacks get a chance.
const MIN_ARTICLE_CHARS = 250;

export interface HtmlOptions {
  readonly url: string | null;
}

export function cleanHtml(html: string, options: HtmlOptions): TextCleanResult {
  const dom = parseHtml(html);
  const marks = markFurniture(dom, computeStats(dom));
  const stats = computeStats(dom, marks);
  const candidates = htmlCandidates(dom, options.url);
  const title = candidates.find((c) => c.field === 'title')?.value ?? '';
  const container = chooseContainer(dom, stats, marks);
  const { blocks, skipped } = container ? collectBlocks(dom, stats, marks, container.nodes) : { blocks: [], skipped: [] };
  const { kept, dropped } = filterBlocks(blocks, title);
  let paragraphs = kept.map((b) => b.text);

  const removed: RemovedSpan[] = [];
  for (const s of skipped) {
    const text = collapse(textOf(dom, s.node));
    if (text) removed.push({ start: dom.start[s.node]!, end: dom.end[s.node]!, text, reason: s.reason, rule: s.rule });
  }
  for (const d of dropped) {
    const o = d.block.owner;
    removed.push({ start: o >= 0 ? dom.start[o]! : 0, end: o >= 0 ? dom.end[o]! : 0, text: d.block.text, reason: d.reason, rule: d.rule });
  }

  if (length(paragraphs) < MIN_ARTICLE_CHARS) {
    const fallback = articleBodyFromJsonLd(dom) ?? allParagraphs(dom, marks);
    if (length(fallback) > length(paragraphs)) paragraphs = fallback;
  }
  removed.sort((a, b) => a.start - b.start);
  return { paragraphs, removed, candidates };
}

function articleBodyFromJsonLd(dom: PageDom): string[] | null {
  for (const item of jsonLdItems(dom.jsonLd)) {
    const body = item.articleBody;
    if (typeof body === 'string' && body.trim()) {
      return body
        .split(/\n\s*\n|\r?\n/)
        .map(collapse)
        .filter(Boolean);
    }
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
