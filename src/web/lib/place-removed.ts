/**
 * Where removed junk goes in the clean text, for display only.
 *
 * Removed spans point into the input as read, the article text is the input minus those spans with
 * whitespace normalised, and the input itself is not kept. So a span's place in the clean text is
 * estimated — its input offset minus everything removed before it — and snapped to the nearest
 * paragraph break, because junk (scripts, ads, promos) is removed as whole lines far more often
 * than mid-sentence; a mid-paragraph removal lands at the nearest word boundary instead.
 */

export interface Removed {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: string;
}

export interface PlacedRemoved<R extends Removed = Removed> {
  readonly at: number;
  readonly span: R;
}

export function placeRemoved<R extends Removed>(text: string, removed: readonly R[]): PlacedRemoved<R>[] {
  const breaks = paragraphBreaks(text);
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  let removedBefore = 0;
  let lastAt = 0;
  const out: PlacedRemoved<R>[] = [];
  for (const span of sorted) {
    const estimate = Math.max(0, Math.min(text.length, span.start - removedBefore));
    removedBefore += Math.max(0, span.end - span.start);
    const nearBreak = nearest(breaks, estimate);
    // A break further than normalised whitespace can drift means the junk sat inside a paragraph.
    let at = nearBreak !== null && Math.abs(nearBreak - estimate) <= 40 ? nearBreak : wordBoundary(text, estimate);
    at = Math.max(at, lastAt); // keep the input's order
    lastAt = at;
    out.push({ at, span });
  }
  return out;
}

/** Offsets where a paragraph starts (0, after each blank line) or the text ends. */
function paragraphBreaks(text: string): number[] {
  const out = [0];
  const re = /\n\s*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  out.push(text.length);
  return out;
}

function nearest(sorted: readonly number[], x: number): number | null {
  let best: number | null = null;
  for (const p of sorted) if (best === null || Math.abs(p - x) < Math.abs(best - x)) best = p;
  return best;
}

function wordBoundary(text: string, x: number): number {
  for (let d = 0; d < 40; d++) {
    if (x - d >= 0 && /\s/.test(text[x - d] ?? '')) return x - d + 1;
    if (x + d < text.length && /\s/.test(text[x + d] ?? '')) return x + d + 1;
  }
  return x;
}
