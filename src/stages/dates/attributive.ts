/**
 * Dates that name another event than the saying (session 7, general news). A date written before a noun
 * ("until he heard the July 25 call", "Norway's October oil output") or owned by one ("Thursday night's
 * fight") is part of a noun phrase: it says when that call, output or fight happened, and the sentence's
 * reporting clause is no more dated by it than by any other noun. It still dates the saying when the noun is
 * the occasion the words were said at ("recounted in an Oct. 21 cabinet meeting", "at Tuesday's briefing").
 * A weekday inside a named day ("Black Friday", "Super Tuesday") is no weekday at all.
 */

// A determiner (or a possessive) right before the date, and a lower-case word right after it: "the July 25 call".
const DETERMINER_BEFORE = /(?:(?:^|[^\p{L}])(?:the|a|an|this|that|its|his|her|their|our|my)|\p{L}['’]s)\s+$/iu;
// … unless a preposition of occasion governs the phrase: "in an Oct. 21 cabinet meeting", "on the May 3 call", "arrested for a March 2 phone call in which he said …".
const OCCASION_BEFORE = /(?:^|[^\p{L}])(?:in|at|during|on|over|via|for)\s+(?:the|a|an|this|that|its|his|her|their|our|my)\s+$/iu;
const NOUN_AFTER = /^\s+[a-z]/;
// "Thursday night's fight": the date owns the noun after it, an occasion of speech only when it is one.
// The head noun may follow a few modifiers ("Friday's daily White House briefing"): any of the next four words.
const POSSESSIVE_AFTER = /^(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+((?:[\w/-]+\s+){0,3}[\w/-]+)/;
const OCCASIONS = new Set(
  'meeting meetings conference briefing briefings interview interviews speech address session hearing hearings show broadcast programme program episode podcast rally summit debate call statement remarks post tweet letter edition press news'.split(' '),
);
const NAMED_DAY_BEFORE = /(?:^|[^\p{L}])(?:black|cyber|good|super|holy|ash|palm|easter|maundy|shrove|giving|fat|bloody)\s+$/iu;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Whether the date at [start, end) of `clause` names another event than the saying. */
export function namesAnotherEvent(clause: string, start: number, end: number): boolean {
  const before = clause.slice(Math.max(0, start - 40), start);
  const after = clause.slice(end, end + 60);
  if (WEEKDAY.test(clause.slice(start, end).trim()) && NAMED_DAY_BEFORE.test(before)) return true;
  const owned = POSSESSIVE_AFTER.exec(after);
  if (owned) return !owned[1]!.toLowerCase().split(/\s+/).some((w) => OCCASIONS.has(w));
  return DETERMINER_BEFORE.test(before) && !OCCASION_BEFORE.test(before) && NOUN_AFTER.test(after);
}
