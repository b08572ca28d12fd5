/**
 * The candidates a he/she source may refer to, for the antecedent ranker (antecedent-model.ts): earlier
 * speakers up to 4 paragraphs back and person names mentioned up to 3 paragraphs back, merged into one
 * candidate per person (a surname joins the full name or speaker it shortens), nearest first.
 */
import type { Span } from '../../core/analysis.js';
import type { SpeakerType } from '../../core/types.js';
import type { Candidate, CandidateMention, PronounContext } from './antecedent-model.js';
import { sentenceAt, type DocView } from './document.js';
import type { Found } from './found.js';
import type { NameIndex, NameMention } from './names.js';
import { isClauseSubject, verbFollows } from './pronoun-antecedent.js';
import { notNameStarts, notPersonHeads } from './lexicon.js';

/** An earlier attribution's speaker, as resolve-speaker records it. */
export interface SpeakerRecord {
  readonly name: string;
  readonly span: Span;
  /** Where its source stands. */
  readonly at: number;
  readonly type: SpeakerType;
  readonly gender: 'male' | 'female' | null;
  readonly paragraph: number;
  readonly named: boolean;
}

export interface CandidateInput {
  readonly doc: DocView;
  readonly names: NameIndex;
  readonly found: Found;
  readonly gender: 'male' | 'female';
  readonly speakers: readonly SpeakerRecord[];
  /** The name the hand-written salience rule picks (previous speaker unless a newer clause subject), if any. */
  readonly rule: string | null;
  readonly paragraphOf: (at: number) => number;
  /** The full name a mention stands for ("Balkhi" → "Abdul Qahar Balkhi"). */
  readonly fullName: (n: NameMention) => string;
  readonly genderOf: (name: string, given: 'male' | 'female' | null) => 'male' | 'female' | null;
  /**
   * The gender the name itself shows (forename, honorific, gendered title) or the article's own pronouns give
   * it right after a full-name mention; not what earlier resolutions guessed.
   */
  readonly shownGender: (name: string, given: 'male' | 'female' | null) => 'male' | 'female' | null;
  /** Could be a person's name, and reads as a country/capital or organisation. */
  readonly plausible: (name: string) => boolean;
  readonly placeOrOrg: (name: string) => boolean;
}

const SPEAKER_REACH = 4;
const MENTION_REACH = 3;
const MAX_MENTIONS = 16;
const MAX_CANDIDATES = 8;

interface Draft {
  name: string | null;
  label: string;
  key: string;
  last: string;
  gender: 'male' | 'female' | null;
  mentions: CandidateMention[];
  spoke: { at: number; paragraph: number }[];
  speakerRank: number;
  span: Span;
}

export interface CandidateSet {
  readonly candidates: readonly Candidate[];
  /** Candidates ruled out before ranking, and why (for --explain). */
  readonly excluded: readonly { label: string; why: string }[];
  /** The span shown as each candidate's antecedent (its nearest mention or speech). */
  readonly spans: readonly Span[];
  readonly context: PronounContext;
}

export function personCandidates(input: CandidateInput): CandidateSet {
  const { doc, names, found: f, speakers } = input;
  const src = f.source!;
  const paragraph = doc.sentences[f.sentence]?.paragraph ?? input.paragraphOf(src.start);
  const drafts: Draft[] = [];
  const lastWord = (s: string) => s.toLowerCase().split(/\s+/).at(-1)!.replace(/[’']s$/, '');

  let rank = 0;
  for (let i = speakers.length - 1; i >= 0; i--) {
    const sp = speakers[i]!;
    if (paragraph - sp.paragraph > SPEAKER_REACH) break;
    if (sp.type !== 'person') continue;
    const key = sp.name.toLowerCase();
    let d = drafts.find((x) => x.key === key);
    if (!d) {
      d = { name: sp.named ? sp.name : null, label: sp.name, key, last: lastWord(sp.name), gender: sp.gender, mentions: [], spoke: [], speakerRank: rank++, span: sp.span };
      drafts.push(d);
    }
    d.spoke.push({ at: sp.at, paragraph: sp.paragraph });
  }

  const sentence = sentenceAt(doc, src.start);
  const inContent = (n: NameMention) => f.fragments.some((p) => p.start <= n.start && n.end <= p.end);
  let seen = 0;
  for (const n of names.before(src.start, (m) => paragraph - input.paragraphOf(m.start) <= MENTION_REACH)) {
    if (n.kind !== 'person') continue;
    if (++seen > MAX_MENTIONS) break;
    const full = input.fullName(n);
    const key = full.toLowerCase();
    // A bare surname joins a candidate with that surname; a full name only its own.
    let d = drafts.find((x) => x.key === key) ?? (n.name.includes(' ') ? undefined : drafts.find((x) => x.name !== null && x.last === n.last));
    if (!d) {
      d = { name: full, label: full, key, last: n.last, gender: n.gender, mentions: [], spoke: [], speakerRank: -1, span: n };
      drafts.push(d);
    }
    d.mentions.push(mentionOf(doc, input, n, inContent(n)));
  }

  const lastSpeaker = speakers.at(-1);
  const recency = (d: Draft) => Math.max(d.mentions[0]?.start ?? -1, d.spoke[0]?.at ?? -1);
  const sorted = [...drafts].sort((a, b) => recency(b) - recency(a));
  const built = sorted.map((d) => {
    const name = d.name ?? d.label;
    return {
      d,
      gender: d.name ? input.genderOf(d.name, d.gender) : d.gender,
      lexicalGender: d.name ? input.shownGender(d.name, d.gender) : d.gender,
      plausible: d.name === null || input.plausible(name),
      placeOrOrg: d.name !== null && input.placeOrOrg(name),
    };
  });
  // Hard constraints: a person shown to be of the other gender (forename, honorific, the article's own
  // pronouns after the full name), or a name that reads as a place or organisation ("China", "NLD"), is no
  // antecedent whatever its salience. PolNeAR's proxy antecedent ignores gender (on train it names "Hillary
  // Clinton" for some "he"), so this costs a little agreement with the proxy but gives the right person.
  // The gender guessed from earlier resolutions and person-likeness stay soft features.
  const excluded: { label: string; why: string }[] = [];
  const kept = built.filter((b) => {
    // "Neither Trump", "Former Obama", "Beneath Clinton": a sentence-opening word glued to a name is no person.
    const words = b.d.name?.toLowerCase().split(/\s+/) ?? [];
    // "Affordable Care Act", "Sioux City", "Election Day" …: a name ending in a law's, place's or body's head word is no person.
    const proper = b.d.name !== null && b.d.name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
    const thing = proper && words.length > 1 && notPersonHeads.has(words.at(-1)!.replace(/[’']s$/, ''));
    const why = b.lexicalGender !== null && b.lexicalGender !== input.gender ? `${b.lexicalGender}` : b.placeOrOrg || thing ? 'a place or organisation' : notNameStarts.has(words[0] ?? '') ? 'not a name' : null;
    if (why) excluded.push({ label: b.d.label, why });
    return !why;
  }).slice(0, MAX_CANDIDATES);
  const ordered = kept.map((b) => b.d);
  // Speaker ranks and "newcomers" among the candidates left: the previous speaker who can be this he or she.
  const spokeOrder = ordered.filter((d) => d.spoke.length > 0).sort((a, b) => b.spoke[0]!.at - a.spoke[0]!.at);
  const lastPersonAt = spokeOrder[0]?.spoke[0]!.at ?? -1;
  const candidates = kept.map((b, i): Candidate => {
    const d = b.d;
    const name = d.name ?? d.label;
    return {
      name: d.name,
      label: d.label,
      mentions: d.mentions,
      spoke: d.spoke,
      lastSpeaker: lastSpeaker !== undefined && lastSpeaker.type === 'person' && lastSpeaker.name.toLowerCase() === d.key,
      gender: b.gender,
      lexicalGender: b.lexicalGender,
      plausible: b.plausible,
      placeOrOrg: b.placeOrOrg,
      multiword: name.includes(' '),
      countBefore: names.countBefore(d.last, src.start) + d.spoke.length,
      speakerRank: spokeOrder.indexOf(d),
      rule: input.rule !== null && (input.rule.toLowerCase() === d.key || (!input.rule.includes(' ') && input.rule.toLowerCase() === d.last)),
      recencyRank: i,
      newcomer: spokeOrder[0] !== d && d.mentions.some((m) => m.subject && !m.inQuote && m.start > lastPersonAt),
    };
  });
  const first = sentence?.tokens.find((t) => t.word);
  const paraStart = doc.segments.paragraphs[paragraph]?.start ?? 0;
  const context: PronounContext = {
    gender: input.gender,
    start: src.start,
    sentence: sentence?.index ?? f.sentence,
    paragraph,
    opensSentence: first?.start === src.start,
    afterContent: src.start >= f.fragments[0]!.end,
    quoteParagraph: /^\s*["“‘']/.test(doc.text.slice(paraStart, paraStart + 3)),
  };
  return { candidates, excluded, spans: ordered.map((d) => (d.mentions[0] && (!d.spoke[0] || d.mentions[0].start > d.span.start) ? d.mentions[0] : d.span)), context };
}

/** What a mention looks like is the same for every pronoun after it: computed once per mention. */
const seenMentions = new WeakMap<NameMention, CandidateMention>();

function mentionOf(doc: DocView, input: CandidateInput, n: NameMention, inContent: boolean): CandidateMention {
  let m = seenMentions.get(n);
  if (!m) {
    m = describeMention(doc, input, n);
    seenMentions.set(n, m);
  }
  return m.inContent === inContent ? m : { ...m, inContent };
}

function describeMention(doc: DocView, input: CandidateInput, n: NameMention): CandidateMention {
  const s = sentenceAt(doc, n.start);
  const at = s ? s.tokens.findIndex((t) => t.start >= n.start) : -1;
  const prev = input.names.names[input.names.lowerBound(n.start) - 1];
  const paragraph = input.paragraphOf(n.start);
  return {
    start: n.start,
    end: n.end,
    sentence: s?.index ?? -1,
    paragraph,
    subject: isClauseSubject(doc, n.start, n.end),
    opensSentence: s !== undefined && at >= 0 && s.tokens.slice(0, at).every((t) => !t.word || t.cap || /^(?:the|a|an|former|then)$/.test(t.lower)),
    verb: verbFollows(doc, n.end),
    possessive: /^['’]s\b/.test(doc.text.slice(n.end, n.end + 3)),
    inQuote: s !== undefined && at >= 0 && s.quoteOf[at] !== -1,
    inContent: false,
    paragraphFirst: !prev || input.paragraphOf(prev.start) !== paragraph,
  };
}
