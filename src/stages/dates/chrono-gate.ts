import * as chrono from 'chrono-node/en';

/*
 * chrono-node runs each of its ~18 English parsers' regexes over every text it is given, and most of the
 * sentences the dates stage asks about hold no date at all: that scan was the stage's costliest step. Each
 * parser here gets a GATE, a cheap test that is true of every text the parser's regex can match anywhere
 * (a necessary condition: a word or a character the regex cannot match without). A parser whose gate fails
 * on a text is not run on it: its regex would have found nothing, so chrono's answer is the same.
 *
 * Every gate is derived from the parser's pattern in chrono-node 2.10 (locales/en/parsers, constants.js) and
 * uses the same flags ('i', not 'u'), so \W, \s and case folding mean the same in both. chrono also matches `^`
 * mid-text after a match of the same parser, but a parser only gets there after a first match in the whole
 * text, which its gate allows. A parser this table does not know (a newer chrono) is always run.
 */

const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec'; // every key of MONTH_DICTIONARY starts with one
// The first words of ORDINAL_NUMBER_PATTERN's ordinals ("twenty-first", "thirtieth") and its 1 or 2 digits.
const ORDINAL_START = '[0-9]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
const DIGIT = /[0-9]/;
// TIME_UNITS_PATTERN is NUMBER_PATTERN, up to 3 spaces and a TIME_UNIT_DICTIONARY key, repeated. Its last
// number ends in a digit, a number word, half, few, several, the, couple (then up to 2 spaces) or of; or in
// "a" or "an": after "half" (with up to 2 spaces) or, as NUMBER_PATTERN's "an?\\b", before a space.
const UNIT_WORD = 'seconds?|sec|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|qtr|quarters?|years?|yr|y';
const UNIT = `(?:(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|the|couple|of)\\s{0,5}|an?\\s{1,5}|half\\s{0,2}an?\\s{0,3})(?:${UNIT_WORD})`;
// Where NUMBER_PATTERN can start: a digit, a number word, half, a (an), few, several, the, couple.
const NUMBER_START = '[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a|few|several|the|couple';
// ENTimeUnitWithinFormatParser, ENTimeUnitCasualRelativeFormatParser: the time units end at a word boundary
// ("within two weeks", "next 3 days"), and start right after the parser's head: both are needed.
const UNIT_END = new RegExp(`${UNIT}(?!\\w)`, 'i');
const WITHIN_HEAD = new RegExp(`(?:^|\\W)(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s{0,3})?(?:${NUMBER_START})`, 'i');
const RELATIVE_HEAD = new RegExp(`(?:^|\\W)(?:this|last|past|next|after|\\+|-)\\s*(?:(?:about|around)\\s{0,3})?(?:${NUMBER_START})`, 'i');
// ENTimeUnitAgoFormatParser: "2 days ago".
const UNIT_AGO = new RegExp(`${UNIT}\\s{0,5}(?:ago|before|earlier)(?!\\w)`, 'i');
// ENTimeUnitLaterFormatParser (casual): "2 days later".
const UNIT_LATER = new RegExp(`${UNIT}\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?!\\w)`, 'i');
// ENMonthNameLittleEndianParser: an ordinal (which ends in a digit or st|nd|rd|th), its separator, a month.
const LITTLE_ENDIAN = new RegExp(`(?:[0-9]|st|nd|rd|th)(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(?:${MONTH})`, 'i');
// ENMonthNameMiddleEndianParser: a month (its stem, then letters and a dot), its separator, an ordinal.
const MIDDLE_ENDIAN = new RegExp(`(?:${MONTH})[a-z]*\\.?(?:-|/|\\s*,?\\s*)(?:${ORDINAL_START})`, 'i');
// ENYearMonthNameParser: a year (YEAR_PATTERN ends in a digit or an era), its separator, a month.
const YEAR_MONTH = new RegExp(`(?:[0-9]|BE|AD|BC|CE)(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)(?:${MONTH})`, 'i');
// ENMonthNameParser: the month after a non-word character, the start or "in" (the pattern needs no space after it).
const MONTH_WORD = new RegExp(`(?:^|\\W|in)(?:${MONTH})`, 'i');
// ENWeekdayParser: a WEEKDAY_DICTIONARY key, weekend or weekday, after a non-word character, the start, "on"
// or "this|last|past|next" (the pattern allows no space after them), and before a non-word character, the end
// or "(of) this|last|past|next week" (again with no space needed).
const WEEKDAY = /(?:^|\W|on|this|last|past|next)(?:sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)(?=\W|$|of|this|last|past|next)/i;
// ENCasualDateParser ("last night" ends in "night").
const CASUAL_DATE = /(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night)(?!\w)/i;
// ENCasualTimeParser ("midnight" ends in "night").
const CASUAL_TIME = /(?:morning|afternoon|evening|night|midday|noon)(?!\w)/i;
// ENEndOfCurrentMonthParser: "(last day|end) of (the) month".
const END_OF_MONTH = /of\s+(?:the\s+)?month(?!\w)/i;
// ENRelativeDateFormatParser: "(this|last|past|next|after this)" then a TIME_UNIT_DICTIONARY key.
const RELATIVE = new RegExp(`(?:this|last|past|next)\\s*(?:${UNIT_WORD})(?!\\w)`, 'i');

type Gate = (text: string) => boolean;
const test = (re: RegExp): Gate => (text) => re.test(text);
const both = (a: RegExp, b: RegExp): Gate => (text) => a.test(text) && b.test(text);

/** The gate of each parser of chrono's English casual configuration, by the parser's class name. */
export const GATES: Readonly<Record<string, Gate>> = {
  ENYearMonthDayParser: test(DIGIT),
  ISOFormatParser: test(DIGIT),
  SlashDateFormatParser: test(DIGIT),
  ENSlashMonthFormatParser: test(DIGIT),
  ENTimeExpressionParser: test(DIGIT),
  ENTimeUnitWithinFormatParser: both(WITHIN_HEAD, UNIT_END),
  ENTimeUnitCasualRelativeFormatParser: both(RELATIVE_HEAD, UNIT_END),
  ENTimeUnitAgoFormatParser: test(UNIT_AGO),
  ENTimeUnitLaterFormatParser: test(UNIT_LATER),
  ENMonthNameLittleEndianParser: test(LITTLE_ENDIAN),
  ENMonthNameMiddleEndianParser: test(MIDDLE_ENDIAN),
  ENYearMonthNameParser: test(YEAR_MONTH),
  ENMonthNameParser: test(MONTH_WORD),
  ENWeekdayParser: test(WEEKDAY),
  ENCasualDateParser: test(CASUAL_DATE),
  ENCasualTimeParser: test(CASUAL_TIME),
  ENEndOfCurrentMonthParser: test(END_OF_MONTH),
  ENRelativeDateFormatParser: test(RELATIVE),
};

type Parser = chrono.Chrono['parsers'][number];

/*
 * V8 compiles the patterns of "2 days ago" and "2 days later" (the time units, repeated, at the pattern's start)
 * slowly with the 'i' flag: about 0.1 s each, the most of chrono's first use in a worker thread. Spelled with
 * [aA] classes instead of the flag they compile several times faster and match the same strings: without the
 * 'u' flag, 'i' pairs an ASCII letter with its other case only (no other character folds to an ASCII letter),
 * and does not change \w, \W or \b.
 */
const FOLDED = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);

/** `re` without the 'i' flag, its ASCII letters spelled in both cases; null for syntax this does not rewrite. */
export function caseFolded(re: RegExp): RegExp | null {
  if (!re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v')) return null;
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      // \s \S \w \W \d \D \b \B and escaped punctuation only: \x41, \u0041, \cA, \k<name> or \1 would need more.
      if (!/[sSwWdDbB]|[^A-Za-z0-9]/.test(next)) return null;
      out += c + next;
      i++;
      continue;
    }
    if (c.charCodeAt(0) > 0x7f) return null;
    if (inClass) {
      if (/[A-Za-z]/.test(c)) return null;
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(' && src.startsWith('(?<', i) && /[A-Za-z]/.test(src[i + 3] ?? '')) return null;
    out += !inClass && /[A-Za-z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return new RegExp(out, re.flags.replace('i', ''));
}

// A regex that fails at once: sticky, so it is tried at the start of the text only.
const NEVER = /(?!)/y;

/** `parser` run only on texts its gate lets through; an unknown parser is always run. */
function gated(parser: Parser): Parser {
  // A bundler may suffix a class name it renamed (ENWeekdayParser2).
  const name = parser.constructor.name.replace(/\d+$/, '');
  const gate = GATES[name];
  if (!gate) return parser;
  const fold = FOLDED.has(name);
  const folded = new WeakMap<RegExp, RegExp>();
  const pattern = (context: Parameters<Parser['pattern']>[0]) => {
    const re = parser.pattern(context);
    if (!fold) return re;
    let f = folded.get(re);
    if (!f) folded.set(re, (f = caseFolded(re) ?? re));
    return f;
  };
  return {
    pattern: (context) => (gate(context.text) ? pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** chrono's English casual parser with every parser gated: the same results as `chrono.casual`. */
export const gatedCasual = new chrono.Chrono({ parsers: chrono.casual.parsers.map(gated), refiners: [...chrono.casual.refiners] });
