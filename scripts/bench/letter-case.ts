/**
 * The quotes stage's letter-case tests against the Unicode expressions they stand for, same texts, same process
 * (the bundled VOA stories, ASCII-worded like most English news): names.ts's capitalised spans and
 * pronoun-antecedent.ts's lower-case words as written (`\p{Lu}`, `\p{Ll}`, `\p{L}`) and in the ASCII form a
 * WordRegExp runs on such texts (src/core/word-regexp.ts), and letter-case.ts's helpers against their expressions
 * on every token. Each figure is the expression's time ÷ the new form's (the results are the same, which
 * word-regexp.test.ts and letter-case.test.ts check). No pass/fail on time.
 * Run: `npx tsx scripts/bench/letter-case.ts` or `npm run bench -- letter-case`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asciiSource } from '../../src/core/word-regexp.js';
import { allCapitals, bareLower, startsUpper } from '../../src/stages/quotes/letter-case.js';
import type { EvalSection } from '../eval/report.js';

const VOA = fileURLToPath(new URL('../../data/demo/voa_stories.jsonl', import.meta.url));
const ROUNDS = 5;

// The expressions of names.ts (CAP_SPAN) and pronoun-antecedent.ts (LOWER_WORD), as written there.
const CAP_WORD = "\\p{Lu}(?:[\\p{L}'’-]|\\.(?!(?<=\\p{Ll}\\p{Ll}\\.)\\p{Lu}\\p{Ll}))*";
const CAP_SPAN = `${CAP_WORD}(?:[^\\S\\n]+(?:(?:of|the|for|de|al|bin|van|von|der|da|and|&)[^\\S\\n]+)*${CAP_WORD})*`;
const LOWER_WORD = String.raw`(?<![\p{L}'’-])[\p{Ll}][\p{Ll}'’-]*`;

/** CPU milliseconds of `fn` over `rounds` passes (after one warm-up pass), alternating with the others. */
function alternate(rounds: number, fns: readonly (() => unknown)[]): number[] {
  const ms = fns.map(() => 0);
  for (const fn of fns) fn();
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      const started = process.cpuUsage();
      fn();
      const d = process.cpuUsage(started);
      ms[k] = ms[k]! + (d.user + d.system) / 1000;
    });
  }
  return ms;
}

function countMatches(re: RegExp, texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) {
    re.lastIndex = 0;
    while (re.exec(t)) n++;
  }
  return n;
}

export function benchLetterCase(): EvalSection {
  const texts = readFileSync(VOA, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  const words = texts.flatMap((t) => t.split(/\s+/)).filter(Boolean);
  const spans = (source: string) => [new RegExp(source, 'gu'), new RegExp(asciiSource(source, true)!, 'gu')] as const;
  const [capExact, capAscii] = spans(CAP_SPAN);
  const [lowExact, lowAscii] = spans(LOWER_WORD);
  const [capsExact, capsAscii] = alternate(ROUNDS, [() => countMatches(capExact, texts), () => countMatches(capAscii, texts)]);
  const [lowerExact, lowerAscii] = alternate(ROUNDS, [() => countMatches(lowExact, texts), () => countMatches(lowAscii, texts)]);
  const [testsExact, testsNew] = alternate(ROUNDS, [
    () => words.filter((w) => /^[\p{Lu}]/u.test(w) || /^[\p{Lu}]{2,}$/u.test(w) || w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '') === '').length,
    () => words.filter((w) => startsUpper(w) || allCapitals(w) || bareLower(w) === '').length,
  ]);
  return {
    name: `letter-case: the quotes stage's cased expressions vs their ASCII forms and helpers (VOA demo stories, ${ROUNDS} rounds)`,
    skipped: null,
    figures: [
      { label: 'capitalised spans (names.ts): as written ÷ ASCII form', value: capsExact! / capsAscii! },
      { label: 'lower-case words (pronoun-antecedent.ts): as written ÷ ASCII form', value: lowerExact! / lowerAscii! },
      { label: `starts upper, all capitals, bare word on ${words.length} words: expressions ÷ letter-case.ts`, value: testsExact! / testsNew! },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatSection } = await import('../eval/report.js');
  process.stdout.write(`${formatSection(benchLetterCase())}\n`);
}
