/*
 * Finding a speaker's name in a text without a regex per name. The dates stage asked a fresh regex for every
 * surname of every document ("(?<!\p{L})Wang(?!\p{L})" and the two of writtenAsPerson); compiling a \p{L}
 * pattern costs V8 about a millisecond, far more than running it, and names rarely repeat across documents.
 * These scans give the same answers as those regexes (name-scan.test.ts runs both): a name is found with
 * indexOf, and what the regexes asked of the characters around it is asked of those characters, by code point,
 * with patterns compiled once.
 */

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// The characters of a capitalised word after its first letter: lower-case letters, apostrophes and hyphens.
const WORD_TAIL = /[\p{Ll}'’-]/u;
const SPACE = /\s/;
const ASCII_WORD = /[A-Za-z0-9_]/;
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Rep', 'Sen', 'Gen', 'Adm', 'Col', 'Prof'];
const FUNCTION_WORD = /^(?:the|a|an|in|on|at|of|for|and|but|with|by|from|to|as|that|this|said|says|when|while|after|before|if|then|other|new)$/i;

/** The code point that ends at `i` (a surrogate pair read whole), or '' at the start. */
function before(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** The code point that starts at `i`, or '' at the end. */
function after(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

const isLetter = (c: string) => c !== '' && LETTER.test(c);

/**
 * Where `name` first stands as a word in `text` (no letter on either side), or -1: what
 * /(?<![\p{L}])NAME(?![\p{L}])/u finds, for a name that starts with a letter.
 */
export function findName(text: string, name: string): number {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!isLetter(before(text, i)) && !isLetter(after(text, i + name.length))) return i;
  }
  return -1;
}

/**
 * The word before the spaces that end at `end`, as the alternation (?:\b(?:Mr|…|Prof)\.?|(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+))
 * reads it: where it starts, and the capitalised word (undefined for an honorific, which the regex tries first).
 * Both alternatives start at the same place when both match: an honorific is a capitalised word.
 */
function wordBefore(text: string, end: number): { start: number; word: string | undefined } | null {
  const h = text[end - 1] === '.' ? end - 1 : end;
  for (const honorific of HONORIFICS) {
    const start = h - honorific.length;
    if (start >= 0 && text.startsWith(honorific, start) && (start === 0 || !ASCII_WORD.test(text[start - 1]!))) return { start, word: undefined };
  }
  let i = end;
  for (let c = before(text, i); c !== '' && WORD_TAIL.test(c); c = before(text, i)) i -= c.length;
  if (i === end) return null;
  const first = before(text, i);
  if (first === '' || !UPPER.test(first)) return null;
  const start = i - first.length;
  return isLetter(before(text, start)) ? null : { start, word: text.slice(start, end) };
}

/**
 * Whether the text writes `name` as a person's name: what these two regexes found, for a name that starts with
 * a capital letter:
 *   /(?:\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gen|Adm|Col|Prof)\.?|(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+))\s+NAME(?![\p{L}])/gu,
 *   some match of which has no word or a word that is not a function word; or
 *   /(?<![\p{L}])NAME\s+\p{Lu}\p{Ll}{1,2}(?![\p{L}])/u.
 * The first is read as matchAll reads it: matches do not overlap, each search starting where the last match ended.
 */
export function nameAfterWord(text: string, name: string): boolean {
  let from = 0;
  for (let j = text.indexOf(name); j >= 0; j = text.indexOf(name, j + 1)) {
    if (isLetter(after(text, j + name.length))) continue;
    let end = j;
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    if (end === j) continue;
    const w = wordBefore(text, end);
    // A match starting inside the last one is not seen by matchAll.
    if (!w || w.start < from) continue;
    if (w.word === undefined || !FUNCTION_WORD.test(w.word)) return true;
    from = j + name.length;
  }
  return false;
}

/** Whether `name` stands before a short capitalised word ("Wang Yi"): /(?<![\p{L}])NAME\s+\p{Lu}\p{Ll}{1,2}(?![\p{L}])/u. */
export function nameBeforeShortWord(text: string, name: string): boolean {
  for (let j = text.indexOf(name); j >= 0; j = text.indexOf(name, j + 1)) {
    if (isLetter(before(text, j))) continue;
    let i = j + name.length;
    const spaces = i;
    while (i < text.length && SPACE.test(text[i]!)) i++;
    if (i === spaces) continue;
    const first = after(text, i);
    if (first === '' || !UPPER.test(first)) continue;
    i += first.length;
    // \p{Ll}{1,2} then no letter: one or two lower-case letters, then a non-letter or the end.
    const a = after(text, i);
    if (a === '' || !LOWER.test(a)) continue;
    const b = after(text, i + a.length);
    if (!isLetter(b)) return true;
    if (LOWER.test(b) && !isLetter(after(text, i + a.length + b.length))) return true;
  }
  return false;
}
