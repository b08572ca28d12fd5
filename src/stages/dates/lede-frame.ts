import type { Attribution, DatedAttribution, Segments, Span } from '../../core/analysis.js';
import { lowerBound, spanOf } from '../../core/span.js';
import { findDates, type FoundDate } from './resolve.js';

// A speaker described by a title ("the Belarusian minister", "the chancellor") or a pronoun: whom the lede
// introduced by name and title. The title word must occur in the lede sentence for the description to count.
const TITLE = /\b(minister|president|chancellor|secretary|premier|spokes(?:man|woman|person)|ambassador|envoy|leader|king|chief|general|head|official|commissioner|prime minister)\b/i;
const PRONOUN = /^(?:he|she|him|her)$/i;

/**
 * "MINSK, 26 September (BelTA) - Foreign Minister X addressed the UN General Assembly on 24 September." and
 * then, paragraphs on, "the minister said …": a long speech or interview is dated once, in the lede, and every
 * later statement of the person it introduced was made on that occasion. A statement by a pronoun or by a
 * description whose title word the lede uses takes the lede's day when no sentence between them gives another
 * day (which would announce another occasion). The dateline's own day is not the occasion's: it dates the report.
 */
export function ledeFrame(text: string, segments: Segments, a: Attribution, ref: string | null, datelineEnd = 0, speech: readonly Span[] = []): DatedAttribution | null {
  const who = (a.source?.text ?? '').trim();
  const title = TITLE.exec(who)?.[1];
  if (!PRONOUN.test(who) && !title) return null;
  const first = segments.sentences.find((s) => s.end > datelineEnd);
  if (!first) return null;
  const anchor = a.cue ?? a.source ?? a.content;
  const here = lowerBound(segments.sentences, anchor.start + 1) - 1;
  const firstIndex = segments.sentences.indexOf(first);
  if (here <= firstIndex) return null;
  const from = Math.max(first.start, datelineEnd);
  const lede = text.slice(from, first.end);
  if (title && !new RegExp(`\\b${title}\\b`, 'i').test(lede)) return null;
  // The person the lede introduced: a pronoun the quotes stage resolved to someone the lede does not name
  // ("Lavrov said on Tuesday … The analyst Ivan Petrov disagreed. He said …") is another occasion's speaker.
  const surname = a.speakerName?.trim().split(/\s+/).pop();
  if (surname && surname.length > 2 && !lede.toLowerCase().includes(surname.toLowerCase())) return null;
  const days = ledeDays(segments, lede, from, ref);
  if (days.length !== 1) return null;
  // Another day between the lede and the statement may be another occasion: then nothing is inferred.
  for (let i = firstIndex + 1; i < here; i++) {
    if (daysIn(text, segments, i, ref, speech).some((date) => date !== days[0]!.date)) return null;
  }
  const d = days[0]!;
  return { date: d.date, precision: 'day', basis: `the occasion the lede dates (${d.text.trim()})`, fallback: false, evidence: spanOf(text, from + d.start, from + d.start + d.text.trim().length) };
}

// The days each sentence gives, read once per document (chrono is the costly step; many statements ask).
const sentenceDays = new WeakMap<Segments, Map<string, string[]>>();
function daysIn(text: string, segments: Segments, i: number, ref: string | null, speech: readonly Span[]): string[] {
  let cache = sentenceDays.get(segments);
  if (!cache) sentenceDays.set(segments, (cache = new Map()));
  const key = `${i}|${ref ?? ''}`;
  let days = cache.get(key);
  if (!days) {
    const s = segments.sentences[i]!;
    const words = text.slice(s.start, s.end);
    // A sentence without a digit or a day or month word holds no day: chrono is not asked. Days inside quoted
    // speech are the speech's own ("a shift must occur today"): they announce no other occasion.
    days = DATEISH.test(words)
      ? findDates(words, ref)
          .filter((f) => f.precision === 'day' && !speech.some((p) => p.start <= s.start + f.start && s.start + f.start < p.end))
          .map((f) => f.date)
      : [];
    cache.set(key, days);
  }
  return days;
}
const DATEISH = /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|tomorrow|night|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const ledeCache = new WeakMap<Segments, { key: string; days: FoundDate[] }>();
/** The lede's days on or before the report's, read once per document. */
function ledeDays(segments: Segments, lede: string, from: number, ref: string | null): FoundDate[] {
  const key = `${from}|${ref ?? ''}`;
  const hit = ledeCache.get(segments);
  if (hit && hit.key === key) return hit.days;
  const days = findDates(lede, ref).filter((f) => f.precision === 'day' && (!ref || f.date <= ref));
  ledeCache.set(segments, { key, days });
  return days;
}
