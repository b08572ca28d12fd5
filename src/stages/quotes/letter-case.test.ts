import { describe, expect, it } from 'vitest';
import { allCapitals, bareLower, letterRuns, startsLower, startsUpper, startsUpperOrDigit } from './letter-case.js';

/** Words of every kind the finders meet: ASCII, accented, other scripts, digits, title case, astral letters, empty. */
const TEXTS = [
  '', 'a', 'A', 'Z', 'z', '1', '9x', '-', '“', '’s', 'NATO', 'UN', 'U', 'U.N.', 'Nato', 'nATO', 'AB1', 'A B', 'AB\n', 'AB ',
  'Émile', 'émile', 'ÉLYSÉE', 'ÉL', 'Łódź', 'łódź', 'ǅemal', 'Ǆ', 'ΑΘΗΝΑ', 'αθηνα', 'Москва', 'ПУТИН', '٣war', 'ß', 'İ',
  '𝐀𝐁', '𝐚b', '🙂', 'AÉ', 'AÉb', '\u212A', 'ſ', 'x\u0345', 'the café in Łódź, 2024: “NATO” — 3rd',
  "Obama's", 'Obama’s', "OBAMA'S", 'Sen.', 'Sen.’s', "U.S.'s", "'s", 's', '.', "'s.", 'İ.', 'boss', "Jones'", 'Mr..', "James's's",
];

describe('letter-case helpers give their expressions’ answers', () => {
  const cases: [string, (t: string) => unknown, (t: string) => unknown][] = [
    ['startsUpper', startsUpper, (t) => /^[\p{Lu}]/u.test(t)],
    ['startsLower', startsLower, (t) => /^[\p{Ll}]/u.test(t)],
    ['startsUpperOrDigit', startsUpperOrDigit, (t) => /^[\p{Lu}\p{N}]/u.test(t)],
    ['allCapitals', allCapitals, (t) => /^[\p{Lu}]{2,}$/u.test(t)],
    ['letterRuns', letterRuns, (t) => t.match(/[\p{L}\p{N}]+/gu) ?? []],
    ['bareLower', bareLower, (t) => t.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '')],
  ];
  it.each(cases.flatMap(([name, helper, expression]) => TEXTS.map((t) => [name, t, helper, expression] as const)))('%s(%j)', (_name, t, helper, expression) => {
    expect(helper(t)).toEqual(expression(t));
  });
});
