import { describe, expect, it } from 'vitest';
import { asciiSource, asciiWorded, latinSource, WordRegExp, wordScript } from './word-regexp.js';

const BOUNDED = String.raw`(?<![\p{L}\p{N}])(?:war|support\w*|stand\w* (?:with|by))(?![\p{L}\p{N}])`;

describe('asciiSource', () => {
  it.each([
    [BOUNDED, String.raw`(?<![A-Za-z0-9])(?:war|support\w*|stand\w* (?:with|by))(?![A-Za-z0-9])`],
    // Outside a class the escape becomes a class of its own; inside one, its ranges.
    [String.raw`(?<!\p{L})['‘’]`, String.raw`(?<![A-Za-z])['‘’]`],
    [String.raw`(?:\s+[\p{L}'’-]+){0,5}`, String.raw`(?:\s+[A-Za-z'’-]+){0,5}`],
    [String.raw`[^\p{L}\p{N}]`, String.raw`[^A-Za-z0-9]`],
    // An escaped backslash before "p" is no property escape.
    [String.raw`a\\p{L}`, String.raw`a\\p{L}`],
    ['no classes', 'no classes'],
    // Another property (or a negated one) is not told apart from ASCII by the letters of a text: no ASCII form.
    [String.raw`\p{Lu}\w+`, null],
    [String.raw`\P{L}`, null],
  ])('%s → %s', (source, expected) => {
    expect(asciiSource(source)).toBe(expected);
  });

  // Without the i flag, upper- and lower-case letters have ASCII forms too; other properties still have none.
  it.each([
    [String.raw`\p{Lu}[\p{L}'’-]*`, String.raw`[A-Z][A-Za-z'’-]*`],
    [String.raw`(?<![\p{L}'’-])[\p{Ll}][\p{Ll}'’-]*`, String.raw`(?<![A-Za-z'’-])[a-z][a-z'’-]*`],
    [String.raw`(?<=\p{Ll}\.)\p{Lu}`, String.raw`(?<=[a-z]\.)[A-Z]`],
    [String.raw`\p{Lt}`, null],
    [String.raw`\P{Lu}`, null],
  ])('cased: %s → %s', (source, expected) => {
    expect(asciiSource(source, true)).toBe(expected);
  });
});

describe('asciiWorded', () => {
  it.each([
    ['Russia said on Monday', true],
    // Punctuation, spaces and symbols outside ASCII are neither letters nor digits.
    ['“We will,” he said — at 5 €', true],
    ['emoji 🙂 only', true],
    ['a lone surrogate \uD800 is no letter', true],
    ['🙂 then a café', false],
    ['', true],
    ['the café', false],
    ['Łódź', false],
    ['two ٣', false],
    ['𝐀 mathematical letter', false],
    // Letters that fold into ASCII under the i flag (long s, Kelvin sign), and a mark that folds into a letter.
    ['ſanctions', false],
    ['\u212Aiev', false],
    ['a\u0345', false],
  ])('%j → %s', (text, expected) => {
    expect(asciiWorded(text)).toBe(expected);
  });
});

describe('WordRegExp', () => {
  const texts = [
    'They will support Ukraine in the war.',
    'warfare is no war',
    '“We stand with Ukraine,” she said.',
    'the war’s end',
    // Non-ASCII letters right at a bound: the exact classes must decide.
    'waré and éwar and war',
    'supportée',
    'Łódź supports war',
    'ſupport the WAR',
    'WAR\u212A is not war',
    'war𝐀 war',
    '٣war war٣',
    // Upper- and lower-case letters outside ASCII next to ASCII ones.
    'Émile Zola and Lech Wałęsa met Mr. Smith.He left',
    'the ÉLYSÉE said; Dž and ǅ are title case',
    'Ursula von der Leyen of the EU, in Brussels',
  ];
  const sources: [string, string][] = [
    [BOUNDED, 'giu'],
    [String.raw`(?<![\p{L}])(he|she|it|they)(?![\p{L}'’])`, 'giu'],
    [String.raw`(?<![\p{L}])(?:supp|war)`, 'giu'],
    [String.raw`(?:^|\s)[\p{L}-]+(?=\s|$)`, 'gu'],
    // Cased classes (names.ts's capitalised spans, pronoun-antecedent.ts's lower-case words), and one under the i flag.
    [String.raw`\p{Lu}(?:[\p{L}'’-]|\.(?!(?<=\p{Ll}\p{Ll}\.)\p{Lu}\p{Ll}))*(?:[^\S\n]+(?:(?:of|the|von|der)[^\S\n]+)*\p{Lu}(?:[\p{L}'’-]|\.(?!(?<=\p{Ll}\p{Ll}\.)\p{Lu}\p{Ll}))*)*`, 'gu'],
    [String.raw`(?<![\p{L}'’-])[\p{Ll}][\p{Ll}'’-]*`, 'gu'],
    [String.raw`\b\p{Lu}\w+`, 'giu'],
  ];

  // The behaviour the stages rely on: exactly the matches of the expression as written, on every text.
  it.each(sources.flatMap(([source, flags]) => texts.map((text) => [source, flags, text] as const)))('%s /%s on %j: the matches of the expression as written', (source, flags, text) => {
    const exact = [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, ...m]);
    const picked = [...text.matchAll(new WordRegExp(source, flags).for(text))].map((m) => [m.index, ...m]);
    expect(picked).toEqual(exact);
  });

  it('the ASCII form would be wrong on a text with other letters, which is why it is not used there', () => {
    const ascii = new RegExp(asciiSource(BOUNDED)!, 'iu');
    expect(ascii.test('waré')).toBe(true);
    expect(new RegExp(BOUNDED, 'iu').test('waré')).toBe(false);
    expect(new WordRegExp(BOUNDED, 'iu').for('waré').test('waré')).toBe(false);
  });

  it('runs the ASCII form on an ASCII-worded text, and the source as written on any other', () => {
    const re = new WordRegExp(BOUNDED, 'iu');
    expect(re.for('the war').source).not.toContain('\\p{');
    expect(re.for('the кафе war').source).toBe(BOUNDED);
    // A text whose other letters are all Latin ones up to U+024F gets the cut form (see below).
    expect(re.for('the café war').source).not.toContain('\\p{');
    expect(re.pick(false)).toBe(re.pick(false));
  });

  it('keeps a source it cannot put in ASCII form, and any source without the u flag', () => {
    const other = new WordRegExp(String.raw`\p{Lt}\w+`, 'u');
    expect(other.pick(true)).toBe(other.pick(false));
    expect(other.for('said ǅemal').exec('said ǅemal')?.[0]).toBe('ǅemal');
    // A cased class under the i flag has no ASCII form either (asciiSource's `cased`).
    const folded = new WordRegExp(String.raw`\p{Lu}\w+`, 'iu');
    expect(folded.pick(true)).toBe(folded.pick(false));
    // Without u, "\p{L}" is the letters p{L} (an identity escape): kept as written.
    const literal = new WordRegExp(String.raw`a\p{L}`, '');
    expect(literal.for('ap{L}').test('ap{L}')).toBe(true);
  });
});

describe('WordRegExp is made on first use', () => {
  it('an invalid source throws when the expression is first picked, not when it is declared', () => {
    const bad = new WordRegExp('(?<![\\p{L}])(?:unclosed', 'iu');
    expect(() => bad.pick(true)).toThrow(SyntaxError);
    expect(() => bad.pick(false)).toThrow(SyntaxError);
  });
  it('gives the same expression each time, whichever form is picked first', () => {
    const a = new WordRegExp(BOUNDED, 'iu');
    const exact = a.pick(false);
    expect(a.pick(true)).not.toBe(exact);
    expect(a.pick(false)).toBe(exact);
    const b = new WordRegExp('plain', 'i');
    expect(b.pick(false)).toBe(b.pick(true));
  });
});

describe('script-1 texts (letters and digits up to U+024F) and the cut classes', () => {
  it('sorts texts by the letters and digits they hold', () => {
    expect(wordScript('the war, “now” — 😀')).toBe(0);
    expect(wordScript('Erdoğan met Sánchez in Łódź ½')).toBe(1);
    expect(wordScript('Erdoğan met Зеленський')).toBe(2);
    expect(wordScript('a\u0345b')).toBe(2);
    expect(asciiWorded('Sánchez')).toBe(false);
  });

  // Every code point a script-1 text can hold: up to U+024F, or no letter or digit (with the i flag's folding).
  const WORD = /^[\p{L}\p{N}]$/iu;
  const inScript1 = (c: number) => c <= 0x24f || !WORD.test(String.fromCodePoint(c));
  it.each([
    ['\\p{L}', 'u'],
    ['\\p{L}', 'iu'],
    ['\\p{N}', 'u'],
    ['\\p{N}', 'iu'],
    ['\\p{L}\\p{N}', 'u'],
    ['\\p{L}\\p{N}', 'iu'],
    ['^\\p{L}\\p{N}', 'iu'],
  ])('[%s] with flags %s matches the same code points of a script-1 text as its cut form', (inside, flags) => {
    const exact = new RegExp(`^[${inside}]$`, flags);
    const cut = new RegExp(latinSource(`^[${inside}]$`)!, flags);
    expect(cut.source).not.toContain('\\p');
    const differ: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (!inScript1(c)) continue;
      const s = String.fromCodePoint(c);
      if (exact.test(s) !== cut.test(s)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('runs the cut form on a script-1 text and finds what the expression as written finds', () => {
    const re = new WordRegExp(BOUNDED, 'giu');
    const text = 'Sánchez: war, supportéd warß, ½war, we stand by Łódź and stand with war’s end';
    expect(re.pick(1)).not.toBe(re.pick(2));
    expect(re.pick(1).source).not.toContain('\\p');
    const exact = [...text.matchAll(new RegExp(BOUNDED, 'giu'))].map((m) => [m.index, m[0]]);
    expect(exact.length).toBeGreaterThan(1);
    expect([...text.matchAll(re.for(text))].map((m) => [m.index, m[0]])).toEqual(exact);
  });

  it('keeps the expression as written for a source with another property escape, and the one expression without one', () => {
    const other = new WordRegExp(String.raw`\p{Lt}\w+`, 'u');
    expect(other.pick(1)).toBe(other.pick(2));
    const plain = new WordRegExp('war', 'i');
    expect(plain.pick(1)).toBe(plain.pick(0));
  });
});
