/**
 * Direct quotes with the cue before the quote: "He said: “…”", "The statement read “…”", "It continued, “…”",
 * "Said Comey, “…”", "Trump issued a statement, “…”", a voice in a digest ("… - HuffPollster: “…”") and "Mayor: ‘…’".
 */
import { cueAt } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { cueModifiers, documentNouns, groupNouns, roleWords } from './lexicon.js';
import { classify, clauseSubject, phraseEndingAt, phraseStartingAt, subjectBefore, verbLike } from './noun-phrase.js';
import { sentenceAt } from './document.js';
import type { Quoted } from './quote-marks.js';
import type { Token } from './tokens.js';
import { mainSubject } from './main-subject.js';
import { cueSpan, span, type Hit } from './direct-hit.js';
import { appositiveSubject, coordinatedSubject, parentheticalSpeaker, phraseAt, skipModifiers } from './direct-speakers.js';
import type { Phrase } from './noun-phrase.js';
import { isRubric } from './speaking-source.js';

/** He said: “…” / The statement read “…” / It continued, “…” / Mayor: ‘…’ */
export function beforePattern(doc: DocView, s0: SentenceView, q: Quoted, found: readonly Found[]): Hit | null {
  let s = s0;
  let toks = s.tokens;
  let b = -1;
  for (let i = 0; i < toks.length && toks[i]!.end <= q.start; i++) b = i;
  // A quote opening its sentence or paragraph after "… told the council:" belongs to that colon.
  if (b < 0) {
    const prev = doc.sentences[s.index - 1];
    if (!prev || prev.tokens.at(-1)?.text !== ':' || s.paragraph - prev.paragraph > 1) return null;
    s = prev;
    toks = s.tokens;
    b = toks.length - 1;
  } else {
    // A quote that stops mid-sentence ("said “it gets me mad” every time …") is part of a longer, mixed content.
    const last = sentenceAt(doc, q.end - 1);
    const rest = last ? last.tokens.filter((t) => t.start >= q.end) : [];
    // A quote closing on its own comma or period ("“Very good reporter,” pointing at him") is a whole utterance.
    if (rest.some((t) => t.word) && !/[,.!?]["”’»]?$/.test(doc.text.slice(q.start, q.end))) return null;
  }
  // "Pamela Padilla ― “…”": in lists of voices a dash or bar after a name works like a colon.
  const colon = toks[b]!.text === ':' || (/^[―—–]$/.test(toks[b]!.text) && b <= 6);
  while (b >= 0 && /^[,:—–―-]$/.test(toks[b]!.text)) b--;
  if (b < 0) return null;
  // "Said Ana Obi, who grew up here, “…”": a relative clause puts the cue opening the sentence beyond the reach below.
  const opening = b > 6 ? cueAt(toks, 0) : null;
  const named = opening && !opening.participle ? phraseStartingAt(toks, opening.to + 1) : null;
  if (opening && named && asideUntil(toks, named.to + 1, b)) {
    return { cue: { start: toks[0]!.start, end: toks[opening.to]!.end }, source: span(s, named), sourceClass: classify(toks, named), sentence: s.index, basis: 'cue, source, quote (Said X, who …, "…")', confidence: 0.85, next: null };
  }
  for (let j = b; j >= Math.max(0, b - 6); j--) {
    if (s.quoteOf[j] !== -1) break;
    const g = cueAt(toks, j);
    if (!g) continue;
    // "concluded by calling for “…”": the finite verb, "by" and the gerund make one cue (see cueAt).
    const whole = j >= 2 && toks[j - 1]!.lower === 'by' ? cueAt(toks, j - 2) : null;
    const c = whole && whole.to === g.to ? whole : g;
    // The words between the cue and the quote must be an addressee ("told reporters:") or nothing.
    let cueEnd = c.to;
    if (c.to !== b) {
      // … or adverbs ("adding later, “…”"), or the setting, which PolNeAR counts in the cue ("said in an interview “…”").
      const between = toks.slice(c.to + 1, b + 1);
      const adverbs = between.every((t) => cueModifiers.has(t.lower));
      const setting = !adverbs && between.length <= 8 && (SETTING_LEADS.test(between[0]!.lower) || between.every((t) => TIME_WORDS.test(t.lower))) && !between.some((t) => t.word && verbLike(t)) && !between.some((t, k) => s.quoteOf[c.to + 1 + k] !== -1);
      const obj = adverbs || setting ? null : phraseStartingAt(toks, c.to + 1);
      // "Said Comey, “…”": a cue opening the sentence, its speaker after it — also with a colon after a name
      // ("Continued Stone: “…”").
      if (c.from === 0 && obj && obj.to === b && ((!colon && toks[b + 1]?.text === ',') || (colon && classify(toks, obj) === 'name'))) {
        return { cue: { start: toks[c.from]!.start, end: toks[c.to]!.end }, source: span(s, obj), sourceClass: classify(toks, obj), sentence: s.index, basis: 'cue, source, quote (Said X, "…")', confidence: 0.85, next: null };
      }
      if (!adverbs && !setting && (!obj || obj.to !== b || !(colon || c.lemma === 'tell'))) continue;
      if (setting) cueEnd = b;
    }
    // "…, adding: “…”": a participle shares the subject of the attribution just before it in the sentence.
    const earlier = c.participle ? found.findLast((f) => f.sentence === s.index && f.source !== null) : undefined;
    const shared = earlier?.source ? phraseAt(s, earlier.source) : c.participle ? parentheticalSpeaker(toks, c.from) : null;
    // "… said it was early but added, “…”": a verb coordinated after "and"/"but" shares the clause's subject.
    const coordinated = !c.participle && /^(?:and|but)$/.test(toks[skipModifiers(toks, c.from - 1)]?.lower ?? '');
    // "…, with Obi yelling: “…”", "the ad ends with a spokesman saying: “…”": in the absolute construction the noun
    // phrase after "with" is the participle's subject, not the clause's.
    const tight = shared ?? (coordinated ? coordinatedSubject(toks, skipModifiers(toks, c.from - 1)) : c.participle ? withSubject(toks, c.from) ?? clauseSubject(toks, 0, c.from) : subjectBefore(toks, c.from) ?? appositiveSubject(toks, c.from, 0));
    // "She followed that by saying, “…”", "X, 70, said … but added, “…”": else the sentence's main subject speaks.
    const own = tight ?? mainSubject(toks, c.from);
    // "Obi stated the report was bad. Adding, “…”": a participle opening its sentence goes on from the speaker of the
    // sentence before.
    const carried = !own && c.participle && skipModifiers(toks, c.from - 1) < 0 ? previousSpeaker(doc, s) : null;
    const source = own ?? carried?.p ?? null;
    if (!source) return null;
    if (carried) {
      return { cue: cueSpan(s, { ...c, to: cueEnd }, null), source: span(carried.s, source), sourceClass: classify(carried.s.tokens, source), sentence: s.index, basis: 'participle cue opening the sentence, speaker of the sentence before, quote', confidence: 0.75, next: null };
    }
    const cls = classify(toks, source);
    if (c.lemma === 'read' && cls !== 'document' && cls !== 'pronoun-it') return null;
    return {
      cue: cueSpan(s, { ...c, to: cueEnd }, source.to),
      source: span(s, source),
      sourceClass: cls,
      sentence: s.index,
      basis: c.participle ? 'participle cue, clause subject, quote' : 'source, cue, quote (X said: "…")',
      confidence: 0.9,
      next: null,
    };
  }
  // "Trump issued a statement, “…”": a verb whose object is a document introduces the document's words.
  const doc0 = toks[b]!;
  if (documentNouns.has(doc0.lower) && !doc0.cap && (colon || toks[b + 1]?.text === ',')) {
    for (let v = b - 1; v >= Math.max(0, b - 4); v--) {
      const t = toks[v]!;
      if (!t.word || s.quoteOf[v] !== -1) break;
      if (t.cap || !verbLike(t)) continue;
      const source = subjectBefore(toks, v) ?? mainSubject(toks, v);
      if (!source) break;
      return { cue: { start: t.start, end: doc0.end }, source: span(s, source), sourceClass: classify(toks, source), sentence: s.index, basis: 'source, verb, document, quote (X issued a statement, "…")', confidence: 0.75, next: null };
    }
  }
  // A voice in a digest (see listedVoice) comes before the verb-phrase rule: "Turnout fell - Ana Obi: “…”" has
  // no verb of Obi's.
  const vb = colon ? beforeAside(toks, b) : b;
  const voice = colon ? phraseEndingAt(toks, vb) : null;
  if (voice && voice.from > 0 && listedVoice(toks, voice.from)) {
    const colonTok = toks.findLast((t) => /^[:―—–]$/.test(t.text) && t.end <= q.start)!;
    return { cue: { start: colonTok.start, end: colonTok.end }, source: span(s, voice), sourceClass: classify(toks, voice), sentence: s.index, basis: 'colon cue (X: "…")', confidence: 0.75, next: null };
  }
  // "Cruz called them on it:" — any verb phrase after a clause subject, closed by a colon.
  if (colon) {
    const subject = clauseSubject(toks, 0, b + 1) ?? mainSubject(toks, b + 1);
    if (subject && subject.to < b) {
      const colonTok = toks.findLast((t) => t.text === ':' && t.end <= q.start)!;
      let from = subject.to + 1;
      while (from < b && toks[from]!.text === ',') from++;
      return { cue: { start: toks[from]!.start, end: colonTok.end }, source: span(s, subject), sourceClass: classify(toks, subject), sentence: s.index, basis: 'subject, verb phrase, colon, quote', confidence: 0.75, next: null };
    }
  }
  // "Mayor: ‘…’": a short phrase opening the sentence, then a colon.
  if (voice && voice.from === 0 && vb <= 7 && !isRubric(toks, voice.from, voice.to + 1)) {
    const colonTok = toks.findLast((t) => /^[:―—–]$/.test(t.text) && t.end <= q.start)!;
    return { cue: { start: colonTok.start, end: colonTok.end }, source: span(s, voice), sourceClass: classify(toks, voice), sentence: s.index, basis: 'colon cue (X: "…")', confidence: 0.75, next: null };
  }
  return null;
}

/**
 * The noun phrase between "with" and participle `at` ("with Obi reportedly yelling", "with one of her ads asking"),
 * if it can speak: it holds a name, a role, a group or a document noun, or is a personal pronoun ("with softer
 * language calling for …" is no speaker).
 */
function withSubject(toks: readonly Token[], at: number): Phrase | null {
  const p = subjectBefore(toks, at);
  if (!p || p.from === 0 || toks[p.from - 1]!.lower !== 'with') return null;
  const words = toks.slice(p.from, p.to + 1).filter((t) => t.word);
  const cls = classify(toks, p);
  const speaks = cls === 'pronoun-person' || cls === 'pronoun-plural' || words.some((t) => t.cap || roleWords.has(t.lower) || documentNouns.has(t.lower) || groupNouns.has(t.lower));
  return speaks ? p : null;
}

/** The named subject of the first reporting verb with one in the sentence before `s` in its paragraph ("Obi stated …"). */
function previousSpeaker(doc: DocView, s: SentenceView): { s: SentenceView; p: Phrase } | null {
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return null;
  const toks = prev.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (prev.quoteOf[k] !== -1 || !toks[k]!.word || toks[k]!.cap) continue;
    const c = cueAt(toks, k);
    if (!c || c.participle || !c.strong) continue;
    const p = subjectBefore(toks, c.from);
    if (p && classify(toks, p) === 'name') return { s: prev, p };
  }
  return null;
}

/**
 * "Media shares blame in poll overhype - HuffPollster: “…”" / "More from Jones: “…”" / "From the report: “…”":
 * in digests of other outlets' words, the speaker before the colon follows a headline and a dash, or "from".
 */
function listedVoice(toks: readonly Token[], from: number): boolean {
  const dash = (k: number) => k >= 1 && /^[-–—―]$/.test(toks[k]!.text) && toks[k]!.start > toks[k - 1]!.end;
  let k = from - 1;
  if (toks[k]!.lower !== 'from') return dash(k);
  if (toks[k - 1]?.lower === 'more') k--;
  return k === 0 || dash(k - 1);
}

/** A relative clause between commas from token `comma` to the comma after token `last` (", who grew up here,"). */
function asideUntil(toks: readonly Token[], comma: number, last: number): boolean {
  return toks[comma]?.text === ',' && toks[comma + 1]?.lower === 'who' && toks[last + 1]?.text === ',' && last - comma <= 15 && !toks.slice(comma + 1, last + 1).some((t) => t.text === ',');
}

/** Words that open the setting of a cue ("said in an interview", "wrote on Twitter"). */
const SETTING_LEADS = /^(?:in|at|during|on|to|via|after|before|while|of|about)$/;
/** A bare time between the cue and the quote ("tweeted Sunday “…”", "said last week, “…”"). */
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|a|day|days|week|weeks|month|months|year|years|ago|morning|afternoon|evening|night|earlier|later|recently|,)$/;

/**
 * "Rep. Ana Obi (D-Texas): “…”": a short parenthetical after the voice before a colon (a party and state, an
 * age) is an aside; the voice ends before it. Returns the token the voice phrase ends at.
 */
export function beforeAside(toks: readonly Token[], b: number): number {
  if (toks[b]?.text !== ')') return b;
  for (let k = b - 1; k >= Math.max(1, b - 7); k--) {
    if (toks[k]!.text === ')') return b;
    if (toks[k]!.text === '(') return toks[k - 1]!.word ? k - 1 : b;
  }
  return b;
}
