/**
 * Dialogue-dash quotes: European and translated news marks direct speech with dashes, not quote marks.
 *   "- We will not give up - said Anna Kowal."      (cue then speaker)
 *   "– We will not give up, – the minister stressed." (speaker then cue)
 *   "- We will fight - said Kowal. - And we will win." (the speech goes on after the attribution)
 * A paragraph that OPENS with a dash, whose speech is closed by a second spaced dash followed at once by a
 * reporting cue and its speaker, is a direct quote of the words between the dashes. Bulleted lists ("- item"),
 * dashes mid-sentence, ranges ("1990-2000", unspaced) and dash lines without a cue after the second dash
 * stay out: each needs the opening dash, the spaced closing dash AND the cue with a speaker right after it.
 */
import { cueAt } from './cues.js';
import { sentenceAt, type DocView } from './document.js';
import { invertedSource } from './direct-speakers.js';
import type { Found } from './found.js';
import { cueModifiers } from './lexicon.js';
import { classify, phraseStartingAt, type Phrase } from './noun-phrase.js';
import type { Token } from './tokens.js';
import { allCapitals, letterRuns, startsUpper } from './letter-case.js';

const OPEN = /^[-–—][^\S\n]+(?=\S)/;
/** A closing dash: spaced on both sides (a hyphen inside a word or a range is never spaced). */
const CLOSE = /,?[^\S\n]+[-–—][^\S\n]+(?=\S)/g;

export function findDash(doc: DocView, claimed: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  for (const p of doc.segments.paragraphs) {
    const para = doc.text.slice(p.start, p.end);
    const open = OPEN.exec(para);
    if (!open) continue;
    const start = p.start + open[0].length;
    const s0 = sentenceAt(doc, start);
    // Speech already inside quote marks is find-direct's.
    if (!s0) continue;
    const k0 = s0.tokens.findIndex((t) => t.start >= start);
    if (k0 >= 0 && s0.quoteOf[k0] !== -1 && claimed.has(s0.quoteOf[k0]!)) continue;
    // "- said Dr. Kowal.": a dash line opening with its attribution ends speech quoted before it, it opens none.
    // (Only the cue-first form: "- We warn the West - said X" opens with a subject and a cue and is speech.)
    if (attributionAt(doc, start, true)) continue;
    CLOSE.lastIndex = open[0].length;
    for (let m = CLOSE.exec(para); m; m = CLOSE.exec(para)) {
      const end = trimEnd(doc.text, start, p.start + m.index);
      const after = p.start + m.index + m[0].length;
      const hit = attributionAt(doc, after);
      if (!hit) continue;
      const words = letterRuns(doc.text.slice(start, end));
      if (words.length < 3 || titleLike(words)) break;
      const fragments = [{ start, end }];
      // "- … - said X. - And we will win.": a dash after the attribution's sentence resumes the speech.
      const rest = resumed(doc, hit.end, p.end);
      if (rest) fragments.push(rest);
      out.push({ kind: 'direct', fragments, cue: hit.cue, source: hit.source, sourceClass: hit.sourceClass, sentence: hit.sentence, basis: hit.basis, confidence: 0.85 });
      break;
    }
  }
  return out;
}

interface DashHit {
  cue: { start: number; end: number };
  source: { start: number; end: number };
  sourceClass: ReturnType<typeof classify>;
  sentence: number;
  basis: string;
  /** End of the attribution (cue and speaker). */
  end: number;
}

/** The attribution opening at offset `at`: "said X" or "X said" (with adverbs: "the minister also stressed"). */
function attributionAt(doc: DocView, at: number, cueFirstOnly = false): DashHit | null {
  const s = sentenceAt(doc, at);
  if (!s) return null;
  const toks = s.tokens;
  const a = toks.findIndex((t) => t.start >= at);
  if (a < 0 || s.quoteOf[a] !== -1) return null;
  const span = (p: Phrase) => ({ start: toks[p.from]!.start, end: toks[p.to]!.end });
  // "- … - once again emphasized X": adverbs may come before an inverted cue.
  let b = a;
  while (b < toks.length - 1 && b - a < 3 && cueModifiers.has(toks[b]!.lower)) b++;
  const c = cueAt(toks, b);
  if (c) {
    const who = withoutSetting(toks, acronymLed(toks, c.to + 1) ?? invertedSource(toks, c.to + 1) ?? afterSetting(toks, c.to + 1));
    if (!who) return null;
    return { cue: { start: toks[a]!.start, end: toks[c.to]!.end }, source: span(who), sourceClass: classify(toks, who), sentence: s.index, basis: 'dash quote, cue, source (- … - said X)', end: Math.max(toks[c.to]!.end, toks[who.to]!.end) };
  }
  const who = cueFirstOnly ? null : phraseStartingAt(toks, a);
  if (!who) return null;
  let v = who.to + 1;
  while (v < toks.length && cueModifiers.has(toks[v]!.lower)) v++;
  const cue = v < toks.length ? cueAt(toks, v) : null;
  if (!cue) return null;
  return { cue: { start: toks[v]!.start, end: toks[cue.to]!.end }, source: span(who), sourceClass: classify(toks, who), sentence: s.index, basis: 'dash quote, source, cue (- … - X said)', end: toks[cue.to]!.end };
}

/** The setting after an inverted speaker is not part of the name: "said Lloyd Austin in Warsaw on Friday". */
const SETTING = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'quoted', 'according', 'yesterday', 'today']);

function withoutSetting(toks: readonly Token[], p: Phrase | null): Phrase | null {
  if (!p) return null;
  for (let k = p.from + 1; k <= p.to; k++) if (SETTING.has(toks[k]!.lower)) return { from: p.from, to: k - 1 };
  return p;
}

/** "said US Secretary of Defense Ada Obi": a capitalised acronym ("US" reads as the pronoun "us") leads the speaker. */
function acronymLed(toks: readonly Token[], at: number): Phrase | null {
  const t = toks[at];
  if (!t || !allCapitals(t.text)) return null;
  const rest = phraseStartingAt(toks, at + 1);
  return rest ? { from: at, to: rest.to } : null;
}

/**
 * "said in June the spokesman of the Kremlin X": translated news may put the setting between the cue and the
 * speaker. A preposition and one or two words, then a phrase opened by "the".
 */
function afterSetting(toks: readonly Token[], at: number): Phrase | null {
  if (!SETTING.has(toks[at]?.lower ?? '')) return null;
  for (let k = at + 2; k <= at + 3 && k < toks.length; k++) {
    if (!toks[k - 1]!.word) return null;
    if (toks[k]!.lower === 'the') return phraseStartingAt(toks, k);
  }
  return null;
}

/** Content end: before the closing dash, without trailing spaces or a comma. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end;
}

/** The speech resumed after the attribution's sentence by a dash, up to the paragraph's end. */
function resumed(doc: DocView, from: number, paraEnd: number): { start: number; end: number } | null {
  const tail = doc.text.slice(from, paraEnd);
  // The attribution's sentence ends (its setting may follow: "said X on Monday."), then a dash opens the speech again.
  const m = /^[^.!?\n]*[.!?][^\S\n]*[-–—][^\S\n]+(?=\S)/.exec(tail);
  if (!m) return null;
  const start = from + m[0].length;
  const end = trimEnd(doc.text, start, paraEnd);
  return end > start ? { start, end } : null;
}

/** Title case is a headline ("- Minister Warns Of Cuts - Says Report"), not speech. */
function titleLike(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.filter((w) => startsUpper(w)).length >= 0.6 * long.length;
}
