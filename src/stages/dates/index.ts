import type { Attribution, DatedAttribution, Segments, Span } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';
import { lowerBound, spanOf } from '../../core/span.js';
import { findDateline } from './dateline.js';
import { datesIn } from './resolve.js';
import { namesAnotherEvent } from './attributive.js';
import { ledeFrame } from './lede-frame.js';
import { documentFrame, roleFrame, speakerFrame } from './speaker-frame.js';
import { WordRegExp } from '../../core/word-regexp.js';

export interface DatesInput {
  readonly text: string;
  readonly segments: Segments;
  readonly attributions: readonly Attribution[];
  readonly publishedAt: string | null;
}

const ANAPHORIC = /^(?:he|she|it|they|we|the (?:[a-z]+ )?(?:statement|document|letter|message|tweet|post|official|spokes\w+|minister|ministry|president|leader))$/i;

// Built as written only for a text with letters outside ASCII (core/word-regexp.ts).
const NON_LETTERS = new WordRegExp(String.raw`[^\p{L}]+`, 'gu');

function norm(s: string | null | undefined): string {
  const lower = (s ?? '').toLowerCase();
  return lower.replace(NON_LETTERS.for(lower), ' ').trim();
}

interface SpeakerName {
  readonly name: string;
  readonly last: string;
  readonly stem: string;
  readonly words: readonly string[];
  /** "mr. lou": the last word is a surname that may stand first in the full name. */
  readonly honorific: boolean;
}

/** The names an attribution gives its speaker, normalised, without pronouns and descriptions. */
function speakerNames(x: Attribution): readonly SpeakerName[] {
  return [norm(x.speakerName), norm(x.source?.text)]
    .filter((n) => n && !ANAPHORIC.test(n))
    .map((name) => {
      const last = name.split(' ').pop()!;
      // Transliterations differ in their endings (Zakharova, Zacharowa, Zacharów): a shared 5-letter stem counts.
      return { name, last, stem: last.length >= 5 ? last.slice(0, 5) : last, words: name.split(' '), honorific: HONORIFIC.test(name) };
    });
}

// "Mr. Lou" names the surname, whichever end of the full name it stands at ("Lou Jiwei", family name first).
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir|madam|mme|m)\.?\s/;

/** Whether two attributions name the same speaker ("Mr Macron" and "Emmanuel Macron"), given their speakerNames. */
function sameSpeaker(a: readonly SpeakerName[], b: readonly SpeakerName[]): boolean {
  return a.some((x) =>
    b.some(
      (y) =>
        x.name === y.name ||
        (x.last.length > 2 && (x.last === y.last || x.stem === y.stem)) ||
        (x.honorific && x.last.length > 2 && y.words.includes(x.last)) ||
        (y.honorific && y.last.length > 2 && x.words.includes(y.last)),
    ),
  );
}

/** The span of a sorted, disjoint list that holds `at`. */
function containing<T extends { start: number; end: number }>(sorted: readonly T[], at: number): T | undefined {
  const i = lowerBound(sorted, at + 1) - 1;
  const s = sorted[i];
  return s && s.start <= at && at <= s.end ? s : undefined;
}

// How far back an undated statement looks for the statement it continues: news repeats a speaker within
// a few paragraphs, and the bound keeps a document with thousands of quotations linear.
const LOOKBACK = 200;
// "… to stop this massacre in an Instagram post Tuesday": a channel phrase closing an indirect content is the
// reporting clause's (the speaker said it in the post on Tuesday), so its date is not masked with the content.
const CHANNEL_TAIL = /\b(?:in|during|at|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}(?:statement|interview|post|tweet|speech|address|briefing|conference|meeting|call|letter|message|video|broadcast|remarks)\b[^,;:"“”.]{0,30}[.]?$/i;
const FRAME_SENTENCES = 2;

/**
 * The date of the reporting clause: the sentence that holds the cue, with the content masked out, so a date
 * inside what was said ("explosions on Tuesday") never dates the saying.
 */
function ownDate(text: string, segments: Segments, a: Attribution, ref: string | null): DatedAttribution | null {
  const anchor = a.cue ?? a.source ?? a.content;
  const sentence = containing(segments.sentences, anchor.start);
  if (!sentence) return null;
  const parts = a.content.fragments && a.content.fragments.length > 0 ? a.content.fragments : [a.content];
  let clause = text.slice(sentence.start, sentence.end);
  const blank = (from: number, to: number) => {
    const s = Math.max(from, sentence.start) - sentence.start;
    const e = Math.min(to, sentence.end) - sentence.start;
    // Masked with '|', not spaces: chrono-node reads "26 April" followed by a run of spaces as "April" alone.
    if (e > s) clause = clause.slice(0, s) + '|'.repeat(e - s) + clause.slice(e);
  };
  for (const p of parts) {
    // "said late Wednesday that …", "called on the government Wednesday to …": a time adverbial between the
    // cue and the complementiser belongs to the reporting clause even when the content span starts before it.
    const head = a.cue && p.start >= a.cue.end && p.start - a.cue.end <= 2 ? /^(?:[^,;:"“]{0,40}?)(?=\s(?:that|to|for|whether)\b)/.exec(text.slice(p.start, p.end)) : null;
    const tail = a.kind === 'direct' ? null : CHANNEL_TAIL.exec(text.slice(p.start, p.end));
    blank(p.start + (head ? head[0].length : 0), p.end - (tail ? tail[0].length : 0));
  }
  // After the content the reporting clause ends at the first comma: "…, saying that despite attacks last week"
  // is another clause.
  const after = Math.max(parts[parts.length - 1]!.end, a.cue?.end ?? 0, a.source?.end ?? 0);
  const comma = after < sentence.end ? text.slice(after, sentence.end).search(/[,;]\s/) : -1;
  if (comma >= 0) blank(after + comma, sentence.end);
  // A bare year ("in 2012") dates the saying only right after the cue ("said in 2012"); elsewhere in the
  // sentence it is usually the year of something else ("who in 2006 founded …").
  const cueEnd = a.cue ? a.cue.end - sentence.start : -1;
  const found = datesIn(segments, clause, ref).filter(
    (f) =>
      (f.precision !== 'year' || (cueEnd >= 0 && f.start >= cueEnd && f.start - cueEnd <= 25)) &&
      // A saying the report tells was made by the report's day: a later day ("the attack may come in the next
      // few days") is what someone expects, said in another clause of the sentence.
      !(ref && f.date > ref) &&
      // "said in a nightly address since Russia invaded 4 months ago": the start of a period is not the saying.
      !SINCE.test(clause.slice(Math.max(0, f.start - 48), f.start)) &&
      // "until he heard the July 25 call", "Thursday night's fight": the date of another event (attributive.ts).
      !namesAnotherEvent(clause, f.start, f.end),
  );
  if (found.length === 0) return null;
  const at = anchor.start - sentence.start;
  const nearest = [...found].sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0]!;
  return {
    date: nearest.date,
    precision: nearest.precision,
    basis: nearest.text,
    fallback: false,
    evidence: spanOf(text, sentence.start + nearest.start, sentence.start + nearest.end),
  };
}

const SINCE = /\bsince\b[^,;.|]{0,40}$/i;

// "On Monday, the ministry summoned the envoy. It said …": a sentence opened by a day frames the next one.
const WEEKDAY_OPENING = /^\s*(?:(?:earlier|later|late|early)\s+)?(?:on\s+)?(?:(?:last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?\s*,/i;
// "On May 4, the OSCE published a report. … the OSCE called for …": a calendar day opening the sentence too.
const CALENDAR_OPENING = /^\s*on\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s*,/i;
const openingDay = (s: string): RegExpExecArray | null => WEEKDAY_OPENING.exec(s) ?? CALENDAR_OPENING.exec(s);

/** The day that opens the sentence before the statement's, in the same paragraph. */
function openingFrame(text: string, segments: Segments, a: Attribution, ref: string | null): DatedAttribution | null {
  const anchor = a.cue ?? a.source ?? a.content;
  const i = lowerBound(segments.sentences, anchor.start + 1) - 1;
  const here = segments.sentences[i];
  const prev = segments.sentences[i - 1];
  if (!here || !prev || !containing(segments.paragraphs, prev.start) || containing(segments.paragraphs, prev.start) !== containing(segments.paragraphs, here.start)) return null;
  const m = openingDay(text.slice(prev.start, prev.end));
  if (!m) return null;
  const found = datesIn(segments, m[0], ref).find((f) => f.precision === 'day');
  if (!found) return null;
  // A calendar day may be history ("On February 24, 2022, Russia invaded …"): it frames only a recent occasion.
  if (!WEEKDAY_OPENING.test(m[0]) && (!ref || found.date > ref || (Date.parse(ref) - Date.parse(found.date)) / 86_400_000 > FRAME_MAX_DAYS)) return null;
  return { date: found.date, precision: 'day', basis: `the sentence before opens with ${found.text.trim()}`, fallback: false, evidence: spanOf(text, prev.start + found.start, prev.start + found.start + found.text.trim().length) };
}

/** How far before the publication day a date may be and still frame what other speakers said after it. */
const FRAME_MAX_DAYS = 31;

/**
 * Whether one speaker's date frames the next speaker's statement in the same paragraph: a lede's day does
 * ("On Friday, X said … Y said …"), a date of history does not ("On September 11, 2001, Bush said … Biden
 * has refused …"), nor a date inherited from yet another statement. Without a publication day a date's
 * distance is unknown, so it frames nothing.
 */
function framesOthers(d: DatedAttribution, ref: string | null): boolean {
  // Only a day frames: "This month, Trump hosted Erdogan … 'It is personal,' said Aydintasbas" tells the month
  // of the visit, not of the comment.
  if (!ref || d.precision !== 'day' || d.basis.startsWith('same statement as')) return false;
  const days = (Date.parse(ref) - Date.parse(d.date)) / 86_400_000;
  return days <= FRAME_MAX_DAYS;
}

/** Stage 8: when each attribution was said; one entry per attribution (null when nothing fixes a date). */
export const dates: Stage<DatesInput, readonly (DatedAttribution | null)[]> = {
  name: 'dates',
  run({ text, segments, attributions, publishedAt }, ctx) {
    // A wire dateline ("MINSK, 7 February (BelTA) –") dates the report: relative days count from it, the
    // lede's statements were made that day, and it replaces the publication day as the flagged fallback.
    const dateline = findDateline(text, publishedAt?.slice(0, 10) ?? null);
    const ref = dateline?.date ?? publishedAt?.slice(0, 10) ?? null;
    const paragraphOf = (at: number) => containing(segments.paragraphs, at) ?? null;
    const sentenceIndex = (at: number) => lowerBound(segments.sentences, at + 1) - 1;
    // The lede's frame reaches the statements right after it, not a whole text that came without paragraph
    // breaks (a feed's single-line body): same paragraph and at most FRAME_SENTENCES sentences on.
    // Each attribution's speaker names, paragraph and sentence, worked out once: every undated statement
    // compares itself with up to LOOKBACK dated ones.
    const known = new Map<Attribution, { names: readonly SpeakerName[]; paragraph: Span | null; sentence: number }>();
    const about = (x: Attribution) => {
      let k = known.get(x);
      if (!k) known.set(x, (k = { names: speakerNames(x), paragraph: paragraphOf(x.content.start), sentence: sentenceIndex(x.content.start) }));
      return k;
    };
    const framedBy = (x: Attribution, a: Attribution) => about(x).paragraph === about(a).paragraph && about(a).sentence - about(x).sentence <= FRAME_SENTENCES;
    const same = (x: Attribution, a: Attribution) => sameSpeaker(about(x).names, about(a).names);
    /** The latest of the last LOOKBACK dated statements that `test` accepts. */
    const recent = (test: (x: { a: Attribution; d: DatedAttribution }) => boolean) => {
      for (let j = dated.length - 1; j >= Math.max(0, dated.length - LOOKBACK); j--) if (test(dated[j]!)) return dated[j];
      return undefined;
    };
    // Quoted speech, whose own days ("must occur today") announce no other occasion (lede-frame.ts).
    const speech = attributions.filter((a) => a.kind !== 'indirect').flatMap((a) => a.content.fragments ?? [a.content]);
    const order = attributions.map((a, i) => ({ a, i })).sort((x, y) => (x.a.cue?.start ?? x.a.content.start) - (y.a.cue?.start ?? y.a.content.start));
    const out: (DatedAttribution | null)[] = attributions.map(() => null);
    const dated: { a: Attribution; d: DatedAttribution }[] = [];
    for (const [k, { a, i }] of order.entries()) {
      let d = ownDate(text, segments, a, ref) ?? documentFrame(text, segments, a, ref);
      if (!d) {
        // A statement the text does not date again is the one dated earlier: "It continued", the same
        // speaker further down, or another speaker in the same paragraph (the lede's frame).
        const anaphoric = a.source?.type === 'document' || ANAPHORIC.test(norm(a.source?.text));
        // "It continued" refers to the statement just before, not to the last one that had a date.
        const before = k > 0 ? order[k - 1]! : undefined;
        const last = before && out[before.i] ? { a: before.a, d: out[before.i]! } : undefined;
        const here = paragraphOf(a.content.start);
        const prev =
          (anaphoric && last && !last.d.fallback ? last : undefined) ??
          recent((x) => same(x.a, a)) ??
          recent((x) => here !== null && framedBy(x.a, a) && framesOthers(x.d, ref));
        if (prev && !prev.d.fallback) {
          const root = prev.d.basis.startsWith('same statement as earlier (') ? prev.d.basis : `same statement as earlier (${prev.d.basis})`;
          // A dateline dates the report; the day the lede gives its occasion ("addressed the UN on 24 September")
          // is better evidence of when the person it introduced spoke.
          const byDateline = root.includes('(dateline (') || (dateline !== null && prev.d.evidence !== undefined && prev.d.evidence.start < dateline.end);
          d = (byDateline ? ledeFrame(text, segments, a, ref, dateline?.end ?? 0, speech) : null) ?? { ...prev.d, basis: root };
        }
      }
      if (!d) d = openingFrame(text, segments, a, ref);
      if (!d) d = speakerFrame(text, segments, a, ref, dateline?.end ?? 0) ?? roleFrame(text, segments, a, ref, dateline?.end ?? 0);
      if (!d) d = ledeFrame(text, segments, a, ref, dateline?.end ?? 0, speech);
      if (!d && dateline) {
        const lede = paragraphOf(a.content.start) === paragraphOf(dateline.end) && sentenceIndex(a.cue?.start ?? a.content.start) - sentenceIndex(dateline.end) <= FRAME_SENTENCES;
        d = { date: dateline.date, precision: 'day', basis: `dateline (${dateline.basis})`, fallback: !lede, ...(lede && { evidence: dateline.evidence }) };
      }
      if (!d && ref) d = { date: ref, precision: 'day', basis: 'publication date', fallback: true };
      ctx.trace('dates', () => `${d ? `${d.date} (${d.precision}, ${d.basis})` : 'no date'}: ${a.content.text.slice(0, 50)}`);
      out[i] = d;
      if (d && !d.fallback) dated.push({ a, d });
    }
    // "X announced A. B, the ministry said on Monday.": a statement the text dates only in the next sentence,
    // where its speaker is referred back to, takes that date (same paragraph, at most FRAME_SENTENCES on).
    order.forEach(({ a, i }, k) => {
      if (!out[i]?.fallback) return;
      const next = order[k + 1];
      const d = next && out[next.i];
      if (!next || !d || d.fallback || !framedBy(a, next.a)) return;
      // An anaphoric source that resolved to someone else ("… said Haji. The UNHCR shares that concern. It issued a
      // statement last week") refers to that other speaker.
      const pronoun = norm(next.a.source?.text);
      const other =
        (about(a).names.length > 0 && about(next.a).names.length > 0 && !same(a, next.a)) ||
        // "it" is no person, "he" or "she" no organisation.
        (pronoun === 'it' && a.source?.type === 'person') ||
        (/^(?:he|she)$/.test(pronoun) && a.source?.type === 'organization');
      if (!((ANAPHORIC.test(pronoun) && !other) || same(a, next.a))) return;
      out[i] = { ...d, basis: `same statement as later (${d.basis})` };
    });
    return out;
  },
};
