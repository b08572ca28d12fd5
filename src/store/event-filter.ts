/** What an event filter may be: a CAMEO code prefix or a PLOVER category of the codebook. */
import codebookData from '../stages/events/data/codebook.json' with { type: 'json' };

/** The PLOVER categories that CAMEO codes map to in the codebook (REQUEST, ACCUSE, …), sorted. */
export const PLOVER_CATEGORIES: readonly string[] = [
  ...new Set(Object.values(codebookData.codes as Record<string, { plover: string | null }>).flatMap((c) => (c.plover ? [c.plover] : []))),
].sort();

/**
 * Null when `value` can match statements (1–4 digits of a CAMEO code, or a PLOVER category in any
 * case); otherwise the sentence that says what is expected, so a typo is an error, not an empty result.
 */
export function eventFilterProblem(value: string): string | null {
  if (/^\d{1,4}$/.test(value) || PLOVER_CATEGORIES.includes(value.toUpperCase())) return null;
  return `expected a CAMEO code prefix (02, 027) or a PLOVER category (${PLOVER_CATEGORIES.join(', ')})`;
}
