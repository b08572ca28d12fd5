/**
 * Block filters for precision (trafilatura-style), run on the container's blocks: the headline and
 * headings like the title, paragraphs that are mostly links, trailing headings, and any block the
 * plain-text line rules recognise as furniture ("Advertisement", "Read more: …", a photo credit).
 */
import type { RemovalReason } from '../../../core/types.js';
import { classifyLine } from '../text/line-rules.js';
import type { Block } from './blocks.js';
import { WordRegExp } from '../../../core/word-regexp.js';

export interface Dropped {
  readonly block: Block;
  readonly reason: RemovalReason;
  readonly rule: string;
}

const HEADING = /^h[1-6]$/;
const CLOSING_PROMO = /\bhave a (?:news )?tip\b|\bnews tip\b|\bfollow (?:him|her|them|us|me)\b.{0,60}\b(?:twitter|facebook|instagram|linkedin|threads|bluesky)|\bmay be reached at\b|\b(?:join|visit) our\b.{0,40}\b(?:forums?|community|newsletter)\b/i;

export function filterBlocks(blocks: readonly Block[], title: string): { kept: Block[]; dropped: Dropped[] } {
  const kept: Block[] = [];
  const dropped: Dropped[] = [];
  const titleWords = words(title);
  for (const b of blocks) {
    const why = dropReason(b, titleWords);
    if (why) dropped.push({ block: b, ...why });
    else kept.push(b);
  }
  // Contact and follow lines that close an article ("Have a tip? …", "Follow him on Twitter").
  for (let k = 0; k < 3 && kept.length > 1; k++) {
    const last = kept[kept.length - 1]!;
    if (last.text.length > 400 || !CLOSING_PROMO.test(last.text)) break;
    dropped.push({ block: kept.pop()!, reason: 'promo', rule: 'closing contact/follow line' });
  }
  // Headings with nothing after them introduce the next page section (related links, comments).
  while (kept.length > 0 && HEADING.test(kept[kept.length - 1]!.tag)) dropped.push({ block: kept.pop()!, reason: 'related', rule: 'trailing heading' });
  return { kept, dropped };
}

function dropReason(b: Block, titleWords: Set<string>): { reason: RemovalReason; rule: string } | null {
  if (HEADING.test(b.tag) && titleWords.size > 0 && similarity(words(b.text), titleWords) >= 0.75) return { reason: 'headline', rule: 'heading like the title' };
  if (b.besideImage && !HEADING.test(b.tag)) return { reason: 'caption', rule: 'short text beside an image' };
  const len = b.text.length;
  // A paragraph that is mostly link text points elsewhere, unless the link text is a bare URL.
  if (len > 0 && b.linkChars / len >= 0.9 && !/^(?:https?:\/\/|www\.)\S+$/.test(b.text) && b.tag !== 'li') {
    return { reason: 'related', rule: 'link-only paragraph' };
  }
  const line = classifyLine(b.text.replace(/\s+/g, ' '));
  if (line && line.reason !== 'script' && !(line.reason === 'related' && line.rule === 'all-caps teaser headline' && HEADING.test(b.tag))) {
    return { reason: line.reason, rule: `text: ${line.rule}` };
  }
  if (line?.reason === 'script') return { reason: 'script', rule: 'text: code' };
  return null;
}

// Built as written only for a text with letters outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const WORDS = new WordRegExp(String.raw`[\p{L}\p{N}]+`, 'gu');

function words(s: string): Set<string> {
  const lower = s.toLowerCase();
  return new Set(lower.match(WORDS.for(lower)) ?? []);
}

/** Share of the smaller set's words found in the other. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let hit = 0;
  for (const w of small) if (big.has(w)) hit++;
  return small.size < 3 ? 0 : hit / small.size;
}
