/**
 * Serialises the chosen container into blocks (one per paragraph, heading, list item, quote, cell,
 * or run of bare text between `<br><br>`), skipping furniture and Readability's "conditionally
 * cleaned" link-heavy boxes, and recording each skipped node as a removed span.
 */
import type { RemovalReason } from '../../../core/types.js';
import { TEXT, type PageDom } from './parse.js';
import type { Pruned } from './prune.js';
import { classWeight } from './score.js';
import { BLOCK_TAGS, type Stats } from './stats.js';

export interface Block {
  readonly text: string;
  readonly linkChars: number;
  /** The nearest block element holding the text. */
  readonly owner: number;
  readonly tag: string;
}

export interface SkippedNode {
  readonly node: number;
  readonly reason: RemovalReason;
  readonly rule: string;
}

const BR = '\u2028';
const CLEANABLE = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'form', 'aside']);

/** Readability's conditional cleaning: a box with few commas that is mostly links or badly weighted. */
function conditionalSkip(dom: PageDom, stats: Stats, i: number): Pruned | null {
  const tag = dom.tag[i]!;
  if (!CLEANABLE.has(tag) || stats.commas[i]! >= 10) return null;
  const chars = stats.chars[i]!;
  if (chars === 0) return null;
  const weight = classWeight(dom.hint[i]!);
  const ld = stats.linkChars[i]! / chars;
  if (weight < 0) return { reason: 'related', rule: 'negative class weight' };
  if ((weight < 25 && ld > 0.2 && chars < 1500) || ld > 0.5) return { reason: 'related', rule: `link-heavy ${tag} (${ld.toFixed(2)})` };
  return null;
}

export function collectBlocks(dom: PageDom, stats: Stats, marks: ReadonlyMap<number, Pruned>, roots: readonly number[]): { blocks: Block[]; skipped: SkippedNode[] } {
  const blocks: Block[] = [];
  const skipped: SkippedNode[] = [];
  let buf = '';
  let links = 0;
  let linkDepth = 0;
  const owners: number[] = [];

  const flush = () => {
    if (!/[^\s\u2028]/.test(buf)) {
      buf = '';
      links = 0;
      return;
    }
    const owner = owners[owners.length - 1] ?? -1;
    const parts = buf.split(/\s*\u2028\s*\u2028[\s\u2028]*/);
    for (const part of parts) {
      const text = part
        .replace(/[^\S\u2028]+/g, ' ')
        .replace(/ ?\u2028 ?/g, '\n')
        .trim();
      // Link characters are shared among the parts in proportion to their length.
      if (text) blocks.push({ text, linkChars: parts.length === 1 ? links : (links * part.length) / buf.length, owner, tag: owner >= 0 ? dom.tag[owner]! : '' });
    }
    buf = '';
    links = 0;
  };

  for (const root of roots) {
    const stack: Array<[number, boolean]> = [[root, false]];
    while (stack.length) {
      const [i, exit] = stack.pop()!;
      const tag = dom.tag[i]!;
      if (exit) {
        if (tag === 'a') linkDepth--;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          owners.pop();
        }
        continue;
      }
      if (tag === TEXT) {
        const t = dom.text[i]!;
        buf += t;
        if (linkDepth > 0) links += t.replace(/\s+/g, ' ').trim().length;
        continue;
      }
      if (tag === 'br') {
        buf += BR;
        continue;
      }
      const mark = marks.get(i) ?? (i === root ? null : conditionalSkip(dom, stats, i));
      if (mark) {
        if (stats.chars[i]! > 0 || marks.has(i)) skipped.push({ node: i, reason: mark.reason, rule: mark.rule });
        // Inline furniture (a <time> inside a sentence) still separates words.
        if (!BLOCK_TAGS.has(tag)) buf += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        owners.push(i);
      } else if (tag === 'img' || tag === 'hr' || tag === 'wbr') {
        continue;
      }
      if (tag === 'a') linkDepth++;
      stack.push([i, true]);
      const kids = dom.children[i]!;
      for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, false]);
    }
    flush();
  }
  return { blocks, skipped };
}
