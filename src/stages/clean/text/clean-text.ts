/**
 * Plain text flattened from a web page (as in the seed and raw-news): one paragraph per line.
 * Lines that are page furniture are removed whole; junk glued inside a paragraph is cut out without
 * touching the sentences around it. Every removed span keeps its reason, rule and input offsets.
 */
import type { MetadataCandidate } from '../../../core/analysis.js';
import type { RemovalReason, RemovedSpan } from '../../../core/types.js';
import { findInlineCode } from './code-detector.js';
import { classifyLine } from './line-rules.js';

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
}

// Junk glued between two sentences of one paragraph. Each pattern needs sentence boundaries on both
// sides so that a sentence mentioning an advertisement or a newsletter is never cut.
const INLINE_RULES: readonly InlineRule[] = [
  { reason: 'ad', rule: 'inline ad label', re: /(?<=[.!?"”’]\s{0,3})(?:Advertisement|ADVERTISEMENT|Sponsored content)(?=\s+[\p{Lu}"“])/gu },
  { reason: 'promo', rule: 'inline newsletter box', re: /skip past newsletter promotion[\s\S]*?after newsletter promotion/gi },
];

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

  while (pos <= input.length) {
    let nl = input.indexOf('\n', pos);
    if (nl < 0) nl = input.length;
    const lineStart = skipSpace(input, pos, nl);
    const lineEnd = trimEnd(input, lineStart, nl);
    if (lineEnd > lineStart) {
      const line = input.slice(lineStart, lineEnd);
      const rule = classifyLine(line.replace(/\s+/g, ' '));
      if (rule) removed.push({ start: lineStart, end: lineEnd, text: line, reason: rule.reason, rule: rule.rule });
      else {
        const kept = cutInline(line, lineStart, removed);
        if (kept) paragraphs.push(kept);
      }
    }
    pos = nl + 1;
  }
  removed.sort((a, b) => a.start - b.start);
  return { paragraphs, removed, candidates };
}

/** Cuts inline junk from one line; returns the remaining paragraph text (white space collapsed). */
function cutInline(line: string, offset: number, removed: RemovedSpan[]): string {
  const cuts: Array<{ start: number; end: number; reason: RemovalReason; rule: string }> = [];
  for (const [s, e] of findInlineCode(line)) cuts.push({ start: s, end: e, reason: 'script', rule: 'inline code' });
  for (const r of INLINE_RULES) {
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
