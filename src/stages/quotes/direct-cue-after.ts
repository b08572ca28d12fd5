/**
 * Direct quotes with the cue after the quote: "“…,” he said", "“…,” said the minister", "“…” ― Carla Sanchez.",
 * the attribution opening the next sentence after "?" or "!", unlisted verbs ("“…,” Ruiz shot back") and loose
 * attributions ("“…,” his wife, Ana Obi, wrote"); each may pick up the second quote of a split quotation.
 */
import { cueAt } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { sentenceAt } from './document.js';
import { isNonQuote } from './non-quotes.js';
import { classify, phraseStartingAt, subjectBefore, type Phrase } from './noun-phrase.js';
import type { Quoted } from './quote-marks.js';
import { unlistedVerbMatch } from './unlisted-verb.js';
import { looseAttributionAfter } from './quote-first.js';
import { ends, nextQuote } from './split-quotes.js';
import { cueSpan, embedded, span, type Hit } from './direct-hit.js';
import { appositiveSubject, invertedSource, skipModifiers } from './direct-speakers.js';

/** Verbs whose first object is the person told: "told reporters", "assured allies", "briefed lawmakers". */
const ADDRESSEE_FIRST = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'advise', 'email']);

/** “…,” he said / “…,” said the minister / “…,” the minister said, “…” */
export function afterPattern(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
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
  // "“…,” the senator’s chief of staff, Joe Kasper, told reporters": a role, then the name in apposition.
  let c1 = a;
  while (c1 < Math.min(toks.length, a + 10) && (toks[c1]!.word || /^(?:['’]s|\.)$/.test(toks[c1]!.text)) && s.quoteOf[c1] === -1) c1++;
  const named = head && !appositive && c1 > a && toks[c1]?.text === ',' ? phraseStartingAt(toks, c1 + 1) : null;
  const roleName = named && toks[named.to + 1]?.text === ',' && classify(toks, named) === 'name' ? named : null;
  const reach = appositive || roleName ? 32 : 9;
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
      if (!source && roleName && skipModifiers(toks, c.from - 1) === roleName.to + 1) source = { from: a, to: roleName.to };
      // "“…,” Nate Obi, the pollster who founded the site tweeted": a relative clause left open before the cue.
      if (!source && appositive && closes < 0 && toks.slice(head.to + 2, c.from).some((t) => t.lower === 'who')) source = head;
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
export function attributionInNextSentence(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
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
export function unlistedVerbAfter(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
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
export function looseAfter(doc: DocView, s: SentenceView, q: Quoted, qi: number): Hit | null {
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
