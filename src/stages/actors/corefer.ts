import type { Mention, Sentence } from '../../core/analysis.js';
import { lowerBound, spanOf } from '../../core/span.js';
import { anotherBearer } from './find-hits.js';

const DOCUMENT = /\b(?:the|a|an|its|his|her|their|this|that)\s+(?:(?:joint|official|written|brief|short|separate|new|later|earlier)\s+)?(statement|communiqu[eé]|tweet|post|declaration|press release|letter|message|readout)\b/gi;
const ISSUE_VERB = /\b(?:issued|released|published|posted|put out|made|sent|tweeted|shared|adopted|signed|read out)\b/i;
const GROUP = /\b(?:(?:both|the two|all|all the|the warring|the opposing|the conflicting)\s+(?:parties|sides|countries|nations|states|camps)|(?:parties|sides) (?:to|in|of) the (?:conflict|war|dispute|crisis|fighting)|each other)\b/gi;

/** Binary search: sentences are sorted and disjoint. */
function sentenceOf(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Later surname-only mentions of a person named in full earlier ("Balkhi" after "Abdul Qahar Balkhi"). */
export function surnames(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const claimed = new Uint8Array(text.length + 1);
  for (const m of mentions) claimed.fill(1, m.start, m.end);
  // Each surname with the full mentions that introduce it, in text order; one pass over the text for all of them.
  const bySurname = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.name || !m.actor) continue;
    const parts = m.name.split(/\s+/);
    const surname = parts[parts.length - 1]!;
    if (parts.length < 2 || surname.length < 3) continue;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), m]);
    // A family name written first ("Lou Jiwei", later "Mr. Lou") is known by the honorific the text gives it.
    const first = parts[0]!;
    if (parts.length === 2 && first.length >= 2 && afterHonorific(text, first)) {
      bySurname.set(first, [...(bySurname.get(first) ?? []), m]);
    }
  }
  if (bySurname.size === 0) return out;
  for (const r of wholeWords(text, [...bySurname.keys()].sort((a, b) => b.length - a.length))) {
    const start = r.index;
    const end = start + r[0].length;
    let free = true;
    for (let i = start; i < end && free; i++) if (claimed[i]) free = false;
    if (!free) continue;
    const intro = [...(bySurname.get(r[0]) ?? [])].reverse().find((m) => m.end <= start);
    if (!intro || anotherBearer(text, start, end, true)) continue;
    claimed.fill(1, start, end);
    out.push({ ...spanOf(text, start, end), kind: 'person', actor: intro.actor, basis: 'surname', name: intro.name!, ...(intro.role && { role: intro.role }), antecedent: spanOf(text, intro.start, intro.end) });
  }
  return out;
}

const LETTER = /^[\p{L}]/u;

const SPACE = /\s/;
const WORD_CHAR = /\w/;

/**
 * Whether `name` stands whole after an honorific: `/\b(?:Mr|Mrs|Ms|Dr)\.?\s+NAME(?![\p{L}])/u.test(text)`, found
 * with indexOf instead of an expression per name (each new name cost the worker a compilation, a \p{L} one ten
 * times more). A name holding a surrogate goes through the expression (indexOf could match half a pair).
 */
export function afterHonorific(text: string, name: string): boolean {
  if (/[\ud800-\udfff]/.test(name)) {
    return new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
  }
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (name.length === 0 || letterAt(text, at + name.length)) continue;
    // The white space before the name (at least one character), then an optional dot, then the honorific.
    let p = at;
    while (p > 0 && SPACE.test(text[p - 1]!)) p--;
    if (p === at) continue;
    const q = text[p - 1] === '.' ? p - 1 : p;
    const honorific = (h: string) => q >= h.length && text.startsWith(h, q - h.length) && (q === h.length || !WORD_CHAR.test(text[q - h.length - 1]!));
    if (honorific('Mr') || honorific('Mrs') || honorific('Ms') || honorific('Dr')) return true;
  }
  return false;
}

/** Whether the code point ending just before `i` is a letter. */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return LETTER.test(text.slice(pair ? i - 2 : i - 1, i));
}

/** Whether the code point starting at `i` is a letter. */
function letterAt(text: string, i: number): boolean {
  return i < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * The matches of `(?<![\p{L}])(?:w1|w2|…)(?![\p{L}])` (flags `gu`, words escaped) in text order, as matchAll
 * gives them: at each position the first word in `words`' order that stands there whole wins, and the next
 * search starts after it. Found with indexOf per word instead of trying every word at every position (a
 * regular expression with a Unicode look-behind first is slow to scan a whole article with, and compiling a new
 * one per document costs more). Words holding a surrogate go through the regular expression.
 */
export function wholeWords(text: string, words: readonly string[]): { index: number; 0: string }[] {
  if (words.some((w) => w.length === 0 || /[\ud800-\udfff]/.test(w))) {
    const alternation = words.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return [...text.matchAll(new RegExp(`(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, 'gu'))].map((m) => ({ index: m.index, 0: m[0] }));
  }
  const found: { at: number; k: number }[] = [];
  words.forEach((w, k) => {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (!letterBefore(text, at) && !letterAt(text, at + w.length)) found.push({ at, k });
    }
  });
  found.sort((a, b) => a.at - b.at || a.k - b.k);
  const out: { index: number; 0: string }[] = [];
  let from = 0;
  for (const { at, k } of found) {
    if (at < from) continue;
    out.push({ index: at, 0: words[k]! });
    from = at + words[k]!.length;
  }
  return out;
}

/** A definite body or title ("the ministry", "the spokesman") takes the actor of the last such mention with one. */
export function definites(mentions: readonly Mention[]): Mention[] {
  // The last mention with an actor for each role word seen so far ("spokesman", "foreign ministry").
  const lastByRole = new Map<string, Mention>();
  return mentions.map((m) => {
    const roles = m.role?.split(', ') ?? [];
    let out = m;
    if (!m.actor && roles.length > 0) {
      // The body a title belongs to identifies more than the title: "foreign ministry spokesperson X" is the
      // foreign ministry's, not the spokesperson of the army named just before. Roles list titles, then bodies.
      const prev = [...roles].reverse().map((r) => lastByRole.get(r)).find((p) => p !== undefined);
      if (prev) out = { ...m, actor: prev.actor, basis: `${m.basis}+coreference`, antecedent: { text: prev.text, start: prev.start, end: prev.end } };
    }
    // "the ministry" after "Russia's defence ministry": a role is also known by its head word.
    if (out.actor && out.role) for (const r of out.role.split(', ')) for (const key of [r, r.split(' ').pop()!]) lastByRole.set(key, out);
    return out;
  });
}

/**
 * Documents ("a statement", "the statement") with the actor that issued them: the subject of
 * "X issued a statement", or for "the statement" the last document mention that had one.
 */
export function documents(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const r of text.matchAll(DOCUMENT)) {
    const start = r.index;
    const end = start + r[0].length;
    const sentence = sentenceOf(sentences, start);
    const before = sentence ? text.slice(sentence.start, start) : '';
    let doc: Mention = { ...spanOf(text, start, end), kind: 'document', actor: null, basis: 'document' };
    if (sentence && ISSUE_VERB.test(before)) {
      let subject: Mention | undefined;
      for (let i = lowerBound(mentions, sentence.start); i < mentions.length && mentions[i]!.end <= start; i++) {
        const m = mentions[i]!;
        if (m.actor && m.kind !== 'document') {
          subject = m;
          break;
        }
      }
      if (subject) doc = { ...doc, actor: subject.actor, basis: 'document+issuer', antecedent: spanOf(text, subject.start, subject.end) };
    }
    if (!doc.actor && /^(?:the|this|that|its)\b/i.test(r[0])) {
      const prev = [...out].reverse().find((d) => d.actor);
      if (prev) doc = { ...doc, actor: prev.actor, basis: 'document+coreference', antecedent: spanOf(text, prev.start, prev.end) };
    }
    out.push(doc);
  }
  return out;
}

/** "both parties", "the two sides", "parties to the conflict": resolved to actors by the events stage. */
export function groups(text: string): Mention[] {
  return [...text.matchAll(GROUP)].map((r) => ({ ...spanOf(text, r.index, r.index + r[0].length), kind: 'group' as const, actor: null, basis: 'group:sides' }));
}
