/**
 * What a process (every ingest worker thread) pays to build the events lexicon's word-bounded patterns and run
 * each twice (V8 compiles an expression to bytecode on its first run and to machine code on its second): as
 * written, with `\p{L}`/`\p{N}` bounds, and in the ASCII form a WordRegExp runs on ASCII-worded texts
 * (src/core/word-regexp.ts), and in the form it runs on texts whose other letters are all Latin ones up to U+024F
 * (latinSource: the classes cut to that range). The three alternate round by round; each round's sources are made unique (V8 keeps
 * compiled expressions by source) with an empty alternative that changes no match. No pass/fail on time.
 * Run: `npx tsx scripts/bench/word-regexp.ts` or `npm run bench -- word-regexp`.
 */
import { pathToFileURL } from 'node:url';
import { asciiSource, latinSource, type WordRegExp } from '../../src/core/word-regexp.js';
import { ACTS, THEMES } from '../../src/stages/events/lexicon.js';
import type { EvalSection } from '../eval/report.js';

const TEXT = 'The minister said on Monday that the West must stop supporting the aggression, or it would face consequences.';

/** CPU milliseconds to build every (source, flags) and run each twice on TEXT. */
function buildAndRun(patterns: readonly { source: string; flags: string }[], round: number): number {
  const started = process.cpuUsage();
  for (const p of patterns) {
    const re = new RegExp(`${p.source}(?:|_${round}_)`, p.flags);
    re.exec(TEXT);
    re.lastIndex = 0;
    re.exec(TEXT);
  }
  const d = process.cpuUsage(started);
  return (d.user + d.system) / 1000;
}

export function benchWordRegExp(rounds = 3): EvalSection {
  const all: WordRegExp[] = [...ACTS.flatMap((a) => [a.cue, a.phrase, ...a.content]), ...THEMES.map((t) => t.terms)].filter((r): r is WordRegExp => r !== null);
  const exact = all.map((r) => ({ source: r.source, flags: r.flags }));
  const ascii = all.map((r) => ({ source: asciiSource(r.source) ?? r.source, flags: r.flags }));
  const latin = all.map((r) => ({ source: latinSource(r.source) ?? r.source, flags: r.flags }));
  let exactMs = 0;
  let asciiMs = 0;
  let latinMs = 0;
  for (let r = 0; r < rounds; r++) {
    exactMs += buildAndRun(exact, 3 * r);
    asciiMs += buildAndRun(ascii, 3 * r + 1);
    latinMs += buildAndRun(latin, 3 * r + 2);
  }
  return {
    name: `word-regexp: building and first runs of the events lexicon's ${all.length} word-bounded patterns (${rounds} rounds)`,
    skipped: null,
    figures: [
      { label: 'as written (\\p{L}/\\p{N} bounds): CPU ms', value: exactMs / rounds },
      { label: 'ASCII form: CPU ms', value: asciiMs / rounds },
      { label: 'as written ÷ ASCII form', value: exactMs / asciiMs },
      { label: 'Latin form (classes cut at U+024F): CPU ms', value: latinMs / rounds },
      { label: 'as written ÷ Latin form', value: exactMs / latinMs },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatSection } = await import('../eval/report.js');
  process.stdout.write(`${formatSection(benchWordRegExp())}\n`);
}
