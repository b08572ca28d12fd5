import { describe, expect, it } from 'vitest';
import { findName, nameAfterWord, nameBeforeShortWord } from './name-scan.js';

// The regexes the scans replace, as the dates stage built them per name: the scans must answer as they do.
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FUNCTION_WORD = /^(?:the|a|an|in|on|at|of|for|and|but|with|by|from|to|as|that|this|said|says|when|while|after|before|if|then|other|new)$/i;
const byRegex = {
  findName: (text: string, name: string) => new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'u').exec(text)?.index ?? -1,
  nameAfterWord: (text: string, name: string) => {
    const re = new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gen|Adm|Col|Prof)\\.?|(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+))\\s+${escape(name)}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) if (!m[1] || !FUNCTION_WORD.test(m[1])) return true;
    return false;
  },
  nameBeforeShortWord: (text: string, name: string) => new RegExp(`(?<![\\p{L}])${escape(name)}\\s+\\p{Lu}\\p{Ll}{1,2}(?![\\p{L}])`, 'u').test(text),
};

const CASES: [string, string][] = [
  ['Jens Stoltenberg said', 'Stoltenberg'],
  ['Mr. Lou and Mrs Lou', 'Lou'],
  ['Rep. Andy Biggs', 'Biggs'],
  ['Wang Yi met Blinken. Wang said', 'Wang'],
  ['The Wang said', 'Wang'],
  ['The Smith Smith', 'Smith'],
  ['the Smith Smith', 'Smith'],
  ['In Smith. Jo Smith', 'Smith'],
  ['Wangs and Wang', 'Wang'],
  ['xMr Smith', 'Smith'],
  ['_Mr Smith', 'Smith'],
  ['ÉRep Smith', 'Smith'],
  ['1Dr Smith', 'Smith'],
  ['Mr.Smith', 'Smith'],
  ['Mr \u00a0\nSmith', 'Smith'],
  ["O'Neil Smith", 'Smith'],
  ['Jean-Luc Picard', 'Picard'],
  ['d’Estaing Giscard', 'Giscard'],
  ['Smith Jr', 'Smith'],
  ['Smith Jrs', 'Smith'],
  ['Smith Abc', 'Smith'],
  ['Smith AB', 'Smith'],
  ['Smith Aé.', 'Smith'],
  ['Zakharova Zakharowa', 'Zakharowa'],
  ['𝐀bc Smith', 'Smith'],
  ['\u{1D400}Smith 𝐀𝐛', 'Smith'],
  ['\uDC00Smith \uD835', 'Smith'],
  ['Smith\uD835\uDC00', 'Smith'],
  ['Ōkubo Tanaka Ōkubo', 'Ōkubo'],
  ['Łukasz Nowak', 'Nowak'],
  ['Gen. Milley, Sen Warner', 'Warner'],
  ['Prof Prof Smith', 'Smith'],
  ['Statement', 'Statement'],
];

describe('name scans: the same answers as the per-name regexes', () => {
  it.each(CASES)('%j, %j', (text, name) => {
    for (const f of ['findName', 'nameAfterWord', 'nameBeforeShortWord'] as const) {
      const scan = { findName, nameAfterWord, nameBeforeShortWord }[f](text, name);
      expect({ f, scan }).toEqual({ f, scan: byRegex[f](text, name) });
    }
  });

  it('on generated texts of names, honorifics, spaces, punctuation and letters of other scripts', () => {
    const parts = ['Smith', 'Smith', 'Wang', 'Jo', 'The', 'the', 'Mr', 'Mrs', 'Dr', 'Prof', 'Sen', 'Ab', 'Abc', 'Abcd', 'AB', 'x', '_', '1', 'É', 'é', 'ł', '𝐀', '𝐛', '\uD835', '\uDC00', "'", '’', '-', '.', ',', ' ', ' ', '  ', '\n', '\u00a0', ''];
    const names = ['Smith', 'Wang', 'Abc'];
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const differ: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let k = 1 + next(8); k > 0; k--) text += parts[next(parts.length)]!;
      const name = names[next(names.length)]!;
      if (findName(text, name) !== byRegex.findName(text, name) || nameAfterWord(text, name) !== byRegex.nameAfterWord(text, name) || nameBeforeShortWord(text, name) !== byRegex.nameBeforeShortWord(text, name)) {
        differ.push(`${JSON.stringify(text)} ${name}`);
      }
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });
});
