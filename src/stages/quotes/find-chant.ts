/**
 * Chants and titles (see titled() below). Chants: "protesters gathered outside, chanting “Dump Trump.”", "Some in the crowd chanted “USA! USA!”", "their
 * chants of “Ted! Ted!”". A chant is short and often title-case, so non-quotes.ts reads it as a title and the
 * cue lexicon has no "chant"; but it is the crowd's words, and PolNeAR annotates it as a direct attribution
 * (cue the chant word, source the chanting subject or the owner of "chants of", content the quote). Only a chant
 * word right before the quote counts ("chanted “…”", "chanting: “…”", "chants of “…”"): a quote elsewhere in a
 * sentence that mentions chanting stays as the other finders read it.
 */
import { unclaimedQuotes, type DocView } from './document.js';
import type { Found } from './found.js';
import { mainSubject } from './main-subject.js';
import { classify, clauseSubject, subjectBefore, type Phrase } from './noun-phrase.js';
import type { Token } from './tokens.js';

const VERB = /^(?:chant|chants|chanted|chanting)$/;
const NOUN = /^(?:chant|chants|chorus|choruses|cries|cry|shouts|refrain)$/;
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our']);
const SIGN = /^(?:sign|signs|banner|banners|placard|placards|poster|posters|shirt|shirts|t-shirt|t-shirts|hat|hats|cap|caps|sticker|stickers|billboard|billboards)$/;
const SIGN_READS = /^(?:read|reads|reading|saying|says|said|declaring|proclaiming)$/;
const HOLDS = /^(?:held|holding|holds|hold|hoisted|hoisting|carried|carrying|carry|carries|wore|wearing|wear|wears|waved|waving|wave|waves|raised|raising|displayed|displaying|brandished|brandishing)$/;
const TITLED = /^(?:titled|entitled|headlined)$/;
/** Verbs that put out a piece of writing or an ad ("released a memo titled “…”", "published a column entitled “…”"). */
const ISSUED = /^(?:launched|released|published|wrote|penned|issued|posted|aired|ran|unveiled|sent|circulated|authored|launches|releases|publishes|writes|issues|posts|airs|runs|unveils|sends)$/;

export function findChants(doc: DocView, claimed: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  unclaimedQuotes(doc, claimed).forEach(({ q, s, qt }) => {
    const toks = s.tokens;
    if (qt < 1) return;
    let k = qt - 1;
    while (k > 0 && /^[,:]$/.test(toks[k]!.text)) k--;
    const content = { start: q.start, end: q.end };
    // "chants of “…”": the noun's owner, when a possessive, is the source ("their chants of").
    if (toks[k]!.lower === 'of' && k > 0 && NOUN.test(toks[k - 1]!.lower) && (toks[k - 1]!.lower !== 'chorus' || /^(?:chant|chanting|shouts|cries)$/.test(toks[k + 1]?.lower ?? ''))) {
      let from = k - 1;
      while (from > 0 && toks[from - 1]!.word && !OWNERS.has(toks[from - 1]!.lower) && /^(?:loud|thunderous|repeated|constant|near-constant|chanting|angry|rhythmic)$/.test(toks[from - 1]!.lower)) from--;
      const owner = from > 0 && OWNERS.has(toks[from - 1]!.lower) ? from - 1 : -1;
      const source = owner >= 0 ? { start: toks[owner]!.start, end: toks[owner]!.end } : null;
      out.push({ kind: 'direct', fragments: [content], cue: { start: toks[k - 1]!.start, end: toks[k]!.end }, source, sourceClass: owner >= 0 ? classify(toks, { from: owner, to: owner }) : null, sentence: s.index, basis: 'chant noun, of, quote (chants of "…")', confidence: 0.6 });
      return;
    }
    const verb = toks[k]!;
    const sign = verb.word && SIGN_READS.test(verb.lower) ? signed(toks, k, content, s.index) : null;
    if (sign) {
      out.push(sign);
      return;
    }
    if (verb.word && TITLED.test(verb.lower)) {
      out.push(titled(toks, k, content, s.index));
      return;
    }
    if (!verb.word || verb.cap || !VERB.test(verb.lower)) return;
    // "…, chanting “…”": the participle's subject is the clause's; "X chanted “…”": the subject before the verb.
    const subject: Phrase | null = verb.lower.endsWith('ing') ? (clauseSubject(toks, 0, k) ?? mainSubject(toks, k)) : (clauseSubject(toks, 0, k) ?? subjectBefore(toks, k));
    out.push({
      kind: 'direct',
      fragments: [content],
      cue: { start: verb.start, end: verb.end },
      source: subject ? { start: toks[subject.from]!.start, end: toks[subject.to]!.end } : null,
      sourceClass: subject ? classify(toks, subject) : null,
      sentence: s.index,
      basis: 'subject, chant verb, quote (X chanted "…")',
      confidence: 0.6,
    });
  });
  return out;
}

/**
 * "Mook released a memo titled “The Facts on Where the Race Stands.”", "The ad, entitled “Nuestra Historia,”
 * features …": the title of a memo, column or ad is its author's words, and PolNeAR annotates it as a direct
 * attribution (on train, 12 of 14 quotes after "titled"/"entitled"/"headlined"); non-quotes.ts reads it as a
 * title. The source is the subject of a verb that put the piece out ("released", "published"), else none.
 */
function titled(toks: readonly Token[], k: number, content: { start: number; end: number }, sentence: number): Found {
  let v = -1;
  for (let j = k - 1; j >= 0 && k - j <= 12; j--) {
    if (/^[.;:!?]$/.test(toks[j]!.text)) break;
    if (toks[j]!.word && !toks[j]!.cap && ISSUED.test(toks[j]!.lower)) {
      v = j;
      break;
    }
  }
  const subject = v > 0 ? subjectBefore(toks, v) ?? clauseSubject(toks, 0, v) : null;
  return {
    kind: 'direct',
    fragments: [content],
    cue: { start: toks[subject && v > 0 ? v : k]!.start, end: toks[k]!.end },
    source: subject ? { start: toks[subject.from]!.start, end: toks[subject.to]!.end } : null,
    sourceClass: subject ? classify(toks, subject) : null,
    sentence,
    basis: subject ? 'subject, verb putting out a piece, titled, quote (X released a memo titled "…")' : 'titled, quote (an ad titled "…")',
    confidence: 0.55,
  };
}

/**
 * "Obi hoisted a sign that read “15%!”", "a hat reading, “Make Mexico Great Again Also”": the words on a sign,
 * shirt or hat are those of whoever carries it, and PolNeAR annotates them (7 of 8 on train). The source is
 * the subject of the holding verb ("hoisted", "wearing") with the cue running from that verb to "read", else
 * the sign itself ("a sign saying").
 */
function signed(toks: readonly Token[], k: number, content: { start: number; end: number }, sentence: number): Found | null {
  let n = k - 1;
  if (/^(?:that|which)$/.test(toks[n]?.lower ?? '')) n--;
  if (n < 0 || !SIGN.test(toks[n]!.lower)) return null;
  // The sign's phrase: its determiner and modifiers ("a Donald Trump campaign hat").
  let from = n;
  while (from > 0 && from > n - 5 && toks[from - 1]!.word && !HOLDS.test(toks[from - 1]!.lower) && !/^(?:and|or|but|,)$/.test(toks[from - 1]!.lower)) from--;
  const hold = from > 0 && HOLDS.test(toks[from - 1]!.lower) ? from - 1 : -1;
  const holder = hold > 0 ? (hold > 0 && toks[hold]!.lower.endsWith('ing') ? clauseSubject(toks, 0, hold) : subjectBefore(toks, hold) ?? clauseSubject(toks, 0, hold)) : null;
  const source: Phrase = holder ?? { from, to: n };
  return {
    kind: 'direct',
    fragments: [content],
    cue: { start: toks[holder ? hold : k]!.start, end: toks[k]!.end },
    source: { start: toks[source.from]!.start, end: toks[source.to]!.end },
    sourceClass: classify(toks, source),
    sentence,
    basis: holder ? 'subject, holding verb, sign, read, quote (X held a sign that read "…")' : 'sign, read, quote (a sign saying "…")',
    confidence: 0.55,
  };
}
