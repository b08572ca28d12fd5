/**
 * Regular expressions with Unicode letter and digit classes (`\p{L}`, `\p{N}`, mostly as word bounds:
 * `(?<![\p{L}\p{N}])`) that cost next to nothing to build.
 *
 * Why: V8 expands each such class into its hundreds of ranges when the expression is made (~0.3 ms) and
 * compiles them twice, to bytecode on the first run and to machine code on the second (~3.5 ms). A lexicon of a
 * few hundred word-bounded patterns then costs over a second in every process and worker thread before it
 * matches at its steady speed, more than all its matching over a hundred documents.
 *
 * How, exactly: in a text whose letters and digits are all ASCII (nearly every English news text) no character
 * can tell `\p{L}` from `[A-Za-z]` or `\p{N}` from `[0-9]`: each character is in both or in neither. An expression
 * with the ASCII classes in their place therefore finds exactly the same matches there, with the same groups,
 * and is as cheap to build as any. A WordRegExp runs that copy on such texts, and builds the expression as
 * written only the first time a text holds another letter or digit ("Łódź", "café").
 * Under the `i` flag `[A-Za-z]` also takes ſ (U+017F) and the Kelvin sign (U+212A), which fold to s and k: both
 * are letters outside ASCII, so an ASCII-worded text holds neither.
 */

// Without the i flag (under it an ASCII class also takes ſ and the Kelvin sign): the characters to look at.
const NON_ASCII = /[^\0-\x7f]/g;
// With the i flag the exact classes also take characters that fold into a letter (U+0345 folds to ι): those
// make a text non-ASCII-worded as well.
const WORD_CHAR = /^[\p{L}\p{N}]$/iu;
/** Whether each code point outside ASCII met so far is a letter or digit (texts repeat a few: ’ “ ” — …). */
const wordChars = new Map<number, boolean>();

function wordChar(c: number): boolean {
  let known = wordChars.get(c);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(c));
    if (wordChars.size < 4096) wordChars.set(c, known);
  }
  return known;
}

/**
 * Which letters and digits a text holds: ASCII only (0), else only ASCII and Latin ones up to U+024F (Latin-1
 * Supplement, Latin Extended-A and -B: "Erdoğan", "Łódź", "Sánchez", 1), else any (2). See LATIN_CLASS below.
 */
export type WordScript = 0 | 1 | 2;

/** The highest code point a letter or digit of a script-1 text may have. */
const LATIN_END = 0x24f;

// The last few texts asked about and their answers: a stage asks about the same content, cue and their join in turn.
const recent: string[] = [];
const recentScript: WordScript[] = [];
let next = 0;

/** The WordScript of `text` (remembered for the last few texts asked about). */
export function wordScript(text: string): WordScript {
  const k = recent.indexOf(text);
  if (k >= 0) return recentScript[k]!;
  let script: WordScript = 0;
  // The characters outside ASCII found by an expression (test, not exec: no match object), not by a loop over
  // every character: most texts hold a few.
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.test(text)) {
    const c = text.codePointAt(NON_ASCII.lastIndex - 1)!;
    if (wordChar(c)) {
      script = 1;
      if (c > LATIN_END) {
        script = 2;
        break;
      }
    }
    // A surrogate pair is read whole.
    if (c > 0xffff) NON_ASCII.lastIndex++;
  }
  recent[next] = text;
  recentScript[next] = script;
  next = (next + 1) % 4;
  return script;
}

/** Whether every letter and digit of `text` is ASCII (remembered for the last few texts asked about). */
export function asciiWorded(text: string): boolean {
  return wordScript(text) === 0;
}

const ASCII_CLASS: Readonly<Record<string, string>> = { L: 'A-Za-z', N: '0-9' };
/**
 * Upper- and lower-case letters: in an ASCII-worded text every letter is ASCII, and the ASCII letters in `\p{Lu}`
 * are exactly A-Z, in `\p{Ll}` exactly a-z. Not under the i flag, where `\p{Lu}` takes the letters that fold to
 * an upper-case one (every cased letter) but `[A-Z]` also takes ſ and the Kelvin sign: no ASCII form there.
 */
const CASED_CLASS: Readonly<Record<string, string>> = { ...ASCII_CLASS, Lu: 'A-Z', Ll: 'a-z' };

/** The ranges of the code points up to LATIN_END that `re` matches, as the inside of a class (\u escapes). */
function rangesUpTo(re: RegExp): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let c = 0; c <= LATIN_END; c++) {
    if (!re.test(String.fromCharCode(c))) continue;
    let last = c;
    while (last + 1 <= LATIN_END && re.test(String.fromCharCode(last + 1))) last++;
    out += last === c ? hex(c) : `${hex(c)}-${hex(last)}`;
    c = last;
  }
  return out;
}

/**
 * `\p{L}` and `\p{N}` cut to the code points up to U+024F. In a script-1 text no character can tell the cut class
 * from the whole one, with or without the i flag: every letter or digit of the text is in both or in neither, and
 * any other character (’, “, an emoji; and U+0345, which folds to a Greek letter, makes a text script 2) is in
 * neither (word-regexp.test.ts checks every code point). A lexicon pattern bounded by the cut classes compiles
 * about ten times faster than with the whole ones, whose hundreds of ranges V8 expands and case-folds.
 */
let latinClass: Readonly<Record<string, string>> | undefined;
function latinClasses(): Readonly<Record<string, string>> {
  return (latinClass ??= { L: rangesUpTo(/^\p{L}$/u), N: rangesUpTo(/^\p{N}$/u) });
}

/** The source in its script-1 form (see latinClasses), or null when it has another property escape. */
export function latinSource(source: string): string | null {
  return classSource(source, latinClasses());
}

/**
 * The source with each `\p{L}` and `\p{N}` (and, when `cased`, `\p{Lu}` and `\p{Ll}`) in ASCII form (inside a
 * class its ranges, outside it a class of them); the source itself when it has no such escape; null when it has
 * another property escape (`\p{Lt}`, `\P{L}`), which an ASCII-worded text may still tell apart from any ASCII class.
 * `cased` must be false for an expression with the i flag (see CASED_CLASS).
 */
export function asciiSource(source: string, cased = false): string | null {
  return classSource(source, cased ? CASED_CLASS : ASCII_CLASS);
}

/** The source with each `\\p{NAME}` NAME of `classes` holds in the ranges given there (see asciiSource). */
function classSource(source: string, classes: Readonly<Record<string, string>>): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        const name = source.slice(i + 3, close);
        const ranges = next === 'p' && source[i + 2] === '{' && Object.hasOwn(classes, name) ? classes[name] : undefined;
        if (ranges === undefined) return null;
        out += inClass ? ranges : `[${ranges}]`;
        i = close;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A regular expression run in its ASCII form on ASCII-worded texts and as written on any other (see above).
 * Both are made on first use: a lexicon holds hundreds of patterns, most of which a worker's documents never
 * reach (their needles are absent), and making a RegExp parses its source (~25 µs for a lexicon pattern).
 */
export class WordRegExp {
  readonly source: string;
  readonly flags: string;
  // Undefined until first use; `exact` (`latin`) is `ascii` itself when the source has nothing to replace, and
  // `latin` is null when the source has no script-1 form.
  private ascii: RegExp | undefined;
  private exact: RegExp | null | undefined;
  private latin: RegExp | null | undefined;

  constructor(source: string, flags = '') {
    this.source = source;
    this.flags = flags;
  }

  /**
   * The expression to run on a text for which wordScript() gave `script` (or asciiWorded() gave `script`: true is
   * script 0, false script 2). Each expression keeps its own lastIndex.
   */
  pick(script: boolean | WordScript): RegExp {
    const unicode = this.flags.includes('u') || this.flags.includes('v');
    if (this.ascii === undefined) {
      // Without the u (or v) flag `\p{L}` is no class but the letters "p{L}": the source is kept as written.
      const source = unicode ? asciiSource(this.source, !this.flags.includes('i')) : this.source;
      this.ascii = new RegExp(source ?? this.source, this.flags);
      this.exact = source === null || source === this.source ? this.ascii : null;
    }
    if (script === true || script === 0) return this.ascii;
    if (script === 1) {
      if (this.latin === undefined) {
        const source = unicode ? latinSource(this.source) : this.source;
        this.latin = source === null ? null : source === this.source ? (this.exact ?? this.ascii) : new RegExp(source, this.flags);
      }
      if (this.latin !== null) return this.latin;
    }
    this.exact ??= new RegExp(this.source, this.flags);
    return this.exact;
  }

  /** The expression to run on `text`. */
  for(text: string): RegExp {
    return this.pick(wordScript(text));
  }
}
