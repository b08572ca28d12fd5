import type { Attribution, DatedAttribution, Segments } from '../../core/analysis.js';
import { lowerBound, spanOf } from '../../core/span.js';
import { findName, nameAfterWord, nameBeforeShortWord } from './name-scan.js';
import { datesIn } from './resolve.js';
import { WordRegExp } from '../../core/word-regexp.js';

// How many sentences back a speaker's dated appearance still frames an undated statement of theirs: a report
// tells one occasion (a meeting, a briefing) over a few paragraphs; further back it may be another occasion.
const SPEAKER_LOOKBACK = 12;
const NOT_A_NAME = /^(?:he|she|it|they|we|i|the|a|an|this|that|officials?|spokes\w+|ministry|minister|government|president|statement)$/i;

/** The surname a statement's speaker goes by ("Wang" for "Wang Yi" or "Mr. Wang"), or null for a pronoun or a description. */
export function surnameOf(a: Attribution): string | null {
  for (const raw of [a.speakerName, a.source?.text]) {
    const words = (raw ?? '').split(/\s+/).filter((w) => /^[\p{Lu}][\p{L}'’-]+$/u.test(w));
    const last = words[words.length - 1];
    if (last && last.length > 2 && !NOT_A_NAME.test(last)) {
      // "Wang Yi": a Chinese-order name is known by its first word when the text writes it alone ("Wang said").
      return words.length >= 2 && last.length <= 3 ? words[words.length - 2]! : last;
    }
  }
  return null;
}

// Words that end the names of bodies and places, never of people ("the Ministry of Commerce", "the Kremlin").
const BODY = /^(?:ministry|commerce|department|office|council|government|kremlin|house|agency|committee|commission|union|nations|forces|army|navy|parliament|assembly|court|bank|embassy|administration|service|services|police|state|states|republic|kingdom|federation|organization|organisation)$/i;
/**
 * Whether the text writes `name` as a person's name somewhere: after a given name or an honorific ("Jens
 * Stoltenberg", "Mr. Lou", "Rep. Andy Biggs") or before a short given name ("Wang Yi"). A country or a body
 * ("Estonia", "the Ministry of Commerce") is not one: its day may be anything that happened there.
 */
function writtenAsPerson(text: string, name: string): boolean {
  if (BODY.test(name)) return false;
  return nameAfterWord(text, name) || nameBeforeShortWord(text, name);
}

/**
 * "Blinken met Wang on Saturday … Wang was quoted as saying …": a statement whose own sentence gives no day,
 * by a speaker named a few sentences before in a sentence that does, was made on that occasion. The day nearest
 * the name in that sentence counts; a speaker not named again (a pronoun, "the ministry") gets nothing here.
 */
export function speakerFrame(text: string, segments: Segments, a: Attribution, ref: string | null, datelineEnd = 0): DatedAttribution | null {
  const name = surnameOf(a);
  if (!name) return null;
  // The cheap look-back first: most statements have no dated earlier sentence naming their speaker, and then
  // the whole-text scan of writtenAsPerson (the costliest step of the dates stage) is not needed.
  const framed = framedBefore(text, segments, a, ref, name, datelineEnd);
  return framed && personIn(text, segments, name) ? framed : null;
}

// writtenAsPerson scans the whole text; a document's statements share few speakers, so each name is read once.
const personNames = new WeakMap<Segments, Map<string, boolean>>();
function personIn(text: string, segments: Segments, name: string): boolean {
  let names = personNames.get(segments);
  if (!names) personNames.set(segments, (names = new Map()));
  let is = names.get(name);
  if (is === undefined) names.set(name, (is = writtenAsPerson(text, name)));
  return is;
}

const DOCUMENT = /^the\s+(?:[a-z]+\s+)?(statement|letter|message|tweet|post|communiqu[eé]|declaration|report|document|resolution)$/i;

/**
 * "X sent a letter to Biden Thursday … 'Congress must weigh …,' the letter states": a document speaker is
 * dated by the sentence that introduced it (the last one before that names the same kind of document with a day).
 */
export function documentFrame(text: string, segments: Segments, a: Attribution, ref: string | null): DatedAttribution | null {
  const noun = DOCUMENT.exec(a.source?.text.trim() ?? '')?.[1];
  const d = noun ? framedBefore(text, segments, a, ref, noun) : null;
  // The document is the statement introduced there: the same basis as any later reference to a statement.
  return d && { ...d, basis: `same statement as earlier (${d.basis.replace(/^.* named earlier with /, '')})` };
}

// A lower-case name (a kind of document: "statement") matches in any case, with one WordRegExp per name, built
// once (there are a dozen such names). A capitalised name matches as written: findName, no regex.
const NAME_RES = new Map<string, WordRegExp>();
function nameRe(name: string): WordRegExp {
  let re = NAME_RES.get(name);
  if (!re) {
    if (NAME_RES.size >= 4096) NAME_RES.clear();
    re = new WordRegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
    NAME_RES.set(name, re);
  }
  return re;
}

function framedBefore(text: string, segments: Segments, a: Attribution, ref: string | null, name: string, datelineEnd = 0): DatedAttribution | null {
  const anchor = a.cue ?? a.source ?? a.content;
  const here = lowerBound(segments.sentences, anchor.start + 1) - 1;
  const exact = /^[\p{Lu}]/u.test(name);
  const re = exact ? null : nameRe(name);
  for (let i = here - 1; i >= Math.max(0, here - SPEAKER_LOOKBACK); i--) {
    const s = segments.sentences[i]!;
    if (s.end > a.content.start && s.start < a.content.end) continue;
    const sentence = text.slice(s.start, s.end);
    const at = re ? (re.for(sentence).exec(sentence)?.index ?? -1) : findName(sentence, name);
    if (at < 0) continue;
    // The dateline's day ("MINSK, 26 September (BelTA) - X addressed the Assembly on 24 September") dates the report, not the occasion.
    // A day after the report's ("for four days", "next Tuesday") is not when anything reported was said.
    const days = datesIn(segments, sentence, ref).filter((f) => f.precision === 'day' && s.start + f.start >= datelineEnd && !(ref && f.date > ref));
    if (days.length === 0) continue;
    const d = [...days].sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0]!;
    return {
      date: d.date,
      precision: 'day',
      basis: `${name} named earlier with ${d.text.trim()}`,
      fallback: false,
      evidence: spanOf(text, s.start + d.start, s.start + d.start + d.text.trim().length),
    };
  }
  return null;
}

// A role with a qualifier that tells one office from another ("finance minister", "defence secretary", "UN envoy").
const ROLE = /\b([a-z]+|[A-Z]{2,})\s+(minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|chancellor|premier|commissioner|governor|mayor)\b/i;
const NOT_QUALIFIER = /^(?:the|a|an|former|then|new|deputy|vice|acting|his|her|their|its|our|whose|and|of)$/i;

/**
 * "The Chinese finance minister jabbed back on Monday … The finance minister, Lou Jiwei, suggested …": a speaker
 * described by a qualified role is the one a sentence shortly before dates under the same role. Tried after the
 * speaker's name (speakerFrame), which is the stronger evidence.
 */
export function roleFrame(text: string, segments: Segments, a: Attribution, ref: string | null, datelineEnd = 0): DatedAttribution | null {
  const m = ROLE.exec(a.source?.text ?? '');
  if (!m || NOT_QUALIFIER.test(m[1]!)) return null;
  const role = `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`;
  const d = framedBefore(text, segments, a, ref, role, datelineEnd);
  return d && { ...d, basis: `the ${role} ${d.basis.replace(/^.* named earlier with /, 'named earlier with ')}` };
}
