/**
 * Indirect and mixed speech, sentence by sentence: a trailing attribution ("…, sources said."), "according
 * to", then reporting verbs left to right. A cue inside a content already found never fires (outermost wins).
 * This file walks each sentence's tokens and keeps the candidates; the patterns are in indirect-aside.ts
 * (trailing, "according to", polls) and indirect-forward.ts ("X said that …").
 */
import type { Span } from '../../core/analysis.js';
import { cueAt, cueMargin, learnedCue, type Cue } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { askedAt, passiveAt, raisingAt } from './find-passive.js';
import { nounCueAt } from './find-noun-cue.js';
import { keepsSourceless } from './keep-model.js';
import type { Phrase } from './noun-phrase.js';
import { learnedEnd, type EndChooser } from './span-model.js';
import { free, type Taken } from './indirect-build.js';
import { according, inSurvey, trailing } from './indirect-aside.js';
import { forward, SOURCELESS } from './indirect-forward.js';
import { nestedIn } from './indirect-nested.js';
import { cannotSpeak, unknownNoun } from './speaking-source.js';

/**
 * A cue only the learned detector proposes, with a source that is an unknown lower-case noun ("the script called
 * for", "these measures have barely moved"), is kept only when the detector is sure of it: a margin of 3 over
 * its threshold. Below that such pairs describe things, not speech, on general news; on PolNeAR train the margin
 * keeps every figure within .001 (dev figures unchanged or up).
 */
const UNKNOWN_NOUN_MARGIN = 3;

/** `ends` decides where each content after its cue stops (the learned ranker by default; training passes the rules' end). */
/** `keep` decides on candidates without a found source (the learned keep model by default; its training keeps them all). */
export function findIndirect(doc: DocView, claimedQuotes: ReadonlySet<number>, direct: readonly Found[], ends: EndChooser = learnedEnd, keep: (f: Found) => boolean = (f) => keepsSourceless(doc, f)): Found[] {
  const out: Found[] = [];
  const directBySentence = new Map<number, Found[]>();
  for (const f of direct) directBySentence.set(f.sentence, [...(directBySentence.get(f.sentence) ?? []), f]);
  for (const s of doc.sentences) {
    const here = directBySentence.get(s.index) ?? [];
    const first = out.length;
    // Pushed, not made by map(), so that it is always the same kind of array (see inQuoteOf in cues.ts).
    const taken: Taken = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      taken.push((s.quoteOf[i] !== -1 && claimedQuotes.has(s.quoteOf[i]!)) || here.some((f) => within(f, t)));
    }
    // A direct quote's speaker may also be the subject of an indirect cue ("Trump called on her to resign and said, “…”"):
    // such tokens are taken (never content) but do not bar the subject search.
    const speakerOnly = s.tokens.map((t) => here.some((f) => f.source !== null && f.source.start <= t.start && t.end <= f.source.end && !f.fragments.some((x) => x.start <= t.start && t.end <= x.end)));
    const emit = (f: Found | null) => {
      if (!f) return;
      out.push(f);
      s.tokens.forEach((t, i) => {
        if (within(f, t)) taken[i] = true;
      });
    };
    const tail = trailing(doc, s, taken);
    emit(tail);
    emit(inSurvey(s, taken));
    // "…, Obi said, adding that …": the participle after a trailing attribution shares its speaker.
    let previous: Phrase | null = tail?.source ? phraseOf(s, tail.source) : null;
    for (let i = 0; i < s.tokens.length; i++) {
      if (taken[i] || s.quoteOf[i] !== -1) continue;
      const passive = askedAt(s, i, (a, b) => free(taken, a, b)) ?? passiveAt(s, i, (a, b) => free(taken, a, b), ends) ?? raisingAt(s, i, (a, b) => free(taken, a, b), ends) ?? nounCueAt(s, i, (a, b) => free(taken, a, b), ends);
      if (passive) {
        emit(passive);
        continue;
      }
      const lexical = cueAt(s.tokens, i);
      const c = lexical ?? learnedCue(s, i);
      if (!c) continue;
      // "“…,” she said, adding that …": a participle after a direct quote's attribution shares that quote's speaker.
      const quoted = previous ?? (c.participle ? directSpeakerBefore(s, here, c) : null);
      const proposed = c.according ? according(s, c, taken, ends) : forward(doc, s, c, taken, quoted, ends, speakerOnly);
      // A time or a quality as the subject ("launch day reported …", "its performance is …") speaks for no one.
      const sourcePhrase = proposed?.source ? phraseOf(s, proposed.source) : null;
      const doubtful = sourcePhrase !== null && lexical === null && proposed?.sourceClass === 'role' && cueMargin(s, c.head) < UNKNOWN_NOUN_MARGIN && unknownNoun(s.tokens, sourcePhrase);
      const speaks = proposed !== null && !doubtful && (sourcePhrase === null || !cannotSpeak(s.tokens, sourcePhrase));
      const f = proposed && speaks && (proposed.basis !== SOURCELESS || keep(proposed) || quotedSpeech(s, c, proposed)) ? proposed : null;
      emit(f);
      if (f?.source && !c.according) previous = phraseOf(s, f.source);
      // A cue that found nothing does not hide the words after it (a real cue may follow: "The most recent poll shows …").
      if (f) i = Math.max(i, c.to);
    }
    // Attributions nested in the contents just found ("… that she broke the rules, while her campaign contended …").
    const inner: Found[] = [];
    for (let k = first, n = out.length; k < n; k++) {
      const nested = nestedIn(doc, s, out[k]!, taken, ends, speakerOnly);
      out[k] = nested.outer;
      inner.push(...nested.inner);
    }
    out.push(...inner);
  }
  return out;
}

/**
 * "X, who lives …, the capital, Leeds, said she still “hopes …”": a "say" cue whose subject was not found still
 * reports speech when the speaker's own words are quoted in its content; the keep model, trained on all cues
 * without a source, turns many of these down. On PolNeAR train: 14 more direct-subset contents, 8 of them right.
 */
function quotedSpeech(s: SentenceView, c: Cue, f: Found): boolean {
  // "Said to be the richest man in town, …": "said to" is hearsay with no speaker, not a report.
  return c.strong && !c.participle && f.kind === 'mixed' && c.lemma === 'say' && s.tokens[c.to + 1]?.lower !== 'to';
}

function within(f: Found, t: { start: number; end: number }): boolean {
  const inside = (x: { start: number; end: number } | null) => x !== null && x.start <= t.start && t.end <= x.end;
  return f.fragments.some(inside) || inside(f.cue) || inside(f.source);
}

/** The speaker of the last direct quote of the sentence whose cue comes before cue `c` (its tokens, in the sentence). */
function directSpeakerBefore(s: SentenceView, here: readonly Found[], c: Cue): Phrase | null {
  const at = s.tokens[c.from]!.start;
  const f = here.findLast((x) => x.cue !== null && x.source !== null && x.cue.end <= at && x.source.end <= at && x.source.start >= s.start);
  if (!f?.source) return null;
  const p = phraseOf(s, f.source);
  return p.from >= 0 && p.to >= p.from ? p : null;
}

function phraseOf(s: SentenceView, span: Span): Phrase {
  return { from: s.tokens.findIndex((t) => t.start === span.start), to: s.tokens.findIndex((t) => t.end === span.end) };
}
