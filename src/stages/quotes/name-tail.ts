/**
 * Where a person's name starts inside a capitalised run: the name is the maximal run of name words at
 * the END ("U.S. Secretary of State Marco Rubio" → "Marco Rubio", "UN Resident Coordinator for Myanmar
 * Andrew Kirkwood" → "Andrew Kirkwood", "Twenty-year-old Ada Obi" → "Ada Obi"). Everything before is
 * role, office, country or description. Titles are capitalised in news copy ("Foreign Minister"), so a
 * word of a title is never part of a name.
 */
import bodies from '../actors/data/bodies.json' with { type: 'json' };
import countries from '../actors/data/countries.json' with { type: 'json' };
import organizations from '../actors/data/organizations.json' with { type: 'json' };
import { femaleForenames, honorifics, isCountryWord, maleForenames, orgHeads, roleWords, stopWords, titles } from './lexicon.js';
import { allCapitals, bareLower, startsUpper } from './letter-case.js';

/** Every word of a multi-word title ("secretary of state" → secretary, state), besides single titles and role heads. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...titles].flatMap((t) => t.split(' ')).filter((w) => !stopWords.has(w) && w !== 'of'));

/** Words of state bodies ("Foreign Affairs", "Defense", "Interior"): the portfolio in "Minister for Foreign Affairs X Y". */
const BODY_WORDS: ReadonlySet<string> = new Set(bodies.bodies.flatMap((b) => b.names.flatMap((n) => n.toLowerCase().split(' '))).filter((w) => /^[a-z]+$/.test(w) && !stopWords.has(w) && w !== 'of' && w !== 'the' && w !== 'for'));

/** Acronyms of the actors gazetteer (organisations, country codes and names written in capitals): never a forename. */
const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(JSON.stringify([organizations, countries]).match(/(?<=")[\p{Lu}]{2,5}(?=")|\b[\p{Lu}]{2,5}\b/gu) ?? []);

/** Lower-case particles inside a name ("Ursula von der Leyen", "Ahmed bin Ali"). */
export const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'du', 'di', 'del', 'della', 'dos', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter']);

const bare = bareLower;

/** "20-year-old", "Twenty-year-old", "70-year-old": an age description. */
export function isAgeWord(w: string): boolean {
  return /-years?-old$/i.test(w);
}

/** A word that names an office or title ("Secretary", "Coordinator", "Minister", "Sen."). */
export function isTitleWord(w: string): boolean {
  const b = bare(w);
  return roleWords.has(b) || TITLE_WORDS.has(b) || honorifics.has(b) || BODY_WORDS.has(b);
}

function isForename(w: string): boolean {
  const b = bare(w);
  return maleForenames.has(b) || femaleForenames.has(b);
}

/**
 * Index of the first word of the person name at the end of `words`, or `words.length` when the last word
 * cannot end a name. Stops at a lower-case word, a title word, an age phrase, and a country or demonym
 * that has at least two name words after it ("for Myanmar Andrew Kirkwood") and is not a forename.
 */
export function nameStart(words: readonly string[]): number {
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    // A particle between capitalised name words stays in the name; "von" before nothing capitalised does not.
    if (PARTICLES.has(w) && i < words.length) {
      let j = i - 1;
      while (j > 0 && PARTICLES.has(words[j - 1]!)) j--;
      if (j > 0 && startsUpper(words[j - 1]!) && !isTitleWord(words[j - 1]!)) {
        i = j;
        continue;
      }
    }
    if (!startsUpper(w) || stopWords.has(bare(w)) || isTitleWord(w) || isAgeWord(w)) break;
    // "of the United Nations António Guterres": an organisation's head word never belongs to a person's name.
    if (i < words.length && orgHeads.has(bare(w))) break;
    // Dotted abbreviations ("U.S.", "U.N.") are affiliations, not name words; initials ("J.", "T.S.") are. So are
    // acronyms ("UN", "NATO"), except a short capitalised forename before a surname ("XI Jinping").
    if ((/\..*\./.test(w) && (KNOWN_ACRONYMS.has(w.replace(/\./g, '')) || isCountryWord(w) || !/^(?:[\p{Lu}]\.)+$/u.test(w))) || (allCapitals(w) && !(i === words.length - 1 && w.length <= 3 && !KNOWN_ACRONYMS.has(w) && /^[\p{Lu}][\p{Ll}]/u.test(words[i]!)))) break;
    // "for Myanmar Andrew Kirkwood", "United States Joe Biden": a country (of one to three words) before two name words.
    if (words.length - i >= 2 && !isForename(w) && [1, 2, 3].some((n) => i - n >= 0 && isCountryWord(words.slice(i - n, i).join(' ').replace(/[’']s$/, '')))) break;
    i--;
  }
  return i;
}
