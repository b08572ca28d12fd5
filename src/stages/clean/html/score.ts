/**
 * Readability-style container choice: paragraphs score by length and commas; the score flows to
 * their ancestors (parent fully, grandparent half, then 1/(3·level)); candidates start from a tag
 * and class/id weight and are scaled by (1 − link density). Then the top candidate is widened to a
 * shared ancestor, and siblings that look like more of the article join it (split bodies).
 */
import { TEXT, type PageDom } from './parse.js';
import type { Pruned } from './prune.js';
import { BLOCK_TAGS, type Stats } from './stats.js';

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|articlebody/;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|newsletter|subscribe/;
// Container names trafilatura trusts outright; here they are a strong bonus, not an automatic winner.
const STRONG = /articlebody|article-?body|article__body|article-content|entry-content|story-?body|post-?content|post-?body|main-content|article-text|story-text|body-text|content-body/;

const BARE_TEXT_PARENTS = new Set(['div', 'section', 'article', 'main', 'td', 'blockquote']);
const SCORABLE = new Set(['p', 'td', 'pre', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li']);

export function classWeight(hint: string): number {
  if (!hint) return 0;
  let w = 0;
  if (NEGATIVE.test(hint)) w -= 25;
  if (POSITIVE.test(hint)) w += 25;
  if (STRONG.test(hint)) w += 25;
  return w;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

export interface Container {
  /** The chosen nodes, in document order: the top candidate and the siblings that joined it. */
  readonly nodes: readonly number[];
  readonly top: number;
  readonly scores: ReadonlyMap<number, number>;
}

export function chooseContainer(dom: PageDom, stats: Stats, marks: ReadonlyMap<number, Pruned>): Container | null {
  const n = dom.tag.length;
  const scores = new Map<number, number>();
  // Inside a furniture node (parents have smaller indices, so one forward pass).
  const underMark = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const p = dom.parent[i]!;
    underMark[i] = underMark[p]! || (marks.has(p) ? 1 : 0);
  }
  const init = (i: number) => {
    if (!scores.has(i)) scores.set(i, tagWeight(dom.tag[i]!) + classWeight(dom.hint[i]!));
  };
  for (let i = 1; i < n; i++) {
    const tag = dom.tag[i]!;
    if (marks.has(i) || underMark[i]) continue;
    let a: number;
    if (tag === TEXT) {
      // Bare text beside block children is a paragraph of its own (Readability wraps it in a <p>).
      a = dom.parent[i]!;
      if (stats.chars[i]! < 25 || stats.blockKids[a] === 0 || !BARE_TEXT_PARENTS.has(dom.tag[a]!)) continue;
    } else {
      // A div with no block children is a paragraph (Readability).
      const scorable = SCORABLE.has(tag) || (tag === 'div' && stats.blockKids[i] === 0);
      if (!scorable || stats.chars[i]! < 25) continue;
      if (tag === 'li' && stats.linkChars[i]! > 0.5 * stats.chars[i]!) continue;
      a = dom.parent[i]!;
    }
    const score = 1 + stats.commas[i]! + Math.min(Math.floor(stats.chars[i]! / 100), 3);
    for (let level = 0; a > 0 && level < 5; level++, a = dom.parent[a]!) {
      if (dom.tag[a] === 'html') break;
      init(a);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, scores.get(a)! + score / divider);
    }
  }
  if (scores.size === 0) return null;
  const final = new Map<number, number>();
  for (const [i, s] of scores) {
    const ld = stats.chars[i]! > 0 ? stats.linkChars[i]! / stats.chars[i]! : 0;
    final.set(i, s * (1 - ld));
  }
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  let top = ranked[0]![0];
  const topScore = ranked[0]![1];

  // Several near-best candidates under one ancestor: the article is that ancestor (split bodies).
  const alternatives = ranked.slice(1, 6).filter(([, s]) => s / topScore >= 0.75).map(([i]) => ancestors(dom, i));
  if (alternatives.length >= 3) {
    for (let p = dom.parent[top]!; p > 0 && dom.tag[p] !== 'body'; p = dom.parent[p]!) {
      if (alternatives.filter((list) => list.has(p)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // Climb while the parent scores higher (the paragraphs' real container).
  let last = final.get(top) ?? 0;
  for (let p = dom.parent[top]!; p > 0 && dom.tag[p] !== 'body'; p = dom.parent[p]!) {
    const s = final.get(p);
    if (s === undefined) continue;
    if (s < last / 3) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  // Past wrappers that are only children.
  while (dom.parent[top]! > 0 && dom.tag[dom.parent[top]!] !== 'body' && elementChildren(dom, dom.parent[top]!).length === 1) top = dom.parent[top]!;

  return { nodes: withSiblings(dom, stats, final, top), top, scores: final };
}

function withSiblings(dom: PageDom, stats: Stats, scores: Map<number, number>, top: number): number[] {
  const parent = dom.parent[top]!;
  if (parent <= 0) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = dom.className[top]!;
  const out: number[] = [];
  for (const s of elementChildren(dom, parent)) {
    if (s === top) {
      out.push(s);
      continue;
    }
    const bonus = topClass && dom.className[s] === topClass ? topScore * 0.2 : 0;
    const score = scores.get(s);
    if (score !== undefined && score + bonus >= threshold) {
      out.push(s);
      continue;
    }
    if (dom.tag[s] === 'p' || (dom.tag[s] === 'div' && stats.blockKids[s] === 0)) {
      const len = stats.chars[s]!;
      const ld = len > 0 ? stats.linkChars[s]! / len : 1;
      if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /[.!?]["'”’)]?\s*$/.test(textOf(dom, s)))) out.push(s);
    }
  }
  return out;
}

function ancestors(dom: PageDom, i: number): Set<number> {
  const out = new Set<number>();
  for (let p = dom.parent[i]!; p > 0; p = dom.parent[p]!) out.add(p);
  return out;
}

export function elementChildren(dom: PageDom, i: number): number[] {
  return dom.children[i]!.filter((c) => dom.tag[c] !== TEXT || /\S/.test(dom.text[c]!));
}

/** Raw text of a subtree (iterative), for short checks. */
export function textOf(dom: PageDom, i: number): string {
  let out = '';
  const stack = [i];
  while (stack.length) {
    const x = stack.pop()!;
    if (dom.tag[x] === TEXT) out += dom.text[x];
    else {
      const kids = dom.children[x]!;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
  }
  return out;
}

export { BLOCK_TAGS };
