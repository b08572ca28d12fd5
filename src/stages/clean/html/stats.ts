/**
 * Per-node counts folded bottom-up (children have larger indices than parents, so one reverse pass):
 * visible characters, characters inside links, commas, characters inside <p>. Nodes in `skip`
 * (furniture, hidden) count as empty.
 */
import { TEXT, type PageDom } from './parse.js';

export interface Stats {
  readonly chars: Float64Array;
  readonly linkChars: Float64Array;
  readonly commas: Float64Array;
  readonly paraChars: Float64Array;
  /** Element children that are blocks (p, div, lists, tables …). */
  readonly blockKids: Uint16Array;
}

export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'figure', 'figcaption', 'form', 'fieldset', 'address', 'details', 'summary', 'hr', 'center', 'body', 'html',
]);

export function computeStats(dom: PageDom, skip?: ReadonlyMap<number, unknown>): Stats {
  const n = dom.tag.length;
  const chars = new Float64Array(n);
  const linkChars = new Float64Array(n);
  const commas = new Float64Array(n);
  const paraChars = new Float64Array(n);
  const blockKids = new Uint16Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (skip?.has(i)) continue;
    const tag = dom.tag[i]!;
    if (tag === TEXT) {
      const t = dom.text[i]!;
      chars[i] = visibleLength(t);
      commas[i] = countCommas(t);
    } else if (tag === 'a') {
      linkChars[i] = chars[i]!;
    } else if (tag === 'p') {
      paraChars[i] = chars[i]!;
    }
    const p = dom.parent[i]!;
    if (p < 0) continue;
    chars[p] = chars[p]! + chars[i]!;
    linkChars[p] = linkChars[p]! + linkChars[i]!;
    commas[p] = commas[p]! + commas[i]!;
    paraChars[p] = paraChars[p]! + paraChars[i]!;
    if (BLOCK_TAGS.has(tag) && blockKids[p]! < 65535) blockKids[p]!++;
  }
  return { chars, linkChars, commas, paraChars, blockKids };
}

/** Characters once runs of white space count as one. */
function visibleLength(t: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

function countCommas(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) n++;
  }
  return n;
}
