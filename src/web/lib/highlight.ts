/**
 * Splits an article into runs of text, each with the evidence marks that cover it, so the page can
 * show the quote and the words behind every field highlighted — as text nodes, never as HTML.
 */

export interface Mark {
  readonly start: number;
  readonly end: number;
  /** What the span proves: "content", "cue", "speaker", "date", "event", "target" … */
  readonly kind: string;
  /** A short explanation shown on hover/focus ("said on: on Friday"). */
  readonly label?: string;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly Mark[];
}

/**
 * @example runs('He said "no".', [{ start: 8, end: 12, kind: 'content' }])
 * // [{ text: 'He said ', marks: [] }, { text: '"no"', marks: [content] }, { text: '.', marks: [] }]
 */
export function runs(text: string, marks: readonly Mark[]): Run[] {
  const valid = marks
    .map((m) => ({ ...m, start: clamp(m.start, text.length), end: clamp(m.end, text.length) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const prev = out[out.length - 1];
    // Merge neighbours with the same marks so the DOM stays small.
    if (prev && sameMarks(prev.marks, covering)) {
      out[out.length - 1] = { start: prev.start, end, text: text.slice(prev.start, end), marks: prev.marks };
    } else {
      out.push({ start, end, text: text.slice(start, end), marks: covering });
    }
  }
  return out;
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(max, Math.trunc(n))) : 0;
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
