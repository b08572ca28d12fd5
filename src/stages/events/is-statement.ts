import type { Attribution } from '../../core/analysis.js';
import { WordRegExp } from '../../core/word-regexp.js';
import { NOT_SPEECH, SPEECH } from './lexicon.js';

const QUOTE_OPEN = /^["“«„'‘]/;
// "China has never condemned …", "has yet to comment", "failed to denounce": a communication verb under a
// negation reports that nothing was said. ("declined to comment", "refused to …" are acts and stay.) So does an
// avoided act: "have avoided direct criticism of the unions", "refrained from condemning", "stopped short of
// calling for …" say that the criticism or the call was not made.
const NEGATED_CUE = /(?:\b(?:never|not|yet to|failed to|neither|nor|avoid(?:ed|s|ing)?|refrain(?:ed|s|ing)? from|stop(?:ped|s|ping)? short of)\b|n['’]t\b)/i;
const NEGATION_BEFORE = /(?:\b(?:never|not|yet to|failed to|avoid(?:ed|s|ing)?|refrain(?:ed|s|ing)? from)|n['’]t)\s+(?:\w+\s+)?$/i;
// The non-speech uses tried at one place only (sticky): the first match starts at 0 exactly when one starts there.
const NOT_SPEECH_HERE = new WordRegExp(NOT_SPEECH.source, `${NOT_SPEECH.flags}y`);

// A question asks about a view and states none ("Do you think Taiwan should rearm?", "Why did the minister say the
// talks failed?", "VOA: Do you hope that …?"): its source follows an inverted auxiliary that opens the clause, and
// the sentence ends with a question mark. PolNeAR annotates such attributions, so the quotes stage keeps them; no
// event is coded from them.
const INVERTED_BEFORE = /(?:^|[.?!:;,—–]\s*|\b(?:what|how|why|when|where|who|whom|which|whether|and|but|so|or|then)\s+)(?:do|does|did|will|would|can|could|should|shall|may|might|must|is|are|was|were|have|has|had)\s+$/i;
const GENERIC_YOU = /^\s*you\s*$/i;
const SENTENCE_END = /[.?!](?=["”’)]*(?:\s|$))/;

function asked(text: string, a: Attribution): boolean {
  if (!a.source || !a.cue || a.source.start > a.cue.start) return false;
  if (!INVERTED_BEFORE.test(text.slice(Math.max(0, a.source.start - 40), a.source.start))) return false;
  const rest = text.slice(a.cue.end, a.cue.end + 600);
  const stop = rest.search(SENTENCE_END);
  return stop >= 0 && rest[stop] === '?';
}

/**
 * An event is coded only from a statement: a communication cue ("said", "urged", "according to"), or a
 * quotation with a source. A background sentence handed over with its main verb as cue ("retook", "annexed")
 * is not one, nor is a question.
 */
export function isStatement(text: string, a: Attribution): boolean {
  if (asked(text, a)) return false;
  // "You" as the source is the generic reader of a review or a how-to ("You can still ask for the time"): news
  // reports no statement by its reader. (An interviewer's "you" inside a quotation is not a source.)
  if (a.source && GENERIC_YOU.test(a.source.text)) return false;
  // A transcript turn ("Armitage: China has to be very careful.") is the labelled speaker's own words; the
  // interviewer's question ("VOA: How concerned are you?") states nothing.
  if (a.kind === 'direct' && a.source && a.cue?.text.trim() === ':') return !/\?["”’)]*\s*$/.test(a.content.text);
  if (a.cue) {
    // No one is reported as speaking and the "cue" is the verb of the sentence itself ("In 2009, Russia invited
    // all parties to sign …", "The West rejected the proposal"): the writer narrates an act, background or
    // history, and there is no reporting clause to code. A reported statement has its cue outside what was said.
    if (!a.source && !quotedContent(text, a) && a.cue.start >= a.content.start && a.cue.end <= a.content.end) return false;
    // A non-speech use starts at the cue itself ("called the police", "responded to the protests with force").
    const around = text.slice(a.cue.start, Math.min(text.length, a.cue.end + 120));
    const notSpeech = NOT_SPEECH_HERE.for(around);
    notSpeech.lastIndex = 0;
    if (notSpeech.test(around)) return false;
    if (NEGATED_CUE.test(a.cue.text) || NEGATION_BEFORE.test(text.slice(Math.max(0, a.cue.start - 16), a.cue.start))) return false;
    if (SPEECH.for(a.cue.text).test(a.cue.text)) return true;
  }
  return quotedContent(text, a) && a.source !== null;
}

function quotedContent(text: string, a: Attribution): boolean {
  return QUOTE_OPEN.test(a.content.text.trim()) || QUOTE_OPEN.test(text.slice(Math.max(0, a.content.start - 1), a.content.start));
}
