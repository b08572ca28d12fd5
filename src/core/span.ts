import type { TextSpan } from './types.js';

/** The span [start, end) of `text` as a TextSpan. */
export function spanOf(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Shrinks [start, end) past leading and trailing white space. */
export function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return spanOf(text, s, e);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the first span in `sorted` (by start) whose start is ≥ `at`. */
export function lowerBound(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans of `sorted` (by start, each shorter than `maxLength`) that overlap [start, end), found by
 * binary search: linear work per query instead of a scan of the whole list.
 */
export function overlapping<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number, maxLength = 400): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start - maxLength); i < sorted.length && sorted[i]!.start < end; i++) {
    const s = sorted[i]!;
    if (s.start < end && start < s.end) out.push(s);
  }
  return out;
}
