/**
 * A quote that a relative clause attributes: "in what Ada Obi called “hand-to-hand combat,”", "the marchers,
 * whom he described as “peaceful,”", "Bannon, who Beck on Wednesday called “a despicable man.”", "what had
 * been called the “Golden Week”". The naming verb makes the quote look like a scare quote (non-quotes.ts skips
 * spans after "called"), but the clause names who called it so: PolNeAR annotates an attribution whose content
 * is the relative pronoun and the words after the verb (two fragments), whose cue is the verb and whose source
 * is the clause's subject (none in the passive).
 */
import { cueAt } from './cues.js';
import { unclaimedQuotes, type DocView } from './document.js';
import type { Found } from './found.js';
import { cueModifiers } from './lexicon.js';
import { classify, phraseEndingAt, subjectBefore } from './noun-phrase.js';
import type { Token } from './tokens.js';

const RELATIVES = new Set(['what', 'who', 'whom', 'which']);
/** Verbs that name or characterise their object ("called X “…”", "described X as “…”"), beyond the cue lexicon. */
const NAMING = /^(?:call|calls|called|describe|describes|described|dub|dubs|dubbed|label|labels|labeled|labelled|term|terms|termed|brand|brands|branded|deem|deems|deemed|blast|blasts|blasted|deride|derides|derided|characterize|characterizes|characterized|characterise|characterises|characterised|declare|declares|declared|hail|hails|hailed|dismiss|dismisses|dismissed)$/;
const AUXILIARIES = /^(?:has|have|had|is|are|was|were|be|been|being|once|also|repeatedly|previously|later|often|then|famously|recently|reportedly|publicly|privately|on|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|yesterday|earlier)$/;

export function findRelative(doc: DocView, claimed: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  unclaimedQuotes(doc, claimed).forEach(({ q, s, qt }) => {
    const toks = s.tokens;
    if (qt < 2) return;
    // Between the verb and the quote: "as", or a determiner ("called a “fraudulent scheme”").
    let k = qt - 1;
    let gap = 0;
    while (k > 0 && gap < 2 && /^(?:as|a|an|the|its|his|her|their)$/.test(toks[k]!.lower)) {
      k--;
      gap++;
    }
    const verb = toks[k]!;
    if (!verb.word || verb.cap || !(NAMING.test(verb.lower) || (cueAt(toks, k) !== null && /(?:ed|said|says|calls|told|wrote)$/.test(verb.lower)))) return;
    let v = k;
    while (v > 0 && toks[v - 1]!.word && (AUXILIARIES.test(toks[v - 1]!.lower) || cueModifiers.has(toks[v - 1]!.lower))) v--;
    // "what had been called “…”": the passive names no one; the relative pronoun touches the auxiliaries.
    const passive = v < k && RELATIVES.has(toks[v - 1]?.lower ?? '') && /^(?:is|are|was|were|been|being)$/.test(toks[k - 1]!.lower);
    const subject = passive ? null : subjectBefore(toks, v) ?? phraseEndingAt(toks, v - 1) ?? besideAside(toks, v);
    const relAt = passive ? v - 1 : subject ? subject.from - 1 : -1;
    const rel = toks[relAt];
    if (!rel || !RELATIVES.has(rel.lower) || (subject && !subjectLike(toks, subject.from, subject.to))) return;
    const content = { start: toks[k + 1]!.start, end: q.end };
    out.push({
      kind: 'mixed',
      fragments: [{ start: rel.start, end: rel.end }, content],
      cue: { start: toks[passive ? v : Math.max(v, (subject?.to ?? v - 1) + 1)]!.start, end: verb.end },
      source: subject ? { start: toks[subject.from]!.start, end: toks[subject.to]!.end } : null,
      sourceClass: subject ? classify(toks, subject) : null,
      sentence: s.index,
      basis: passive ? 'relative pronoun, passive naming verb, quote (what had been called "…")' : 'relative pronoun, source, naming verb, quote (what X called "…")',
      confidence: 0.7,
    });
  });
  return out;
}

/** "what Ada Obi, a treasurer for the campaign, called": the name before an aside that ends at the verb. */
function besideAside(toks: readonly Token[], v: number): { from: number; to: number } | null {
  if (toks[v - 1]?.text !== ',') return null;
  let open = v - 2;
  while (open > 0 && toks[open]!.text !== ',' && v - open < 16) open--;
  if (open <= 0 || toks[open]!.text !== ',') return null;
  const p = phraseEndingAt(toks, open - 1);
  return p ? { from: p.from, to: v - 2 } : null;
}

/** A subject names someone: a pronoun or a phrase holding a noun, not a stretch of clause words. */
function subjectLike(toks: readonly Token[], from: number, to: number): boolean {
  return to - from < 12 && !toks.slice(from, to + 1).some((t) => /^["“”]$/.test(t.text));
}

/**
 * Adds the relative-clause attributions to the others, where no other attribution holds their words: PolNeAR
 * annotates "X said the marchers, whom he described as “peaceful,” …" as X's content alone more often than as
 * two attributions. Keeps document order.
 */
export function nestRelative(found: readonly Found[], relative: readonly Found[]): Found[] {
  const out = [...found];
  const hit = (a: { start: number; end: number }, b: { start: number; end: number } | null) => b !== null && a.start < b.end && b.start < a.end;
  for (const r of relative) {
    // The same verb read by another finder as an ordinary cue ("whom he described as “…,” for the route"): the relative reading is the fuller one.
    const same = out.findIndex((f) => f.kind !== 'direct' && hit(r.cue!, f.cue) && !f.fragments.some((x) => x.start < r.fragments[0]!.start && hit(x, r.fragments[0]!)));
    if (same >= 0) out.splice(same, 1);
    const clash = out.some((f) => hit(r.cue!, f.cue) || r.fragments.some((p) => hit(p, f.cue) || hit(p, f.source) || f.fragments.some((x) => hit(p, x))) || (r.cue !== null && f.fragments.some((x) => f.kind === 'direct' && hit(r.cue!, x))));
    if (!clash) out.push(r);
  }
  return out.sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
}
