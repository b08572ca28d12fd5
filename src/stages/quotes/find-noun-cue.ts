/**
 * Attributions carried by a noun: "his criticism of Trump", "support for Sanders", "Trump's statement that
 * women should be punished", "her pledge to raise taxes". PolNeAR counts them (PolNeAR train: support,
 * statement, criticism, view, attacks, endorsement …). The source is the possessive before the noun when
 * there is one ("his", "Trump's"); otherwise the attribution has no source. The nouns and the words that
 * open their content are data (data/noun-cues.json).
 */
import { contentEnd, type Cue } from './cues.js';
import nounCues from './data/noun-cues.json' with { type: 'json' };
import type { SentenceView } from './document.js';
import type { Found } from './found.js';
import { stopWords } from './lexicon.js';
import { classify, phraseEndingAt, verbLike, type Phrase } from './noun-phrase.js';
import type { EndChooser } from './span-model.js';

const openers: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(nounCues.nouns));
const needsOwner: ReadonlySet<string> = new Set(nounCues.needsOwner);
/** Words after which the next word is a verb, not a noun: pronoun subjects, coordinators, auxiliaries, "to". */
const VERB_SLOT = new Set('he she they it we i you who which that and but or to is are was were be been has have had do does did will would could should can may might must also not never'.split(' '));
const OWNERLESS_BEFORE = new Set('the a an no any some much more little growing strong broad public widespread bipartisan full vocal open tacit explicit continued renewed new early repeated of for with amid despite about over from among in on'.split(' '));
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Where a noun-phrase content starting at `start` stops: before a finite-looking verb, a comma or a clause word. */
function phraseEnd(s: SentenceView, start: number): number {
  const toks = s.tokens;
  for (let k = start + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (s.quoteOf[k] !== -1) continue;
    if (/^[,;:—–()]$/.test(t.text) || /^(?:which|who|that|because|while|when|and|but)$/.test(t.lower)) return k;
    if (t.word && !t.cap && verbLike(t) && !/ing$/.test(t.lower)) return k;
  }
  return toks.length;
}

/** The noun-cue attribution whose noun is token `i`, or null. */
export function nounCueAt(s: SentenceView, i: number, free: (from: number, to: number) => boolean, ends: EndChooser): Found | null {
  const toks = s.tokens;
  const t = toks[i]!;
  const allowed = openers.get(t.lower);
  const next = toks[i + 1];
  if (!allowed || (t.cap && i > 0) || !next || !allowed.includes(next.lower)) return null;
  // Where a verb could stand the word is one ("…, warning that", "Trump calls for", "they support"): a noun
  // follows an article, a possessive, an adjective or a preposition, or opens the sentence.
  const prev = toks[i - 1];
  if (prev && (!prev.word || (prev.cap && !POSSESSIVES.has(prev.lower) && !OWNERLESS_BEFORE.has(prev.lower)) || VERB_SLOT.has(prev.lower))) {
    if (!/^['’]s$/.test(prev.text)) return null;
  }
  // Back over up to two modifiers ("his previous criticisms of", "strong support for") to a possessive.
  let from = i;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const u = toks[k]!;
    if (!u.word || u.cap || stopWords.has(u.lower)) break;
    from = k;
  }
  let source: Phrase | null = null;
  const before = toks[from - 1];
  if (before && POSSESSIVES.has(before.lower)) source = { from: from - 1, to: from - 1 };
  else if (before && /^['’]s$/.test(before.text)) {
    const owner = phraseEndingAt(toks, from - 2);
    if (owner) source = { from: owner.from, to: from - 1 };
  }
  if (!source && needsOwner.has(t.lower)) return null;
  // Without an owner, only after an article, a preposition or a stance adjective, or opening the sentence
  // ("support for the bill", "amid calls for", "strong support for"): after another verb ("discuss support for
  // a measure") the noun is a topic, not someone's stance.
  if (!source && before && !OWNERLESS_BEFORE.has(before.lower)) return null;
  const keepOpener = next.lower === 'that' || next.lower === 'to';
  const start = keepOpener ? i + 1 : i + 2;
  if (start >= toks.length || s.quoteOf.slice(from, start).some((q) => q !== -1)) return null;
  const cueTo = keepOpener ? i : i + 1;
  const cue: Cue = { from, to: cueTo, head: i, lemma: t.lower, strong: false, participle: false, according: false, objectFrom: null };
  // After a preposition the content is a noun phrase: it stops before the sentence's verb ("his attacks on Trump
  // intensified"). After "that" or "to" it is a clause, and the span ranker decides.
  const e = keepOpener ? ends(s, cue, start, contentEnd(toks, start, toks.length)) : contentEnd(toks, start, phraseEnd(s, start));
  if (e <= start || !free(source?.from ?? from, e)) return null;
  const mixed = s.quoteOf.slice(start, e).some((q) => q !== -1);
  return {
    kind: mixed ? 'mixed' : 'indirect',
    fragments: [{ start: toks[start]!.start, end: toks[e - 1]!.end }],
    cue: { start: toks[from]!.start, end: toks[cueTo]!.end },
    source: source ? { start: toks[source.from]!.start, end: toks[source.to]!.end } : null,
    sourceClass: source ? classify(toks, source) : null,
    sentence: s.index,
    basis: source ? 'possessive, noun cue, content (his criticism of …)' : 'noun cue, content, no source (support for …)',
    confidence: 0.5,
  };
}
