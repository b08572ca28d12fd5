/**
 * Whether a source phrase can be the one who speaks. A speaker is a person, group, organisation, document or
 * pronoun; a span of time ("the last seven years", "launch day") or a quality of a thing ("its performance",
 * "the display") says nothing. The lists are in data/non-speakers.json. The head decides, and only when no
 * other word of the phrase could speak: "Sanders on Tuesday night" and "a Gallup poll last week" end in a time
 * but hold a name or a document, so a capitalised word or a speaker noun anywhere keeps the phrase.
 */
import nonSpeakers from './data/non-speakers.json' with { type: 'json' };
import { documentNouns, groupNouns, orgHeads, roleWords, stopWords } from './lexicon.js';
import { headOf, type Phrase } from './noun-phrase.js';
import type { Token } from './tokens.js';

const CANNOT_SPEAK: ReadonlySet<string> = new Set([...nonSpeakers.time, ...nonSpeakers.quality]);
const DETERMINERS: ReadonlySet<string> = new Set(nonSpeakers.determiners);

function couldSpeak(t: Token): boolean {
  // A capital may be a name ("Sanders last week"), unless the word is a determiner opening the sentence ("The past week").
  if (t.cap) return !stopWords.has(t.lower) && !DETERMINERS.has(t.lower);
  return documentNouns.has(t.lower) || groupNouns.has(t.lower) || orgHeads.has(t.lower) || roleWords.has(t.lower);
}

/**
 * True when the phrase is headed by a lower-case time or quality noun and holds no word that could speak.
 * Numbers are no test: "56 percent said" is a poll's finding, and PolNeAR marks it.
 */
export function cannotSpeak(toks: readonly Token[], p: Phrase): boolean {
  if (p.from < 0 || p.to < p.from) return false;
  let end = p.to + 1;
  // "Khan, the parents whose appearance …": the part before an appositive decides.
  for (let k = p.from + 1; k < end; k++) if (toks[k]!.text === ',' || toks[k]!.text === '(') end = k;
  const words = toks.slice(p.from, end).filter((t) => t.word || /^\d/.test(t.text));
  const head = headOf(words);
  if (!head || words.some(couldSpeak)) return false;
  return !head.cap && CANNOT_SPEAK.has(head.lower);
}
