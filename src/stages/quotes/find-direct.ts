/**
 * Direct quotes: a quoted span with a cue beside it — after it ("“…,” he said", "“…,” said X", split
 * "“…,” he said, “…”") or before it ("He said: “…”", "The statement read “…”", "X: ‘…’").
 */
import { cueAt, type Cue } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { cueAdverb, cueModifiers, documentNouns } from './lexicon.js';
import { isNonQuote } from './non-quotes.js';
import { classify, clauseSubject, phraseEndingAt, phraseStartingAt, subjectBefore, verbLike, type Phrase } from './noun-phrase.js';
import { sentenceAt } from './document.js';
import type { Quoted } from './quote-marks.js';
import type { Token } from './tokens.js';
import { unlistedVerbMatch } from './unlisted-verb.js';
import { looseAttributionAfter } from './quote-first.js';
import { mainSubject } from './main-subject.js';
import { continuation, ends, nextQuote } from './split-quotes.js';
import { letterRuns, startsLower } from './letter-case.js';

export interface DirectResult {
  readonly found: Found[];
  /** Indices of quoted spans used by a found attribution. */
  readonly claimed: Set<number>;
}

export function findDirect(doc: DocView): DirectResult {
  const found: Found[] = [];
  const claimed = new Set<number>();
  doc.quoted.forEach((q, qi) => {
    if (claimed.has(qi)) return;
    const last = sentenceAt(doc, q.end - 1);
    const first = sentenceAt(doc, q.start);
    if (!last || !first) return;
    const words = wordCount(doc.text, q);
    if (isNonQuote(doc, q) && words < 6) return;
    const inside = embedded(doc, first, q);
    const after = afterPattern(doc, last, q, qi) ?? unlistedVerbAfter(doc, last, q, qi) ?? attributionInNextSentence(doc, last, q, qi);
    const before = after ? null : beforePattern(doc, first, q, found);
    const hit = after ?? before ?? looseAfter(doc, last, q, qi);
    if (!hit) return;
    // "X said he'd sit the rival down and tell him “no more nonsense”": a quoted phrase starting in lower case is part
    // of the reported clause, and the outermost cue's content holds it (find-indirect); "tell him" does not claim it.
    if (before && hit === before && outerCue(doc, first, q, hit.cue.start)) return;
    const fragments = [...q.pieces];
    // The quote inside running words before its cue: the speaker's words are the whole clause (mixed speech).
    if (inside && after) fragments[0] = { start: first.tokens.find((t) => t.word)!.start, end: fragments[0]!.end };
    const used = [qi];
    if (hit.next !== null) {
      fragments.push(...doc.quoted[hit.next]!.pieces);
      used.push(hit.next);
    }
    // “…,” Barkley said. “This is …” “And this …”: quote sentences that follow without a cue of their own go on.
    for (const n of continuation(doc, hit.next ?? qi, claimed)) {
      fragments.push(...doc.quoted[n]!.pieces);
      used.push(n);
    }
    for (const u of used) claimed.add(u);
    const opening = doc.text.slice(q.start + 1, q.start + 5).replace(/^[\s.…'"]+/, '');
    const kind = startsLower(opening) || (inside && after) ? 'mixed' : 'direct';
    const f: Found = { kind, fragments, cue: hit.cue, source: hit.source, sourceClass: hit.sourceClass, sentence: hit.sentence, basis: hit.basis, confidence: hit.confidence };
    found.push(f);
  });
  return { found, claimed };
}

/** A quote opening in lower case, with a strong reporting cue earlier in its sentence than the cue before it. */
function outerCue(doc: DocView, s: SentenceView, q: Quoted, cueStart: number): boolean {
  const opening = doc.text.slice(q.start + 1, q.start + 5).replace(/^[\s.…'"]+/, '');
  if (!startsLower(opening)) return false;
  const toks = s.tokens;
  for (let k = 0; k < toks.length && toks[k]!.end <= cueStart; k++) {
    if (s.quoteOf[k] !== -1 || !toks[k]!.word) continue;
    const c = cueAt(toks, k);
    if (c && c.strong && !c.participle) return true;
  }
  return false;
}

interface Hit {
  cue: { start: number; end: number };
  source: { start: number; end: number } | null;
  sourceClass: ReturnType<typeof classify> | null;
  sentence: number;
  basis: string;
  confidence: number;
  /** A second quote of a split quotation. */
  next: number | null;
}

function span(s: SentenceView, p: Phrase): { start: number; end: number } {
  return { start: s.tokens[p.from]!.start, end: s.tokens[p.to]!.end };
}

/** Cue span including auxiliaries/adverbs between the subject and the verb ("has also said"). */
function cueSpan(s: SentenceView, c: Cue, subjectEnd: number | null): { start: number; end: number } {
  let from = c.from;
  if (subjectEnd !== null) while (from - 1 > subjectEnd && cueAdverb(s.tokens[from - 1]!.lower)) from--;
  return { start: s.tokens[from]!.start, end: s.tokens[c.to]!.end };
}

/** Verbs whose first object is the person told: "told reporters", "assured allies", "briefed lawmakers". */
const ADDRESSEE_FIRST = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'advise', 'email']);

/** “…,” he said / “…,” said the minister / “…,” the minister said, “…” */
function afterPattern(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
  const toks = s.tokens;
  let a = toks.findIndex((t) => t.start >= q.end);
  if (a < 0) return null;
  // "“…” ― Carla Sanchez.": a dash or bar then a name closing the sentence signs the quote.
  const dash = toks[a];
  if (dash && /^[―—–]$/.test(dash.text)) {
    const who = phraseStartingAt(toks, a + 1);
    const tail = who ? toks.slice(who.to + 1) : [];
    if (who && tail.every((t) => !t.word) && classify(toks, who) === 'name') {
      return { cue: { start: dash.start, end: dash.end }, source: span(s, who), sourceClass: 'name', sentence: s.index, basis: 'quote, dash, name ("…" ― X)', confidence: 0.8, next: null };
    }
  }
  while (a < toks.length && /^[,—–-]$/.test(toks[a]!.text)) a++;
  // "“…,” Ivo Brandt, a professor of law at a university in the north, told Radio Nord.": a name followed by a
  // comma opens an appositive, so the cue may sit further away than the usual nine tokens.
  const head = phraseStartingAt(toks, a);
  const appositive = head && toks[head.to + 1]?.text === ',' && classify(toks, head) === 'name';
  const reach = appositive ? 32 : 9;
  // "“…,” Ada Obi, who has proposed a repeal, said": a verb inside the appositive or relative clause is not the cue.
  const closes = appositive ? toks.findIndex((t, k) => k > head.to + 1 && t.text === ',') : -1;
  for (let i = a; i < Math.min(toks.length, a + reach); i++) {
    // "“…,” Bill Lind, wearing “Ana Obi” campaign pins, said": a title inside the appositive is part of it.
    if (s.quoteOf[i] !== -1 && i < closes && isNonQuote(doc, doc.quoted[s.quoteOf[i]!]!)) continue;
    if (s.quoteOf[i] !== -1 || ends(toks, i)) return null;
    const c = cueAt(toks, i);
    if (!c) continue;
    let source: Phrase | null;
    let basis: string;
    if (i === a) {
      // "“…,” told VOA": the noun phrase after a tell-verb is its addressee, never an inverted speaker.
      if (ADDRESSEE_FIRST.has(c.lemma)) return null;
      // "…,” saying the city …": a participle after the quote opens a clause of the writer's; it inverts no speaker.
      if (c.participle) return null;
      source = invertedSource(toks, c.to + 1);
      basis = 'quote, cue, source ("…," said X)';
    } else {
      source = subjectBefore(toks, c.from, a) ?? appositiveSubject(toks, c.from, a);
      if (source && source.from !== a) source = null;
      basis = 'quote, source, cue ("…," X said)';
    }
    if (!source && i < closes) continue;
    if (!source) return null;
    const cls = classify(toks, source);
    if (c.lemma === 'read' && cls !== 'document' && cls !== 'pronoun-it') return null;
    const next = nextQuote(doc, s, q, qi, Math.max(c.to, source.to) + 1);
    return {
      cue: cueSpan(s, c, i === a ? null : source.to),
      source: span(s, source),
      sourceClass: cls,
      sentence: s.index,
      basis: next !== null ? `${basis}, split quote` : basis,
      confidence: cls === 'name' ? 0.95 : 0.9,
      next,
    };
  }
  return null;
}

/** What may follow an attribution that makes a sentence of its own: its end, or its setting ("… said as she left"). */
const SETTING_AFTER = /^(?:[.,;!?]|as|of|in|on|at|during|after|before|while|when|to|with|from|via|about|last|this|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * “We won!” Senator Ada Obi said as she left. — the segmenter ends a sentence at a quote closed by "!" or "?",
 * so its attribution opens the next sentence of the paragraph. The same patterns apply there, provided the
 * attribution is all that sentence says (it ends, or its setting follows), so "“Why?” Obi said the plan failed."
 * stays an indirect attribution of its own.
 */
function attributionInNextSentence(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
  // A nested quote may close first ("… ‘What can we do to help?’” Obi told reporters").
  if (!/[?!]['’]?\s*["”’»]$/.test(doc.text.slice(q.start, q.end)) || s.tokens.some((t) => t.start >= q.end)) return null;
  const n = doc.sentences[s.index + 1];
  if (!n || n.paragraph !== s.paragraph || n.quoteOf[0] !== -1 || !/^[^\S\n]*$/.test(doc.text.slice(q.end, n.start))) return null;
  const hit = afterPattern(doc, n, q, qi) ?? unlistedVerbAfter(doc, n, q, qi);
  if (!hit) return null;
  const end = Math.max(hit.cue.end, hit.source?.end ?? 0);
  let k = n.tokens.findIndex((t) => t.start >= end);
  // "… Obi told reporters during the call": the person told comes before the setting.
  const told = k > 0 ? cueAt(n.tokens, k - 1) : null;
  if (told && ADDRESSEE_FIRST.has(told.lemma)) k = (phraseStartingAt(n.tokens, k)?.to ?? k - 1) + 1;
  const follow = k < 0 ? undefined : n.tokens[k];
  return !follow || SETTING_AFTER.test(follow.lower) ? hit : null;
}

/**
 * “…,” Ruiz shot back. / “…!” beamed Ana Ruiz. — see unlisted-verb.ts; here the match becomes a hit, with the
 * split-quote continuation the listed cues get.
 */
function unlistedVerbAfter(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
  // A quote inside running words ("The “reform,” passed easily") is a scare quote or part of mixed speech.
  const first = sentenceAt(doc, q.start);
  if (!first || embedded(doc, first, q)) return null;
  if (!/[,?!—–]\s*["”’»]$/.test(doc.text.slice(q.start, q.end))) return null;
  const m = unlistedVerbMatch(s.tokens, s.tokens.findIndex((t) => t.start >= q.end), (k) => s.quoteOf[k] !== -1, (k) => ends(s.tokens, k));
  if (!m) return null;
  const next = nextQuote(doc, s, q, qi, Math.max(m.cueTo, m.source.to) + 1);
  return { cue: { start: s.tokens[m.cueFrom]!.start, end: s.tokens[m.cueTo]!.end }, source: span(s, m.source), sourceClass: m.sourceClass, sentence: s.index, basis: m.basis, confidence: 0.75, next };
}

/** “…,” his wife, Ana Obi, wrote / “…?” a staffer in the room wondered — see quote-first.ts. */
function looseAfter(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
  const first = sentenceAt(doc, q.start);
  if (!first || embedded(doc, first, q)) return null;
  // The quote ends a clause of the speech (a closing nested quote may come between: ‘…,’ ").
  if (!/[,?!—–-]['’]?\s*["”’»]$/.test(doc.text.slice(q.start, q.end))) return null;
  const m = looseAttributionAfter(s, s.tokens.findIndex((t) => t.start >= q.end), (k) => ends(s.tokens, k));
  if (!m) return null;
  const next = nextQuote(doc, s, q, qi, Math.max(m.cue.to, m.source.to) + 1);
  const cue = m.source.from < m.cue.from ? cueSpan(s, m.cue, m.source.to) : { start: s.tokens[m.cue.from]!.start, end: s.tokens[m.cue.to]!.end };
  return { cue, source: span(s, m.source), sourceClass: m.sourceClass, sentence: s.index, basis: m.basis, confidence: 0.75, next };
}

/**
 * A quote inside running words ("The West must stop the “genocide,” Putin said"): the speaker's words are
 * the whole clause, which the indirect finder reports as mixed speech; the quote alone is not a direct quote.
 */
function embedded(doc: DocView, s: SentenceView, q: Quoted): boolean {
  const before = s.tokens.filter((t, k) => t.end <= q.start && s.quoteOf[k] === -1);
  const prev = before.at(-1);
  return prev !== undefined && before.some((t) => t.word) && !/^[:,;—–―(-]$/.test(prev.text);
}

/** He said: “…” / The statement read “…” / It continued, “…” / Mayor: ‘…’ */
function beforePattern(doc: DocView, s0: SentenceView, q: Quoted, found: readonly Found[]): Hit | null {
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
    const tight = shared ?? (coordinated ? coordinatedSubject(toks, skipModifiers(toks, c.from - 1)) : c.participle ? clauseSubject(toks, 0, c.from) : subjectBefore(toks, c.from) ?? appositiveSubject(toks, c.from, 0));
    // "She followed that by saying, “…”", "X, 70, said … but added, “…”": else the sentence's main subject speaks.
    const source = tight ?? mainSubject(toks, c.from);
    if (!source) return null;
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
  if (voice && voice.from === 0 && vb <= 7) {
    const colonTok = toks.findLast((t) => /^[:―—–]$/.test(t.text) && t.end <= q.start)!;
    return { cue: { start: colonTok.start, end: colonTok.end }, source: span(s, voice), sourceClass: classify(toks, voice), sentence: s.index, basis: 'colon cue (X: "…")', confidence: 0.75, next: null };
  }
  return null;
}

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

/** Index of the first token at or before `i` that is not a cue modifier ("also", "later", "then"). */
function skipModifiers(toks: readonly Token[], i: number): number {
  while (i >= 0 && toks[i]!.word && cueModifiers.has(toks[i]!.lower)) i--;
  return i;
}

/** The subject of the verb before "and"/"but" at `conj` ("X said … but added"), else the clause's subject. */
function coordinatedSubject(toks: readonly Token[], conj: number): Phrase | null {
  for (let j = conj - 1; j >= 0; j--) {
    const c = toks[j]!.word ? cueAt(toks, j) : null;
    if (c && !c.participle) return subjectBefore(toks, c.from) ?? appositiveSubject(toks, c.from, 0);
  }
  return clauseSubject(toks, 0, conj);
}

/**
 * "Fiorina, speaking to Iowans, said": a name, then a participle or relative clause between commas, then
 * the cue. The name alone is the source (the clause describes the moment, not the speaker).
 */
function appositiveSubject(toks: readonly Token[], cue: number, floor: number): Phrase | null {
  const close = skipModifiers(toks, cue - 1);
  if (close <= floor || toks[close]!.text !== ',') return null;
  let open = close - 1;
  while (open > floor && toks[open]!.text !== ',') open--;
  const lead = toks[open + 1];
  if (open <= floor || !lead || !(/(?:ing|ed)$/.test(lead.lower) || lead.lower === 'who') || lead.cap) return null;
  if (toks.slice(open + 1, close).some((t) => t.text === '“' || t.text === '"')) return null;
  // "Sen. Ada Obi (D-Ill.), noting …, said": the party and state in brackets stay with the name.
  let end = open - 1;
  if (toks[end]?.text === ')') {
    while (end > floor && toks[end]!.text !== '(') end--;
    end--;
  }
  const p = phraseEndingAt(toks, end, floor);
  // A relative clause ("an adviser, who spoke on condition of anonymity,") describes a person even unnamed.
  return p && (lead.lower === 'who' || toks.slice(p.from, p.to + 1).some((t) => t.cap && t.word)) ? { from: p.from, to: open - 1 } : null;
}

/**
 * The speaker after an inverted cue ("…," said X). A participle used as an adjective may open it
 * ("said retired neurosurgeon Ben Carson", "said acting director Jane Roe").
 */
export function invertedSource(toks: readonly Token[], at: number): Phrase | null {
  const p = phraseStartingAt(toks, at);
  if (p) return p;
  const lead = toks[at];
  // "said one of those advisers": a part of a group.
  if (lead && /^(?:one|some|many|several|two|three|each|none|most)$/.test(lead.lower) && toks[at + 1]?.lower === 'of') {
    const group = phraseStartingAt(toks, at + 2);
    if (group) return { from: at, to: group.to };
  }
  if (!lead || !/(?:ed|ing)$/.test(lead.lower)) return null;
  const rest = phraseStartingAt(toks, at + 1);
  return rest && toks.slice(rest.from, rest.to + 1).some((t) => t.cap) ? { from: at, to: rest.to } : null;
}

export function wordCount(text: string, q: { start: number; end: number }): number {
  return letterRuns(text.slice(q.start, q.end)).length;
}

/**
 * "…, Obi said, adding, “…”", "…, said Obi, adding: “…”": the speaker of the parenthetical attribution that
 * ends right before participle `at` (the finder of that attribution, find-indirect's trailing, runs later).
 */
export function parentheticalSpeaker(toks: readonly Token[], at: number): Phrase | null {
  const comma = at - 1;
  if (toks[comma]?.text !== ',') return null;
  for (let j = comma - 1; j >= Math.max(1, comma - 8); j--) {
    const g = cueAt(toks, j);
    if (!g || g.participle || g.according) continue;
    if (g.to === comma - 1) return toks[g.from - 1]?.text === ',' ? null : subjectBefore(toks, g.from);
    const inverted = toks[g.from - 1]?.text === ',' ? invertedSource(toks, g.to + 1) : null;
    return inverted && inverted.to === comma - 1 ? inverted : null;
  }
  return null;
}

function phraseAt(s: SentenceView, span: { start: number; end: number }): Phrase | null {
  const from = s.tokens.findIndex((t) => t.start === span.start);
  const to = s.tokens.findIndex((t) => t.end === span.end);
  return from >= 0 && to >= from ? { from, to } : null;
}
