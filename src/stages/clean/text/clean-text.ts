/**
 * Plain text flattened from a web page (as in the seed and raw-news): one paragraph per line.
 * Lines that are page furniture are removed whole; junk glued inside a paragraph is cut out without
 * touching the sentences around it. Every removed span keeps its reason, rule and input offsets.
 */
import type { MetadataCandidate } from '../../../core/analysis.js';
import { anyOf, fold, mayMatch } from '../../../core/needle.js';
import type { RemovalReason, RemovedSpan } from '../../../core/types.js';
import { findInlineCode } from './code-detector.js';
import { classifyLine } from './line-rules.js';
import { WordRegExp } from '../../../core/word-regexp.js';

export interface TextCleanResult {
  readonly paragraphs: readonly string[];
  readonly removed: readonly RemovedSpan[];
  readonly candidates: readonly MetadataCandidate[];
}

// A scraper's header: `date 2022-02-26` at the very start, alone or followed by the first paragraph.
const DATE_HEADER = /^[ \t]*(date:?[ \t]+(\d{4}-\d{2}-\d{2}))(?=\s|$)[ \t]*/i;

interface InlineRule {
  readonly reason: RemovalReason;
  readonly rule: string;
  readonly re: RegExp;
  /** Literals one of which every match contains, lower case (core/needle.ts): most lines skip the rule. */
  readonly needles?: readonly string[] | null;
}

// Junk glued between two sentences of one paragraph. Each pattern needs sentence boundaries on both
// sides so that a sentence mentioning an advertisement or a newsletter is never cut.
const INLINE_RULES: readonly InlineRule[] = withNeedles([
  { reason: 'ad', rule: 'inline ad label', re: /(?<=[.!?"”’]\s{0,3})(?:Advertisement|ADVERTISEMENT|Sponsored content)(?=\s+[\p{Lu}"“])/gu },
  { reason: 'promo', rule: 'inline newsletter box', re: /skip past newsletter promotion[\s\S]*?after newsletter promotion/gi },
  // A teaser link or a shouted call to action glued after the paragraph's last sentence.
  { reason: 'related', rule: 'inline read-more link', re: /(?<=[.!?"”’]\s{1,3})(?:READ MORE|Read more|READ ALSO|Read also|SEE ALSO|See also|RELATED|Related):\s[^.!?\n]{5,200}[.!?]?$/gu },
  { reason: 'promo', rule: 'inline shouted call to action', re: /(?<=[.!?"”’]\s{1,3})(?:CLICK HERE|TAP HERE|SIGN UP|SUBSCRIBE|DOWNLOAD)\b[^\p{Ll}\n]{3,100}$/gu },
]);

function withNeedles(rules: readonly InlineRule[]): InlineRule[] {
  return rules.map((r) => ({ ...r, needles: anyOf(r.re.source) }));
}

// A whole sentence: several words and a sentence end.
// Built as written only for a text with letters outside ASCII (core/word-regexp.ts).
const SENTENCE = new WordRegExp(String.raw`[\p{L}]{2,}(?:[ ,]+[\p{L}\p{N}]+){3,}[.!?]["”’)]?$`, 'u');

export function cleanText(input: string): TextCleanResult {
  const removed: RemovedSpan[] = [];
  const candidates: MetadataCandidate[] = [];
  const paragraphs: string[] = [];
  let pos = 0;

  const header = DATE_HEADER.exec(input);
  if (header) {
    const start = input.indexOf(header[1]!);
    const end = start + header[1]!.length;
    removed.push({ start, end, text: header[1]!, reason: 'header', rule: 'date header' });
    candidates.push({ field: 'publishedAt', value: header[2]!, basis: 'header', span: { text: header[1]!, start, end } });
    pos = header[0].length;
  }

  const lines = logicalLines(input, pos);
  // A headline stands on a line of its own: in the seed the article starts on the header's line.
  const first = lines[0];
  const headerLineEnd = header ? input.indexOf('\n') : -1;
  const onHeaderLine = header !== null && (headerLineEnd < 0 || (first !== undefined && first.start < headerLineEnd));
  const firstText = first ? input.slice(first.start, first.end) : '';
  // Furniture rules come first: a caption or a promo on the first line keeps its own reason.
  if (first && lines.length >= 3 && !onHeaderLine && isHeadline(firstText) && !classifyLine(collapse(firstText))) {
    const text = firstText;
    removed.push({ start: first.start, end: first.end, text, reason: 'headline', rule: 'first-line headline' });
    candidates.push({ field: 'title', value: collapse(text), basis: 'first line', span: { text, start: first.start, end: first.end } });
    lines.shift();
  }

  for (const { start, end } of lines) {
    const line = input.slice(start, end);
    const rule = classifyLine(line.replace(/\s+/g, ' '));
    const cuts: RemovedSpan[] = [];
    const kept = cutInline(line, start, cuts);
    // A sentence with junk glued to it keeps the sentence when the junk alone explains the verdict.
    if (!rule || (cuts.length > 0 && SENTENCE.for(kept).test(kept) && !classifyLine(kept))) {
      removed.push(...cuts);
      if (kept) paragraphs.push(kept);
    } else removed.push({ start, end, text: line, reason: rule.reason, rule: rule.rule });
  }
  removed.sort((a, b) => a.start - b.start);
  return { paragraphs, removed, candidates };
}

/**
 * A headline as text scrapers and corpora put it on the first line (PolNeAR, feeds, copied pages):
 * a few capitalised words with no sentence end. A lede always ends a sentence, so it is never taken.
 */
export function isHeadline(line: string): boolean {
  const t = collapse(line);
  const words = t.split(' ').length;
  // Headlines run to about a dozen words; a longer line without a full stop is a lede that lost it.
  if (words < 3 || words > 16 || t.length > 120) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(t)) return false;
  const bare = t.replace(/["”’'»)\]]+$/u, '');
  if (/[.!?…:;,]$/.test(bare)) return false;
  // Two sentences in one line are prose, not a headline.
  return !/[.!?]["”’]?\s+[\p{Lu}]/u.test(t);
}

/**
 * Non-blank lines as [start, end) offsets, trimmed. A hard-wrapped paragraph is one logical line:
 * a line that does not end a sentence joins the next when that one starts in lower case.
 */
function logicalLines(input: string, from: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let pos = from;
  let joinable = false;
  while (pos <= input.length) {
    let nl = input.indexOf('\n', pos);
    if (nl < 0) nl = input.length;
    const start = skipSpace(input, pos, nl);
    const end = trimEnd(input, start, nl);
    if (end > start) {
      const last = out[out.length - 1];
      if (joinable && last && /^[\p{Ll}]/u.test(input.slice(start, start + 1))) last.end = end;
      else out.push({ start, end });
      joinable = !/[.!?:;"”'’)\]…]$/.test(input.slice(end - 1, end));
    } else joinable = false;
    pos = nl + 1;
  }
  return out;
}

/** Cuts inline junk from one line; returns the remaining paragraph text (white space collapsed). */
function cutInline(line: string, offset: number, removed: RemovedSpan[]): string {
  const cuts: Array<{ start: number; end: number; reason: RemovalReason; rule: string }> = [];
  for (const [s, e] of findInlineCode(line)) cuts.push({ start: s, end: e, reason: 'script', rule: 'inline code' });
  const folded = fold(line);
  for (const r of INLINE_RULES) {
    if (!mayMatch(folded, r.needles ?? null)) continue;
    r.re.lastIndex = 0;
    for (const m of line.matchAll(r.re)) cuts.push({ start: m.index, end: m.index + m[0].length, reason: r.reason, rule: r.rule });
  }
  if (cuts.length === 0) return collapse(line);
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const c of cuts) {
    if (c.start < at) continue; // overlapping: the earlier cut already covers it
    out += `${line.slice(at, c.start)} `;
    removed.push({ start: offset + c.start, end: offset + c.end, text: line.slice(c.start, c.end), reason: c.reason, rule: c.rule });
    at = c.end;
  }
  out += line.slice(at);
  return collapse(out);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function skipSpace(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(s[i]!)) i++;
  return i;
}

function trimEnd(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(s[i - 1]!)) i--;
  return i;
}
