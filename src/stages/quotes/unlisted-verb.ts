/**
 * Attributions after a quote whose verb the cue lexicon lacks ("“…,” Ruiz shot back", "“…!” beamed Ana Ruiz").
 * PolNeAR train: when a quote opens the attribution, its source and cue follow it within three characters
 * 99.9 % of the time, so the shape alone marks the speaker. The verb must look finite and past ("-ed" or a
 * listed irregular form) and not be a listed cue (those went through the lexicon patterns, which may have
 * rejected them on purpose, as "“…,” told VOA").
 */
import { cueAt } from './cues.js';
import { cueModifiers } from './lexicon.js';
import { classify, phraseStartingAt, type Phrase, type SourceClass } from './noun-phrase.js';
import type { Token } from './tokens.js';

/** Irregular past forms of verbs of uttering that the cue lexicon does not list ("shot back", "went on"). */
const IRREGULAR_PAST = new Set(['shot', 'went', 'cried', 'spoke', 'swore', 'threw', 'broke', 'began', 'sang', 'bit', 'struck', 'fired', 'quipped', 'put']);
/** Particles that complete such a verb ("shot back", "went on", "cried out", "chimed in"). */
const VERB_PARTICLES = new Set(['back', 'on', 'out', 'in', 'up', 'off']);
/** -s words after a subject that are no verbs of uttering. */
const NOT_VERBS = new Set(['does', 'goes', 'has', 'was', 'is', 'agrees', 'thinks', 'knows', 'sees', 'feels', 'hopes', 'wants', 'needs', 'means', 'seems', 'appears', 'remains', 'works', 'lives', 'loves', 'likes']);
const SPEAKER_CLASSES: ReadonlySet<SourceClass> = new Set(['name', 'role', 'pronoun-person', 'pronoun-plural', 'group', 'organization']);

export interface UnlistedVerb {
  readonly source: Phrase;
  readonly sourceClass: SourceClass;
  readonly cueFrom: number;
  readonly cueTo: number;
  readonly basis: string;
}

/**
 * The speaker and verb starting at token `a` (the first token after the quote): "X verbed [particle]" or
 * "verbed X" closing the sentence or opening an appositive. `quoted(k)` says whether token k is inside a quote,
 * `ends(k)` whether it ends the sentence.
 */
export function unlistedVerbMatch(toks: readonly Token[], a: number, quoted: (k: number) => boolean, ends: (k: number) => boolean): UnlistedVerb | null {
  if (a < 0) return null;
  while (a < toks.length && /^[,—–]$/.test(toks[a]!.text)) a++;
  const pastVerb = (k: number) => {
    const t = toks[k];
    return t !== undefined && t.word && !t.cap && !quoted(k) && cueAt(toks, k) === null && (IRREGULAR_PAST.has(t.lower) || (t.lower.length > 4 && /[^e]ed$|[^aeiou]ed$/.test(t.lower)));
  };
  const withParticle = (k: number) => (VERB_PARTICLES.has(toks[k + 1]?.lower ?? '') ? k + 1 : k);
  // “…,” he mocks. — the present tense of a story told now, closing the sentence right after the verb (a present
  // verb with more words after it is a clause of the writer's: "“Hamilton,” she sees twice a year").
  const presentVerb = (k: number) => {
    const t = toks[k];
    return t !== undefined && t.word && !t.cap && !quoted(k) && cueAt(toks, k) === null && t.lower.length > 4 && /[^su]s$/.test(t.lower) && !NOT_VERBS.has(t.lower) && (withParticle(k) + 1 >= toks.length || ends(withParticle(k) + 1));
  };
  let source: Phrase | null = null;
  let cueFrom = -1;
  let basis: string;
  if (pastVerb(a)) {
    // “…!” beamed Ana Ruiz, a nurse. — the inverted speaker must close the sentence or open an appositive.
    cueFrom = a;
    source = phraseStartingAt(toks, withParticle(a) + 1);
    const after = source ? toks[source.to + 1] : undefined;
    if (!source || (after && after.text !== ',' && !ends(source.to + 1))) return null;
    // The speaker is named or introduced ("beamed Ana Ruiz", "cried the crowd"), never a bare word ("passed easily").
    if (!toks[source.from]!.cap && !/^(?:the|a|an|his|her|their|one|another)$/.test(toks[source.from]!.lower)) return null;
    basis = 'quote, unlisted verb, source ("…," shot back X)';
  } else {
    // “…,” Ruiz shot back with a laugh. — the speaker runs from the quote to the verb (adverbs may come between).
    for (let k = a + 1; k < Math.min(toks.length, a + 8) && cueFrom < 0; k++) if (pastVerb(k) || presentVerb(k)) cueFrom = k;
    if (cueFrom < 0) return null;
    let end = cueFrom - 1;
    while (end > a && cueModifiers.has(toks[end]!.lower)) end--;
    source = phraseStartingAt(toks, a, end + 1);
    if (!source || source.to !== end) return null;
    basis = 'quote, source, unlisted verb ("…," X shot back)';
  }
  const sourceClass = classify(toks, source);
  if (!SPEAKER_CLASSES.has(sourceClass)) return null;
  return { source, sourceClass, cueFrom, cueTo: withParticle(cueFrom), basis };
}
