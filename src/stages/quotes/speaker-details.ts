/**
 * Name, role and affiliation inside a source phrase: "Afghanistan Ministry of Foreign Affairs spokesman
 * Abdul Qahar Balkhi" → name "Abdul Qahar Balkhi", role "spokesman, Ministry of Foreign Affairs",
 * affiliation "Afghanistan Ministry of Foreign Affairs"; "Mia Fenn, a spokeswoman for Northline Rail".
 */
import type { Span } from '../../core/analysis.js';
import type { TextSpan } from '../../core/types.js';
import { isCountryWord, honorifics, orgHeads, roleWords, stopWords, titles } from './lexicon.js';
import { isAgeWord, isTitleWord, nameStart, PARTICLES } from './name-tail.js';
import { tokenize, type Token } from './tokens.js';
import { REFLEXIVES } from './noun-phrase.js';
import { allCapitals } from './letter-case.js';

export interface SourceDetails {
  readonly name: string | null;
  readonly nameSpan: Span | null;
  readonly role: (TextSpan & { readonly value: string }) | null;
  readonly affiliation: Span | null;
}

const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const MULTI_TITLES = [...titles].filter((t) => t.includes(' ')).map((t) => t.split(' '));

/** A country's name or demonym at the start of an affiliation ("Afghanistan Ministry …", "French", "U.S."), so the role can leave it out. */
function countryPrefix(toks: readonly Token[]): number {
  for (let n = Math.min(3, toks.length); n >= 1; n--) {
    const name = toks.slice(0, n).map((t) => t.text).join(' ');
    if (toks.slice(0, n).every((t) => t.cap) && isCountryWord(name)) return n;
  }
  return 0;
}

function roleAt(toks: readonly Token[], i: number): number {
  for (const parts of MULTI_TITLES) if (parts.every((p, k) => toks[i + k]?.lower === p)) return parts.length;
  const t = toks[i]!;
  return roleWords.has(t.lower) || (titles.has(t.lower.replace(/\.$/, '')) && t.cap) ? 1 : 0;
}

function isNameWord(t: Token): boolean {
  return t.cap && !stopWords.has(t.lower) && !honorifics.has(t.lower.replace(/\.$/, '')) && !titles.has(t.lower) && !isAgeWord(t.text);
}

/** "United Nations", "the Foreign Ministry": capitalised words ending in an organisation's head word, which may precede a person's name. */
function orgPrefix(toks: readonly Token[]): boolean {
  const last = toks.at(-1);
  return last !== undefined && last.cap && orgHeads.has(last.lower);
}

/**
 * "Jeffrey Lewis of the James Martin Center", "Mr. Burman of the Tax Policy Center": a person's name (two
 * name words, or an honorific and one) opening the source, then of/at/from and a capitalised body. Null when
 * the words before the preposition are an office or a body ("Secretary of State …", "Bank of America …").
 */
function nameThenBody(text: string, all: readonly Token[]): SourceDetails | null {
  const p = all.findIndex((t) => /^(?:of|at|from)$/.test(t.lower));
  if (p < 1 || all.slice(0, p).some((t) => !t.word)) return null;
  const honorific = honorifics.has(all[0]!.lower.replace(/\.$/, ''));
  const nameToks = all.slice(honorific ? 1 : 0, p);
  if (nameToks.length === 0 || nameToks.length + (honorific ? 1 : 0) < 2 || nameToks.length > 4) return null;
  if (!nameToks.every((t) => isNameWord(t) && !orgHeads.has(t.lower) && !roleWords.has(t.lower)) || roleAt(all, 0) > 0) return null;
  const body = all.slice(p + 1).filter((t) => t.word && !DETS.has(t.lower));
  const end = body.findIndex((t) => !t.cap && !/^(?:of|for|and|on|in)$/.test(t.lower));
  const bodyToks = end >= 0 ? body.slice(0, end) : body;
  if (bodyToks.length === 0 || !bodyToks[0]!.cap) return null;
  const nameSpan = { start: nameToks[0]!.start, end: nameToks.at(-1)!.end };
  return { name: text.slice(nameSpan.start, nameSpan.end), nameSpan, role: null, affiliation: { start: bodyToks[0]!.start, end: bodyToks.at(-1)!.end } };
}

/** Details of the source phrase text[span]. */
export function sourceDetails(text: string, span: Span): SourceDetails {
  const all = tokenize(text, span.start, span.end).filter((t, i) => t.text !== '.' && !(i > 0 && REFLEXIVES.has(t.lower)));
  const early = all.findIndex((t) => t.text === ',' || t.text === '(');
  const split = nameThenBody(text, early >= 0 ? all.slice(0, early) : all);
  if (split) return split;
  const comma = all.findIndex((t) => t.text === ',' || t.text === '(');
  const main = comma >= 0 ? all.slice(0, comma) : all;
  const appositive = comma >= 0 ? all.slice(comma + 1).filter((t) => t.word) : [];
  const w = main.filter((t) => t.word && !DETS.has(t.lower));
  // The last role word, then the capitalised name after it.
  let r = -1;
  let rl = 0;
  for (let i = 0; i < w.length; i++) {
    const n = roleAt(w, i);
    if (n > 0) {
      r = i;
      rl = n;
      i += n - 1;
    }
  }
  // "UN Resident Coordinator …": capitalised words right before a capitalised title belong to the title, up
  // to a country, an acronym or an organisation, which are the affiliation.
  if (r > 0 && w[r]!.cap && !w.slice(0, r).some((t) => orgHeads.has(t.lower))) {
    while (r > 0 && w[r - 1]!.cap && !stopWords.has(w[r - 1]!.lower) && !isCountryWord(w[r - 1]!.text) && !(allCapitals(w[r - 1]!.text) || w[r - 1]!.text.includes('.'))) {
      r--;
      rl++;
    }
  }
  let nameFrom = w.length;
  while (nameFrom > 0 && isNameWord(w[nameFrom - 1]!) && nameFrom - 1 >= r + rl) nameFrom--;
  // An organisation ("The Taliban government in Afghanistan") is not a person's name: what comes before a
  // name is a role, a country, an acronym, an age or a lower-case description.
  // "Russian oil firm Lukoil": a name right after an organisation noun is the organisation's.
  const fits = (from: number) => from < w.length && !(from > 0 && !w[from - 1]!.cap && orgHeads.has(w[from - 1]!.lower)) && (r >= 0 || from === 0 || w.slice(0, from).every((t) => !t.word || !t.cap || isAgeWord(t.text) || isTitleWord(t.text) || titles.has(t.lower) || isCountryWord(t.text) || allCapitals(t.text)) || orgPrefix(w.slice(0, from)));
  // The name proper is the run of name words at the end ("… for Myanmar Andrew Kirkwood" → "Andrew Kirkwood").
  let cut = Math.max(r + rl, nameStart(w.map((t) => t.text)));
  while (cut < w.length && !isNameWord(w[cut]!)) cut++;
  if (cut > nameFrom && fits(cut)) nameFrom = cut;
  // "von der Leyen": particles opening the phrase belong to the surname.
  if (nameFrom > 0 && nameFrom < w.length && w.slice(0, nameFrom).every((t) => PARTICLES.has(t.lower))) nameFrom = 0;
  const nameToks = w.slice(nameFrom);
  const name = nameToks.length > 0 && fits(nameFrom) ? nameToks : [];
  const nameSpan = name.length > 0 ? { start: name[0]!.start, end: name.at(-1)!.end } : null;

  let role: SourceDetails['role'] = null;
  let affiliation: Span | null = null;
  if (r >= 0 && (name.length > 0 || r + rl === w.length)) {
    // "… Coordinator for Myanmar Andrew Kirkwood": the words between the title and the name complete the role.
    const roleToks = w.slice(r, name.length > 0 ? nameFrom : r + rl);
    // "the former Soviet leader": lower-case modifiers before the organisation or country qualify the role.
    let lead = 0;
    while (lead < r && !w[lead]!.cap) lead++;
    const modifiers = lead < r ? w.slice(0, lead).map((t) => t.lower) : [];
    const before = w.slice(modifiers.length, r);
    const orgToks = before.length > 0 && before.some((t) => t.cap) ? before : [];
    affiliation = orgToks.length > 0 ? { start: orgToks[0]!.start, end: orgToks.at(-1)!.end } : null;
    const cut = countryPrefix(orgToks);
    // "French president", "U.S. Secretary of State": the country is the affiliation, the role stays bare.
    const org = orgToks.length > cut ? text.slice(orgToks[cut]!.start, orgToks.at(-1)!.end) : '';
    // Title words in lower case; a place or body named inside the role keeps its capitals.
    const roleText = [...modifiers, ...roleToks.map((t) => (isTitleWord(t.text) || !t.cap || w.indexOf(t) < r + rl ? t.lower : t.text))].join(' ');
    role = { start: roleToks[0]!.start, end: roleToks.at(-1)!.end, text: text.slice(roleToks[0]!.start, roleToks.at(-1)!.end), value: org ? `${roleText}, ${org}` : roleText };
  }
  // "the 45-year-old farmer Kofi Mensah": a lower-case description before the name is the role; the age is not.
  if (!role && name.length > 0 && r < 0) {
    const desc = w.slice(0, nameFrom).filter((t) => !t.cap && !isAgeWord(t.text) && !stopWords.has(t.lower));
    if (desc.length > 0) role = { start: desc[0]!.start, end: desc.at(-1)!.end, text: text.slice(desc[0]!.start, desc.at(-1)!.end), value: desc.map((t) => t.lower).join(' ') };
  }
  // "Mia Fenn, a spokeswoman for Northline Rail,": the role and organisation follow the name.
  if (!role && name.length > 0 && appositive.length > 0) {
    const ar = appositive.findIndex((_, i) => roleAt(appositive, i) > 0);
    if (ar >= 0) {
      const rn = roleAt(appositive, ar);
      const roleToks = appositive.slice(ar, ar + rn);
      const prep = appositive.findIndex((t, i) => i >= ar + rn && /^(?:for|of|at|with)$/.test(t.lower));
      const orgToks = prep >= 0 ? appositive.slice(prep + 1).filter((t) => !DETS.has(t.lower)) : appositive.slice(0, ar).filter((t) => t.cap);
      affiliation = orgToks.length > 0 ? { start: orgToks[0]!.start, end: orgToks.at(-1)!.end } : null;
      const roleText = text.slice(roleToks[0]!.start, roleToks.at(-1)!.end).toLowerCase();
      const org = affiliation ? text.slice(affiliation.start, affiliation.end) : '';
      role = { start: roleToks[0]!.start, end: roleToks.at(-1)!.end, text: text.slice(roleToks[0]!.start, roleToks.at(-1)!.end), value: org ? `${roleText}, ${org}` : roleText };
    }
  }
  return {
    name: nameSpan ? text.slice(nameSpan.start, nameSpan.end) : null,
    nameSpan,
    role,
    affiliation,
  };
}
