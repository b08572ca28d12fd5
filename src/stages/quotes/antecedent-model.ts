/**
 * A learned ranker for the antecedent of a he/she source. Candidates are the people the text has named
 * shortly before the pronoun (name mentions 0–3 paragraphs back) and the earlier speakers (4 paragraphs
 * back), one candidate per person; each is described by salience features (distance, clause subject,
 * earlier speaker, mention count, gender agreement, the hand-written rule's choice, …). A conditional logit
 * trained on PolNeAR train only by scripts/train/antecedent-model.ts (weights in data/antecedent-model.json)
 * scores them; the best one is the antecedent and the others are reported as the losers, with their scores.
 */
import model from './data/antecedent-model.json' with { type: 'json' };

export interface AntecedentModel {
  readonly bias?: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** One mention of a candidate before the pronoun. */
export interface CandidateMention {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** Subject of its clause (not a possessive, outside quotes). */
  readonly subject: boolean;
  /** Only capitalised words, determiners and marks before it in its sentence (the sentence's subject). */
  readonly opensSentence: boolean;
  /** A reporting or stance verb follows it ("Nunes didn't second-guess …"). */
  readonly verb: boolean;
  readonly possessive: boolean;
  readonly inQuote: boolean;
  /** Inside the content of the attribution being resolved. */
  readonly inContent: boolean;
  /** The first name mention of its paragraph. */
  readonly paragraphFirst: boolean;
}

/** One person that may be the antecedent. */
export interface Candidate {
  /** The name reported when this candidate wins (null for an unnamed speaker such as "the judge"). */
  readonly name: string | null;
  /** A shown label (the name, or the description). */
  readonly label: string;
  /** Text mentions before the pronoun, nearest first. */
  readonly mentions: readonly CandidateMention[];
  /** Offsets of the sources of earlier attributions this candidate spoke, nearest first. */
  readonly spoke: readonly { at: number; paragraph: number }[];
  /** Whether it spoke the attribution right before this one. */
  readonly lastSpeaker: boolean;
  /** Gender from every clue, the text's own pronouns included. */
  readonly gender: 'male' | 'female' | null;
  /** Gender from the name alone (forename, honorific, gendered title). */
  readonly lexicalGender: 'male' | 'female' | null;
  /** Could be a person's name (a forename, no word the text writes in lower case). */
  readonly plausible: boolean;
  /** A country, capital or acronym-like organisation name. */
  readonly placeOrOrg: boolean;
  readonly multiword: boolean;
  /** Mentions of this person in the whole text before the pronoun. */
  readonly countBefore: number;
  /** Speaker rank among earlier speakers, most recent first (-1 if it never spoke). */
  readonly speakerRank: number;
  /** Rank by its nearest mention or speech, nearest first. */
  readonly recencyRank: number;
  /** The hand-written rule picks it (previous speaker of that gender unless a newer clause subject). */
  readonly rule: boolean;
  /** A clause subject mentioned after the last speaker's source ("a newcomer"). */
  readonly newcomer: boolean;
}

/** Where the pronoun stands. */
export interface PronounContext {
  readonly gender: 'male' | 'female';
  readonly start: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** The pronoun opens its sentence. */
  readonly opensSentence: boolean;
  /** The pronoun comes after the content ("…,” he said). */
  readonly afterContent: boolean;
  /** The pronoun's paragraph opens with a quote. */
  readonly quoteParagraph: boolean;
}

function b(n: number, cuts: readonly number[]): string {
  for (const c of cuts) if (n <= c) return String(c);
  return `${cuts.at(-1)}+`;
}

/** Features of one candidate for one pronoun. */
export function antecedentFeatures(c: Candidate, p: PronounContext): string[] {
  const m = c.mentions[0];
  const s = c.spoke[0];
  const f: string[] = [];
  const nearestPar = Math.min(m ? p.paragraph - m.paragraph : 99, s ? p.paragraph - s.paragraph : 99);
  f.push(`dpar:${b(nearestPar, [0, 1, 2, 3])}`, `rank:${b(c.recencyRank, [0, 1, 2, 3])}`);
  const agree = (g: 'male' | 'female' | null) => (g === null ? 'unknown' : g === p.gender ? 'agree' : 'clash');
  f.push(`gender:${agree(c.gender)}`, `gender-name:${agree(c.lexicalGender)}`);
  if (c.rule) f.push('rule', `rule&spoke:${c.spoke.length > 0}`);
  if (!c.name) f.push('unnamed');
  if (!c.plausible) f.push('implausible');
  if (c.placeOrOrg) f.push('place-or-org');
  if (c.multiword) f.push('multiword');
  f.push(`count:${b(c.countBefore, [1, 2, 4])}`);
  if (s) {
    f.push(`spk-rank:${b(c.speakerRank, [0, 1, 2])}`, `spk-dpar:${b(p.paragraph - s.paragraph, [0, 1, 2])}`, `spk-count:${b(c.spoke.length, [1, 2, 4])}`);
    if (c.lastSpeaker) f.push('last-speaker', `last-speaker&after:${p.afterContent}`, `last-speaker&quote-par:${p.quoteParagraph}`);
  } else f.push('never-spoke');
  if (m) {
    const dsent = p.sentence - m.sentence;
    f.push(`m-dsent:${b(dsent, [0, 1, 2, 4])}`, `m-dpar:${b(p.paragraph - m.paragraph, [0, 1, 2])}`);
    if (m.subject) f.push('m-subject', `m-subject&dsent:${b(dsent, [0, 1, 2])}`);
    if (m.subject && m.verb) f.push('m-subject-verb');
    if (m.opensSentence && !m.inQuote) f.push('m-opens-sentence', `m-opens-sentence&dsent:${b(dsent, [0, 1, 2])}`);
    // The subject of the sentence just before (or of the pronoun's own, before it): the topic a pronoun continues.
    const topic = c.mentions.find((x) => x.subject && !x.inQuote && p.sentence - x.sentence <= 1);
    if (topic) f.push('topic', `topic&opens:${p.opensSentence}`, `topic&spoke:${c.spoke.length > 0}`);
    if (m.possessive) f.push('m-possessive');
    if (m.inQuote) f.push('m-in-quote');
    if (m.inContent) f.push('m-in-content');
    if (m.paragraphFirst) f.push('m-paragraph-first', `m-paragraph-first&dpar:${b(p.paragraph - m.paragraph, [0, 1])}`);
    if (c.mentions.some((x) => x.subject && !x.inQuote)) f.push('any-subject');
    if (c.mentions.every((x) => x.inContent)) f.push('only-in-content');
    f.push(`m-count:${b(c.mentions.length, [1, 2, 4])}`);
    f.push(`m-rank&opens:${b(c.recencyRank, [0, 1, 2])}:${p.opensSentence}`);
  } else f.push('no-mention');
  if (c.newcomer) f.push('newcomer', `newcomer&dpar:${b(nearestPar, [0, 1])}`);
  if (c.newcomer && m?.subject && m.verb) f.push('newcomer-verb', `newcomer-verb&dpar:${b(nearestPar, [0, 1])}`);
  return f;
}

export function scoreFeatures(features: readonly string[], m: AntecedentModel = model as AntecedentModel): number {
  let s = 0;
  for (const f of features) s += m.weights[f] ?? 0;
  return Math.round(s * 1000) / 1000;
}

export interface Ranked {
  readonly candidate: Candidate;
  readonly score: number;
}

/** Candidates by descending score (ties: the nearer first, as they are given). */
export function rankAntecedents(cands: readonly Candidate[], p: PronounContext, m?: AntecedentModel): Ranked[] {
  return cands
    .map((candidate, i) => ({ candidate, score: scoreFeatures(antecedentFeatures(candidate, p), m), i }))
    .sort((x, y) => y.score - x.score || x.i - y.i)
    .map(({ candidate, score }) => ({ candidate, score }));
}
