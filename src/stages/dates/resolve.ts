import type { DatePrecision } from '../../core/types.js';
import { gatedCasual } from './chrono-gate.js';

export interface FoundDate {
  readonly date: string;
  readonly precision: DatePrecision;
  /** The words that fixed it ("on Friday"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const RELATIVE_WORDS = /\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|earlier today)\b/i;
/** A year written out: 2022, or '22 after a month or day. */
const NAMED_YEAR = /\b(?:1[89]|20)\d{2}\b|['’]\d{2}\b/;
const YEAR_ONLY = /\bin\s+((?:19|20)\d{2})\b(?!\s*[-–]\d)/g;
/**
 * "Three days after President Lai took office", "two days before the vote": chrono counts these from the
 * publication day, but they count from another event, whose day the words do not give.
 */
const FROM_ANOTHER_EVENT = /\b(?:after|before)$/i;
/**
 * "in the past few weeks", "over the last two days", "the past month": a stretch of time up to the report, in
 * which something happened on no particular day. ("Last week" and "last month" are one week and one month.)
 */
const PERIOD_TO_NOW = /^(?:the\s+)?(?:(?:past|last|previous)\s+(?:(?:few|several|couple(?:\s+of)?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty)\s+)+(?:hours|days|weeks|months|years)|past\s+(?:day|week|month|year))\b/i;
/**
 * "Sun Lijun, an engineer, says …", "Sat Paul": a weekday's abbreviation alone is a name in running text, which
 * writes "on Sunday"; the abbreviation dates only next to a day or a month ("Sun, Dec. 22"), which chrono
 * then reads with it.
 */
const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\.?$/i;
/** "rose 7/32", "a 1/2 share": two numbers with a slash and no year are a fraction or a score, not a day. */
const FRACTION = /^\d{1,2}\/\d{1,2}$/;
/** "two weeks ago", "a few months earlier": a count of weeks or months, whose day the words do not fix. */
const COUNTED_UNITS = /\b(week|month)s\b/i;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/**
 * findDates for one document's text, remembered per document (`doc` is any object that lives as long as the
 * document, e.g. its Segments): the dates stage asks about the same sentence for several statements (their own
 * clause, a speaker's earlier dated sentence), and chrono is the stage's costliest step; its answer depends on
 * the text and the day only.
 */
export function datesIn(doc: object, text: string, ref: string | null): readonly FoundDate[] {
  let known = memo.get(doc);
  if (!known) memo.set(doc, (known = new Map()));
  const key = `${ref ?? ''}\u0000${text}`;
  let found = known.get(key);
  if (!found) known.set(key, (found = findDates(text, ref)));
  return found;
}

const memo = new WeakMap<object, Map<string, readonly FoundDate[]>>();

/**
 * Dates in `text` resolved against the publication day `ref` (YYYY-MM-DD), with their precision.
 * News reports what was said, so a bare weekday is the last such day on or before publication, and a day
 * without a year that would fall after publication is last year's. Without `ref`, only dates with a year count.
 */
export function findDates(text: string, ref: string | null): readonly FoundDate[] {
  const instant = new Date(`${ref ?? '2000-01-01'}T12:00:00Z`);
  const out: FoundDate[] = [];
  for (const r of gatedCasual.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const s = r.start;
    const words = r.text;
    const weekday = s.isCertain('weekday') && !s.isCertain('day');
    const dayish = s.isCertain('day') || weekday || RELATIVE_WORDS.test(words);
    // "two weeks ago", "a few months ago": chrono fixes a day, but the words give only the week or the month.
    const counted = COUNTED_UNITS.exec(words)?.[1]?.toLowerCase();
    const weekish = /\bweek\b/i.test(words) || counted === 'week';
    const monthish = (!dayish && !weekish && (s.isCertain('month') || /\bmonth\b/i.test(words))) || counted === 'month';
    if (!dayish && !weekish && !monthish) continue; // a time of day or a bare number
    if (FROM_ANOTHER_EVENT.test(words) || PERIOD_TO_NOW.test(words) || WEEKDAY_ABBREVIATION.test(words) || FRACTION.test(words)) continue;
    // "via USA Today", "told Russia Today": a capitalised "Today" after a capitalised word is a title.
    if (/^T(?:oday|onight)\b/.test(words) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, r.index - 24), r.index))) continue;
    // "the march toward Moscow", "it may rain": a lower-case month word alone is an ordinary word.
    if (/^(?:january|february|march|april|may|june|july|august|september|october|november|december|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)\.?$/.test(words)) continue;
    // Without a publication day there is nothing to count from: "two months after", "next 12 months" and
    // "last Friday" would be counted from chrono's stand-in day. Only words that name their year date.
    if (!ref && !(s.isCertain('year') && NAMED_YEAR.test(words))) continue;
    let date = iso(s.date());
    if (ref && weekday && !/\b(?:next|coming)\b/i.test(words) && date > ref) date = addDays(date, -7);
    if (ref && s.isCertain('day') && !s.isCertain('year') && date > addDays(ref, 1)) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    const precision: DatePrecision = weekish ? 'week' : monthish ? 'month' : 'day';
    out.push({ date, precision, text: words, start: r.index, end: r.index + words.length });
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    out.push({ date: `${m[1]}-01-01`, precision: 'year', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  // Frozen: one answer is shared by every caller that asks about the same text.
  for (const f of out) Object.freeze(f);
  return Object.freeze(out.sort((a, b) => a.start - b.start));
}
