/** Time buckets for the timeline chart. */

const DAY = 86_400_000;
const MIN_DAYS = 14;

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export type Unit = 'day' | 'week' | 'month';

/** The bucket a day falls in: itself, the Monday of its week, or its month. */
export function bucketOf(day: string, unit: Unit): string {
  if (unit === 'month') return day.slice(0, 7);
  if (unit === 'day') return day;
  const t = Date.parse(`${day}T00:00:00Z`);
  return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY);
}

/**
 * Every bucket from first to last day, so gaps show as gaps: days for up to two months, weeks up
 * to a year and a half, months beyond (a bar a few pixels wide stays readable). A short range is
 * widened to two weeks so one busy day is not one wall of colour.
 */
export function buckets(first: string, last: string): { unit: Unit; keys: string[] } {
  let from = Date.parse(`${first}T00:00:00Z`);
  let to = Date.parse(`${last}T00:00:00Z`);
  const days = Math.round((to - from) / DAY) + 1;
  const unit: Unit = days > 540 ? 'month' : days > 62 ? 'week' : 'day';
  if (unit === 'day' && days < MIN_DAYS) {
    from -= Math.floor((MIN_DAYS - days) / 2) * DAY;
    to += Math.ceil((MIN_DAYS - days) / 2) * DAY;
  }
  const keys: string[] = [];
  for (let t = from; t <= to && keys.length < 5000; t += DAY) {
    const k = bucketOf(iso(t), unit);
    if (keys[keys.length - 1] !== k) keys.push(k);
  }
  return { unit, keys };
}
