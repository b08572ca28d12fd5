/**
 * Rules for where a reported clause stops before the sentence does (find-indirect proposes these ends;
 * the span ranker of span-model.ts then weighs them against the other boundaries).
 */
import { contentStartAfter, cueAt } from './cues.js';
import type { SentenceView } from './document.js';
import { cueModifiers } from './lexicon.js';
import { subjectBefore, verbLike } from './noun-phrase.js';

export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'then']);

/**
 * Where a reported clause stops before the sentence does: a coordinated verb of the same subject
 * ("… and said it was …", "… but did not …") or a cue after a comma ("…, claiming that …", "…, said one voter").
 * Those start attributions of their own, as PolNeAR annotates them.
 */
export function clauseStop(s: SentenceView, from: number, end: number): number {
  const toks = s.tokens;
  for (let k = from + 2; k < end - 1; k++) {
    // “…,” noting that …: a quote closing on its own comma (American style) ends the clause as a comma outside would.
    if (s.quoteOf[k] !== -1 && s.quoteOf[k + 1] === -1 && toks[k - 1]?.text === ',' && /^["”’]$/.test(toks[k]!.text)) {
      const next = toks[k + 1]!;
      if (next.word && !next.cap && /[a-z]{3}ing$/.test(next.lower) && !/^(?:including|according)$/.test(next.lower)) return k + 1;
      continue;
    }
    if (s.quoteOf[k] !== -1) continue;
    const t = toks[k]!;
    let v = k + 1;
    while (v < end && cueModifiers.has(toks[v]!.lower) && !/^(?:is|are|was|were|be)$/.test(toks[v]!.lower)) v++;
    const next = toks[v];
    if (!next || s.quoteOf[v] !== -1) continue;
    if (COORDINATORS.has(t.lower) && (cueAt(toks, v) !== null || (verbLike(next) && /ed$/.test(next.lower)) || v > k + 1)) return k;
    if (t.text === ',' && cueAt(toks, k + 1) !== null) return k;
    if ((t.text === ',' || CLAUSE_JOINERS.has(t.lower)) && newSpeakerClause(s, k + 1, end)) return k;
    // A semicolon ends the reported clause; so does a participle clause after a comma ("…, sparking a firestorm").
    if (t.text === ';') return k;
    if (t.text === ',' && next.word && !next.cap && /[a-z]{3}ing$/.test(next.lower) && v === k + 1 && !/^(?:including|according)$/.test(next.lower)) return k;
  }
  return end;
}

export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['to', 'if', 'whether', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);
const SETTING = new Set('because when while whereas after before during since yesterday today tonight recently later earlier monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/**
 * Where a noun-phrase object ("explained his reasoning", "talked politics") stops: before a time or
 * setting adverbial ("… Monday on Fox", "… during a rally", "… because …", "…, as …"), as long as no
 * verb has come (a verb means a clause complement, "shows Cruz has fallen …", which runs on).
 */
export function objectStop(s: SentenceView, from: number, end: number): number {
  const toks = s.tokens;
  for (let k = from + 1; k < end; k++) {
    const t = toks[k]!;
    if (s.quoteOf[k] !== -1) continue;
    if (t.word && !t.cap && verbLike(t)) return end;
    if (SETTING.has(t.lower)) {
      // "accused Washington on Tuesday of drawing out …": the complement goes on after the time adverbial.
      if (toks.slice(k + 1, k + 3).some((u) => /^(?:of|that|to|for)$/.test(u.lower))) continue;
      let stop = k;
      while (stop > from + 1 && /^(?:on|in|at|last|this|early|late|on)$/.test(toks[stop - 1]!.lower)) stop--;
      return stop;
    }
    if (t.text === ',' && /^(?:as|so)$/.test(toks[k + 1]?.lower ?? '')) return k;
  }
  return end;
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'though', 'although', 'while', 'whereas']);

/**
 * Whether a new clause with its own speaker starts at token `at` ("…, and many watchers are wondering if …",
 * "…, but the senator insisted …", "… and Trump says …"): an optional joiner, a short subject, then a
 * speech verb. PolNeAR gives that clause an attribution of its own, so the earlier content stops before it.
 */
function newSpeakerClause(s: SentenceView, at: number, end: number): boolean {
  const toks = s.tokens;
  let i = at;
  if (CLAUSE_JOINERS.has(toks[i]?.lower ?? '')) i++;
  for (let v = i + 1; v < Math.min(end, i + 7); v++) {
    if (s.quoteOf[v] !== -1 || !toks[v]!.word) return false;
    const c = cueAt(toks, v);
    if (!c || !c.strong || c.participle) continue;
    const subject = subjectBefore(toks, c.from, i);
    return subject !== null && subject.from === i && contentStartAfter(toks, c, end) !== null;
  }
  return false;
}
