/**
 * Statement rowids are clustered by date: rowid = day × 2^24 + sequence, where day counts from
 * 1800-01-01 (0 when the date is unknown). Newest-first is then simply rowid descending, which every
 * index (FTS5 doclists, the targets index, the actor index) already delivers in order, so a search
 * reads only the rows of the page it returns instead of sorting all matches by date.
 */

export const DAY_SHIFT = 2 ** 24;
const EPOCH = Date.UTC(1800, 0, 1);

/** 1-based day number of a `YYYY-MM-DD` (or `YYYY-MM`) date, 0 when absent or unparseable. */
export function dayNumber(date: string | null | undefined): number {
  if (!date) return 0;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!m) return 0;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  if (Number.isNaN(t) || t < EPOCH) return 0;
  return Math.floor((t - EPOCH) / 86_400_000) + 1;
}

/** The first rowid of a day's block. */
export function dayBase(date: string | null | undefined): number {
  return dayNumber(date) * DAY_SHIFT;
}

/** `[lo, hi)` rowid bounds for an inclusive since/until; statements of unknown date only match no bound. */
export function rowidRange(since?: string, until?: string): { lo: number | null; hi: number | null } {
  const lo = since ? Math.max(DAY_SHIFT, dayBase(since)) : until ? DAY_SHIFT : null;
  const hi = until ? (dayNumber(until) + 1) * DAY_SHIFT : null;
  return { lo, hi };
}
