/**
 * Speaker candidates without a tagger: noun phrases found by walking tokens from a cue, using
 * capitalisation, determiners and function-word lists. Indices are into one token array.
 */
import { cueForms, honorifics, roleWords, titles, cueModifiers, cueAdverb, documentNouns, firstPerson, groupNouns, orgHeads, personPronouns, pluralPronouns, relativePronouns, stopWords } from './lexicon.js';
import type { Token } from './tokens.js';
import { datelineEnd } from './dateline.js';

export interface Phrase {
  /** First and last token index, inclusive. */
  readonly from: number;
  readonly to: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'both', 'other', 'all', 'most', 'few']);
const PRONOUNS = new Set([...Object.keys(personPronouns), ...pluralPronouns, 'it', 'i', 'you', 'we', ...relativePronouns]);
/** Prepositions allowed inside a name or role ("Ministry of Foreign Affairs", "spokesman for the ministry"). */
const INNER = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'de', 'al', 'bin', 'van', 'von', 'der', 'da', 'and', '&']);
/** Common finite verbs that end a subject scanned forward ("The government issued …"). */
const VERBS = new Set(
  'is are was were has have had will would could should can may might must do does did be been made took gave sent issued released posted published retook became went came got put set kept left met won lost ran began held brought wants'.split(' '),
);

export function isPronoun(t: Token | undefined): boolean {
  return t !== undefined && PRONOUNS.has(t.lower) && !(t.lower === 'that');
}

/** A lower-case word that looks like a finite verb or participle, so cannot be inside a subject noun phrase. */
export function verbLike(t: Token): boolean {
  if (t.cap) return false;
  if (VERBS.has(t.lower) || cueForms.has(t.lower)) return !groupNouns.has(t.lower) && !documentNouns.has(t.lower);
  return t.lower.length > 4 && /(?:ed|ing)$/.test(t.lower) && !/(?:ling|ring|ding|thing)$/.test(t.lower);
}

function nounish(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  // The period of an initial or a title abbreviation ("J.", "U.S.", "Rep.", "Gov.") stays inside a name.
  if (!t.word) return t.text === '.' && k > 0 && toks[k - 1]!.end === t.start && (/^[\p{Lu}](?:\.[\p{Lu}])*$/u.test(toks[k - 1]!.text) || (toks[k - 1]!.cap && (titles.has(toks[k - 1]!.lower) || honorifics.has(toks[k - 1]!.lower))));
  // A reporting verb's bare form inside a noun phrase is a noun ("press secretary", "the State Department report"),
  // and so it is after "of" ("the head of state said").
  const nounAfterOf = k > 0 && toks[k - 1]!.lower === 'of';
  if (!t.cap && cueForms.has(t.lower) && !/(?:ed|ing)$/.test(t.lower) && !VERBS.has(t.lower) && ((toks[k + 1]?.word && !cueForms.has(toks[k + 1]!.lower)) || nounAfterOf)) return !stopWords.has(t.lower);
  if (stopWords.has(t.lower) && !(t.cap && k > 0 && toks[k - 1]!.cap) && !acronymBeforeTitle(toks, k)) return false;
  return t.cap || !verbLike(t);
}

/**
 * "US Senator Jeff Sessions", "IT Director Ana Obi": a function word written in capitals before a title-case word is
 * an acronym inside a name, not the pronoun. Not in an all-capitals headline ("HOW CHINA’S DECLINE AFFECTS US").
 */
function acronymBeforeTitle(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  const prev = toks[k - 1];
  return t.text.length > 1 && /^[A-Z]+$/.test(t.text) && next !== undefined && next.cap && /[a-z]/.test(next.text) && !(prev?.word && /^[A-Z]{2,}$/.test(prev.text));
}

/** A noun-modifying -ing word inside a phrase ("new fundraising reports", "the polling data"), not a verb. */
function gerundModifier(toks: readonly Token[], k: number, floor: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (t.cap || !/ing$/.test(t.lower) || cueForms.has(t.lower)) return false;
  return k === floor || !prev || !prev.word || DETERMINERS.has(prev.lower) || (!prev.cap && !stopWords.has(prev.lower) && !verbLike(prev));
}

/**
 * A past participle used as an adjective between a determiner and the head ("the retired neurosurgeon", "an
 * embattled governor"): after "the"/"an" a verb cannot follow, so the phrase goes on to the determiner.
 */
function participleModifier(toks: readonly Token[], k: number, end: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  return k < end && !t.cap && /ed$/.test(t.lower) && !cueForms.has(t.lower) && prev !== undefined && DETERMINERS.has(prev.lower) && !isPronoun(prev);
}

/**
 * A plural that is also a reporting verb's -s form, after a determiner or modifier: the head of a subject
 * ("the reports said", "new fundraising reports show", "two polls found"), not a verb.
 */
function pluralNounHead(toks: readonly Token[], end: number): boolean {
  const t = toks[end]!;
  const prev = toks[end - 1];
  if (t.cap || !/[^s]s$/.test(t.lower) || !cueForms.has(t.lower) || !prev?.word) return false;
  return DETERMINERS.has(prev.lower) || (!stopWords.has(prev.lower) && !prev.cap && !cueForms.has(prev.lower) && !/ed$/.test(prev.lower));
}

/**
 * The subject of a cue separated from it by a parenthetical: an appositive, a relative clause or a
 * participle clause between commas or dashes ("Sanders, whose coalition includes young people, said …",
 * "Sen. Marco Rubio, R-Fla., appearing on Fox News, said …", "Many speakers — including … — said …").
 * The sentence's first noun phrase (after `floor`), when a comma, dash or parenthesis follows it and the
 * stretch up to the cue holds no other reporting verb. Used only when subjectBefore finds nothing.
 */
export function parentheticalSubject(toks: readonly Token[], cue: number, floor = 0): Phrase | null {
  const p = phraseStartingAt(toks, floor, cue);
  if (!p || p.to + 1 >= cue || !/^[,—–(-]$/.test(toks[p.to + 1]!.text)) return null;
  let before = cue - 1;
  while (before > p.to && cueAdverb(toks[before]!.lower)) before--;
  if (!/^[,—–)-]$/.test(toks[before]!.text) || cue - p.to > 30) return null;
  for (let k = p.to + 1; k < before; k++) if (!toks[k]!.cap && cueForms.get(toks[k]!.lower)?.strong && !/ing$/.test(toks[k]!.lower)) return null;
  return p;
}

/**
 * The noun phrase that ends at token `end`, scanning left: nouns, adjectives, names, "of"/"for" inside a
 * name or role, and a determiner that closes it. Null when `end` is not noun-like.
 */
export function phraseEndingAt(toks: readonly Token[], end: number, floor = 0): Phrase | null {
  const last = toks[end];
  if (!last) return null;
  if (isPronoun(last)) return { from: end, to: end };
  if (!nounish(toks, end) && !pluralNounHead(toks, end)) return null;
  let from = end;
  for (let k = end - 1; k >= floor && end - k < 14; k--) {
    const t = toks[k]!;
    if (DETERMINERS.has(t.lower)) {
      from = ofGroup(toks, k, floor) ?? k;
      break;
    }
    if (t.word && INNER.has(t.lower) && !t.cap && k > floor && toks[k - 1]!.word && (toks[k - 1]!.cap || /^(?:spokes|secretary|minister|head|chief|director|member|leader|official|president)/.test(toks[k - 1]!.lower) || placeAfterNoun(toks, k, end))) {
      from = k;
      continue;
    }
    if (t.text === '’s' || /['’]s$/.test(t.text)) {
      from = k;
      continue;
    }
    if (!nounish(toks, k) && !gerundModifier(toks, k, floor) && !participleModifier(toks, k, end)) break;
    from = k;
  }
  while (from < end && INNER.has(toks[from]!.lower)) from++;
  return { from, to: end };
}

/** Prepositions that tie a group or role to the body it belongs to ("members of the committee", "a spokesman for the firm"). */
const GROUP_LINKS = new Set(['of', 'for', 'at', 'in', 'from']);

/**
 * "Members of the committee said", "a spokesman for the company said", "voters in the state say": the phrase before
 * "of/for/at/in/from" and a determiner is the speaker, not the body after it. A lower-case common noun (a plural or
 * a role word) must head the part before the preposition; returns where the whole phrase starts, or null.
 */
function ofGroup(toks: readonly Token[], det: number, floor: number): number | null {
  const link = toks[det - 1];
  const head = det - 2;
  const h = toks[head];
  // A capital only from the sentence's first word ("Members of …").
  if (!link || !h || head < floor || !GROUP_LINKS.has(link.lower) || !h.word || (h.cap && head > 0) || stopWords.has(h.lower)) return null;
  if (!(roleWords.has(h.lower) || groupNouns.has(h.lower) || (/[^s]s$/.test(h.lower) && !cueForms.has(h.lower) && !verbLike(h)))) return null;
  const before = phraseEndingAt(toks, head, floor);
  return before && before.from <= head ? before.from : null;
}

/**
 * "A college student in Beijing", "officials from Kyiv": a place after a common noun says where the person is
 * from; cut there, the phrase would name the place as the speaker. The noun is a lower-case content word, not a
 * verb ("said in Beijing"), and the place is the capitalised rest of the phrase.
 */
function placeAfterNoun(toks: readonly Token[], k: number, end: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1]!;
  if (!/^(?:in|from|at)$/.test(t.lower) || prev.cap || stopWords.has(prev.lower) || verbLike(prev) || /ly$/.test(prev.lower)) return false;
  for (let j = k + 1; j <= end; j++) if (!toks[j]!.cap && toks[j]!.text !== '.') return false;
  return k < end;
}

/** The noun phrase starting at token `start`, scanning right until a verb, a clause word or punctuation. */
export function phraseStartingAt(toks: readonly Token[], start: number, ceiling = toks.length, stopAtComma = true): Phrase | null {
  const first = toks[start];
  if (!first) return null;
  if (isPronoun(first) && !acronymBeforeTitle(toks, start)) return { from: start, to: start };
  let to = -1;
  for (let k = start; k < ceiling && k - start < 14; k++) {
    const t = toks[k]!;
    if (k === start && DETERMINERS.has(t.lower)) {
      to = k;
      continue;
    }
    if (t.word && INNER.has(t.lower) && !t.cap && to >= 0 && toks[k + 1] && (toks[k + 1]!.cap || DETERMINERS.has(toks[k + 1]!.lower))) continue;
    // A hyphen joins a phrase only when it touches a word; spaced, or doubled ("- -"), it is a dash.
    const joined = (t.text === '-' || t.text === '–') && k > start && (toks[k - 1]!.end === t.start || toks[k + 1]?.start === t.end) && toks[k + 1]?.text !== '-' && toks[k - 1]!.text !== '-';
    if (!t.word && !(t.text === '.' && nounish(toks, k)) && !joined) {
      if (t.text === ',' && !stopAtComma) continue;
      break;
    }
    if (t.word && !nounish(toks, k)) break;
    to = k;
  }
  if (to < start) return null;
  // Trailing prepositions are not part of the phrase.
  while (to > start && INNER.has(toks[to]!.lower)) to--;
  return DETERMINERS.has(toks[to]!.lower) ? null : { from: start, to };
}

const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);
/** "last week", "this morning", "last night": a period after last/this/next. */
const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);
const PERIOD_LEADS = new Set(['last', 'this', 'next']);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const TIME_LEADS = new Set(['on', 'late', 'early', 'earlier', 'last', 'this', 'since']);

/**
 * Steps back over a time phrase between a subject and its cue ("X on Thursday said", "X late Sunday
 * urged", "X on Feb. 24 called"): news puts the day there, and it is no part of the speaker's name.
 * Returns the index of the token before the phrase, or `i` when there is none.
 */
function beforeTimePhrase(toks: readonly Token[], i: number, floor: number): number {
  let j = i;
  if (j >= floor && /^\d{1,2}(?:st|nd|rd|th)?$/.test(toks[j]!.lower)) {
    let k = j - 1;
    if (k >= floor && toks[k]!.text === '.') k--;
    if (k < floor || !MONTHS.test(toks[k]!.lower)) return i;
    j = k - 1;
  } else if (j >= floor && DAY_WORDS.has(toks[j]!.lower)) j--;
  else if (j > floor && PERIODS.has(toks[j]!.lower) && !toks[j]!.cap && PERIOD_LEADS.has(toks[j - 1]!.lower)) j -= 2;
  else return i;
  while (j >= floor && TIME_LEADS.has(toks[j]!.lower)) j--;
  return j >= floor ? j : i;
}

/**
 * The subject of the cue at `cue`: skips auxiliaries and adverbs, then a pronoun, an appositive
 * ("Flynn, a Trump surrogate, said"), a relative clause ("The statement, which was posted in English, read")
 * or a plain noun phrase. `floor` is the first token the subject may use.
 */
export function subjectBefore(toks: readonly Token[], cue: number, floor = 0): Phrase | null {
  const p = subjectPhraseBefore(toks, cue, floor);
  // A connective opening the sentence is no part of the subject ("However, Western leaders say …" without its comma).
  return p && p.to > p.from && CONNECTIVES.has(toks[p.from]!.lower) ? { from: p.from + 1, to: p.to } : p;
}

export const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself']);
const AUX_CLITIC = /^['’](?:s|ve|d|ll|re|m)$/i;
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'over', 'since', 'throughout', 'within', 'after', 'before']);

/**
 * A short lower-case prepositional phrase ending at `i` ("in the past", "in two earlier opinions") right after an
 * auxiliary or a relative pronoun: the index of the token before the preposition, or -1.
 */
function insertedPhrase(toks: readonly Token[], i: number, floor: number): number {
  // The phrase's object: lower-case words after the preposition, a determiner or number first at most.
  for (let k = i; k >= floor && i - k <= 4; k--) {
    const t = toks[k]!;
    if (!t.word) return -1;
    if (ADVERBIAL_PREPOSITIONS.has(t.lower)) {
      if (k === i) return -1;
      const before = toks[k - 1];
      return before && before.word && (relativePronouns.has(before.lower) || cueModifiers.has(before.lower)) ? k - 1 : -1;
    }
    if (t.cap || isPronoun(t) || verbLike(t) || (stopWords.has(t.lower) && !DETERMINERS.has(t.lower))) return -1;
  }
  return -1;
}
const CONNECTIVES = new Set(['however', 'but', 'and', 'meanwhile', 'yet', 'moreover', 'instead', 'still', 'also', 'so', 'then', 'now']);
/** -ly words that are nouns or adjectives heading a subject ("the family said", "the assembly voted"), not adverbs. */
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'daily', 'weekly', 'monthly', 'quarterly', 'anomaly', 'homily', 'bully', 'reply', 'folly', 'monopoly', 'melancholy', 'holy', 'only', 'early', 'elderly', 'lonely', 'friendly', 'likely', 'unlikely', 'orderly', 'costly', 'deadly', 'lovely', 'ugly', 'silly', 'jelly', 'belly', 'lily', 'tally']);

function subjectPhraseBefore(toks: readonly Token[], cue: number, floor: number): Phrase | null {
  let i = cue - 1;
  // "the pundits outrageously claimed": a manner adverb in -ly between the subject and its cue.
  const adverb = (t: Token) => t.word && (cueAdverb(t.lower) || (!t.cap && t.lower.length > 5 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower)));
  while (i >= floor && adverb(toks[i]!)) i--;
  i = beforeTimePhrase(toks, i, floor);
  while (i >= floor && adverb(toks[i]!)) i--;
  // "She’s arguing …", "They’ve said …": after a personal pronoun a clitic is an auxiliary, never a possessive.
  if (i - 1 >= floor && AUX_CLITIC.test(toks[i]!.text) && isPronoun(toks[i - 1])) i--;
  // "Beck, who has in the past described …", "Alito, who in two earlier opinions questioned …": a prepositional
  // phrase between the subject (with its auxiliary) and the cue is an adverbial, not the subject.
  const pp = i >= floor ? insertedPhrase(toks, i, floor) : -1;
  if (pp >= 0) {
    i = pp;
    while (i >= floor && adverb(toks[i]!)) i--;
  }
  if (i < floor) return null;
  const t = toks[i]!;
  if (t.text === ',' || t.text === ')') {
    const close = i;
    let j = close - 1;
    while (j >= floor && toks[j]!.text !== ',' && toks[j]!.text !== '(') j--;
    if (j <= floor) return null;
    const chunkStart = toks[j + 1];
    const before = phraseEndingAt(toks, j - 1, floor);
    if (!chunkStart || !before) return null;
    if (relativePronouns.has(chunkStart.lower)) return before;
    if (DETERMINERS.has(chunkStart.lower) || toks[j]!.text === '(') return { from: before.from, to: close - 1 };
    // "Clinton, 35, the daughter of …, said": a name opening the sentence, then comma-separated descriptions.
    const first = toks.findIndex((t, k) => k >= floor && t.text === ',');
    const head = first > floor ? phraseEndingAt(toks, first - 1, floor) : null;
    if (head && head.from === floor && close - floor <= 30 && toks.slice(floor, first).some((t) => t.cap) && !toks.slice(first, close).some((t) => verbLike(t))) return { from: head.from, to: close - 1 };
    return null;
  }
  return phraseEndingAt(toks, i, floor);
}

/** The main subject of the clause starting at `start` (for participial cues: "X issued a statement, calling for …"). */
export function clauseSubject(toks: readonly Token[], start: number, end: number): Phrase | null {
  // "OSLO (AP) — The mayor …": a clause opening the sentence starts after a wire dateline.
  if (start === 0) start = Math.min(datelineEnd(toks), Math.max(0, end - 1));
  let s = start;
  // Skip an opening adverbial up to its comma ("On Friday, the ministry …"), and sentence connectives.
  const comma = toks.slice(start, Math.min(end, start + 8)).findIndex((t) => t.text === ',');
  if (comma > 0 && (stopWords.has(toks[start]!.lower) || /^(?:on|in|at|after|before|during|earlier|later|meanwhile|however)$/.test(toks[start]!.lower))) s = start + comma + 1;
  while (s < end && /^(?:but|and|so|yet|also|still|meanwhile|however)$/.test(toks[s]!.lower)) s++;
  let p = phraseStartingAt(toks, s, end);
  if (!p) return null;
  // "Ali famously converted …": an adverb before the verb is not part of the subject.
  while (p.to > p.from && !toks[p.to]!.cap && (cueModifiers.has(toks[p.to]!.lower) || /ly$/.test(toks[p.to]!.lower))) p = { from: p.from, to: p.to - 1 };
  const next = toks[p.to + 1];
  return next && next.word && (verbLike(next) || cueModifiers.has(next.lower)) ? p : null;
}

export type SourceClass = 'pronoun-person' | 'pronoun-plural' | 'pronoun-it' | 'first-person' | 'relative' | 'document' | 'organization' | 'group' | 'name' | 'role' | 'other';

/** What kind of source a phrase is, by its head word and capitals. */
export function classify(toks: readonly Token[], p: Phrase): SourceClass {
  // "Graham, a former candidate,": the part before the appositive decides.
  const comma = toks.slice(p.from, p.to + 1).findIndex((t, i) => i > 0 && (t.text === ',' || t.text === '('));
  // "Trump himself", "Clinton herself": the reflexive stresses the name and is no head.
  const words = toks.slice(p.from, comma > 0 ? p.from + comma : p.to + 1).filter((t, i, all) => t.word && !(i > 0 && REFLEXIVES.has(t.lower) && all.length > 1));
  const head = headOf(words);
  if (!head) return 'other';
  if (words.length === 1) {
    if (personPronouns[head.lower]) return 'pronoun-person';
    if (head.lower === 'it') return 'pronoun-it';
    if (pluralPronouns.has(head.lower)) return 'pronoun-plural';
    if (firstPerson.has(head.lower)) return 'first-person';
    if (relativePronouns.has(head.lower)) return 'relative';
  }
  // "Ministry of Foreign Affairs spokesman Abdul Qahar Balkhi": a role word followed only by capitalised words is a titled name.
  const role = words.findIndex((w) => !w.cap && roleWords.has(w.lower));
  if (role >= 0 && role < words.length - 1 && words.slice(role + 1).every((w) => w.cap)) return 'name';
  if (documentNouns.has(head.lower) && !head.cap) return 'document';
  if (orgHeads.has(head.lower) || words.some((w) => w.cap && orgHeads.has(w.lower) && w !== words[0])) return 'organization';
  if (groupNouns.has(head.lower)) return 'group';
  if (words.filter((w) => w.cap && !stopWords.has(w.lower)).length > 0 && head.cap) return 'name';
  return 'role';
}

/** The head word of a phrase: the last word before "of"/"for"/"in"/comma, else the last word. */
export function headOf(words: readonly Token[]): Token | undefined {
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|who|which)$/.test(w.lower) && !w.cap);
  const core = cut > 0 ? words.slice(0, cut) : words;
  return core.at(-1);
}
