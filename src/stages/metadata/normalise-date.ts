/**
 * A publication date as `YYYY-MM-DD`, or null. ISO dates keep the publisher's own calendar day
 * (the date part as written, whatever the offset); other forms go through Date.parse in UTC.
 * @example normaliseDate('2019-11-20T23:30:00-05:00') // '2019-11-20'
 */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!/[a-z]{3}/i.test(v) || !/\d{4}/.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
