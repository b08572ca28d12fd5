/**
 * Where the content after a reporting cue starts and ends when quote marks are involved: a title as the object
 * ("wrote the book “…”") or in the setting ("said on “Meet the Press” that …"), a characterisation "as “…”" after
 * the object's aside, and a quote that runs on past the sentence.
 */
import type { Cue } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { isNonQuote } from './non-quotes.js';

/** Verbs that give their object a name or label of the subject's ("called Rubio “Little Marco”", "labeled the plan “a scam”"). */
const NAMES_OBJECT = new Set(['call', 'dub', 'label', 'brand', 'term', 'nickname', 'describe', 'characterize', 'characterise', 'portray', 'deride', 'mock']);

/**
 * A title in quote marks within the first three tokens of an object ("the book “…”", "his film “…”"). Not after
 * a naming verb with its object before the quote ("he called Rubio “Little Marco”", "Gorab called the show “the
 * news show of record”"): there the quoted words are the subject's name for the object, and PolNeAR annotates
 * them as the subject's attribution (object and quote as content, the verb as cue) even when they look like a
 * title. A quote right after the verb ("called “Little Marco”") is still read as a title.
 */
export function namesWork(doc: DocView, s: SentenceView, start: number, c: Cue): boolean {
  for (let k = start; k < Math.min(s.tokens.length, start + 4); k++) {
    const q = s.quoteOf[k]!;
    if (q === -1) continue;
    if (NAMES_OBJECT.has(c.lemma) && k > start && s.tokens.slice(start, k).some((t) => t.word)) return false;
    return isNonQuote(doc, doc.quoted[q]!);
  }
  return false;
}

/** Verbs that characterise their object "as" something ("described the impact as …", "portraying X as …"). */
const AS_VERBS = /^(?:describ|portray|refer|characteri[sz]|depict|cast|paint|brand|label|dismiss|deride|denounc|hail|prais|tout|frame|view)/;

/**
 * "portraying Mexican immigrants, in particular, as “rapists”", "refers to the candidate, who is his friend, as
 * “Mr. Trump,”": the object's aside ends the content at its comma, but the characterisation after "as" is the
 * quoted part PolNeAR's content holds (object, aside and quote). When the content after such a verb holds no
 * quote and "as" with a quote right after it follows within the clause, the content runs on to that quote's end.
 */
export function asQuote(s: SentenceView, c: Cue, start: number, e: number): number {
  const toks = s.tokens;
  if (!AS_VERBS.test(toks[c.head]!.lower)) return e;
  for (let j = start; j < e; j++) if (s.quoteOf[j] !== -1) return e;
  for (let j = e; j < Math.min(toks.length - 1, e + 15); j++) {
    const t = toks[j]!;
    if (/^[.;:!?]$/.test(t.text) || s.quoteOf[j] !== -1) return e;
    if (t.lower !== 'as') continue;
    // "as “…”" or "as a “…”": the quote opens within two tokens.
    const q = [j + 1, j + 2].find((x) => s.quoteOf[x] !== undefined && s.quoteOf[x] !== -1 && s.quoteOf[x - 1] !== s.quoteOf[x]);
    if (q === undefined) return e;
    let end = q;
    while (end < toks.length && s.quoteOf[end] === s.quoteOf[q]) end++;
    return end;
  }
  return e;
}

/**
 * "said on NBC's “Meet the Press” that …", "told “Fox News Sunday,” that …": the content search after a cue's
 * setting stops at the first quote mark, but a title there belongs to the setting; when "that" follows the title
 * (a comma between), the content starts at "that". Only after a setting or as the addressee of "tell": a title right
 * after another verb is its object ("praised “Meet the Press” that day").
 */
export function pastTitle(doc: DocView, s: SentenceView, c: Cue, start: number | null): number | null {
  if (start === null || (start <= c.to + 1 && c.lemma !== 'tell')) return start;
  const q = s.quoteOf[start]!;
  if (q === -1 || s.quoteOf[start - 1] === q || !isNonQuote(doc, doc.quoted[q]!)) return start;
  let k = start;
  while (k < s.tokens.length && s.quoteOf[k] === q) k++;
  if (s.tokens[k]?.text === ',') k++;
  return s.tokens[k]?.lower === 'that' ? k : start;
}

/** When the content ends inside a quote that goes on past the sentence, the quote's end (multi-sentence quotes). */
export function quoteRunningOn(doc: DocView, s: SentenceView, e: number): number | null {
  const qi = s.quoteOf[e - 1] ?? -1;
  if (qi === -1) {
    const last = s.tokens.at(-1);
    const q = last ? s.quoteOf[s.tokens.length - 1] : -1;
    return q !== undefined && q !== -1 && doc.quoted[q]!.end > s.end ? doc.quoted[q]!.pieces[0]!.end : null;
  }
  const q = doc.quoted[qi]!;
  return q.end > s.end ? q.pieces[0]!.end : null;
}
