import { spanOf } from '../../core/span.js';
import type { TextSpan } from '../../core/types.js';
import { findDates } from './resolve.js';

export interface Dateline {
  readonly date: string;
  /** The date's words in the dateline ("17 February"). */
  readonly basis: string;
  readonly evidence: TextSpan;
  /** Where the dateline ends: the lede starts there. */
  readonly end: number;
}

// A wire dateline opens the text: a place in capitals, an optional region, a date, an optional agency, a dash
// ("MINSK, 7 February (BelTA) –", "KYIV, Feb 25 (Reuters) -"). "WASHINGTON (AP) —" has no date and gives none.
const DATELINE = /^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?,\s*([^()\n–—-]{3,30}?)\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-–—]\s/;

/**
 * The day a wire dateline gives the report, resolved against the publication day. The dateline dates the
 * report, which the publication day of a feed or a crawl only approximates.
 */
export function findDateline(text: string, ref: string | null): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 160));
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const day = findDates(m[1]!, ref).find((f) => f.precision === 'day');
  if (!day) return null;
  return { date: day.date, basis: day.text.trim(), evidence: spanOf(text, at + day.start, at + day.start + day.text.trim().length), end: m.index + m[0].length };
}
