import { fold, NeedleIndex } from '../../core/needle.js';
import { wordScript, WordRegExp } from '../../core/word-regexp.js';
import { ACTS, QUESTION, THEMES, type Act } from './lexicon.js';

export interface Classification {
  readonly act: string;
  /** CAMEO code, to the deepest level the words support. */
  readonly cameo: string;
  readonly theme: string | null;
  /** Where in `cue + content` the act was read, relative to the content start (negative: in the cue). */
  readonly trigger: { readonly where: 'cue' | 'content'; readonly index: number; readonly text: string } | null;
  /** The act holds only against an actor the statement names (acts.json `againstSomeone`): see `classify`'s `alone`. */
  readonly againstSomeone?: boolean;
}

interface Found {
  act: Act;
  /** The act's rank, raised a little for a several-word cue phrase, more specific than one verb. */
  rank: number;
  where: 'cue' | 'content';
  index: number;
  text: string;
}

// A negation just before a content trigger flips nothing reliably; such triggers are dropped instead.
const NEGATED = /(?:\b(?:not|never|no|nor|without|nothing)|n['’]t)\s+(?:\w+\s+)?$/i;
// Denials and rejections carry their own negation ("will never accept"), but one right before them undoes
// the act: "I do not rule out", "did not deny".
const NEGATED_NEXT = /(?:\b(?:not|never)|n['’]t)\s+$/i;

// The needles of every pattern, each index looked for in one pass over a text (core/needle.ts). A content pattern
// has several lists (its anyOf needles and each of its allOf sets): it runs only where every one is present.
const CONTENT_LISTS = ACTS.flatMap((a) => a.content.map((_, k) => [a.contentNeedles[k] ?? null, ...a.contentNeedleSets[k]!]));
const CONTENT_INDEX = new NeedleIndex(CONTENT_LISTS.flat());
/** Every content pattern, acts in order, then their patterns: the order their acts are reported in. */
const CONTENT = ACTS.flatMap((act) => act.content.map((pattern) => ({ act, pattern })));
/** For each list of CONTENT_INDEX, the content pattern it is a list of. */
const PATTERN_OF_LIST = CONTENT_LISTS.flatMap((l, j) => l.map(() => j));
/** For each content pattern, how many of its lists must be found (a null list needs nothing found). */
const NEEDED = CONTENT_LISTS.map((l) => l.filter((n) => n !== null).length);
const ALWAYS = NEEDED.flatMap((n, j) => (n === 0 ? [j] : []));
/** Lists found so far for each content pattern, during one contentNeedles call (zero between calls). */
const listsFound = new Int32Array(CONTENT.length);
const CUE_INDEX = new NeedleIndex(ACTS.map((a) => a.cueNeedles));
const PHRASE_INDEX = new NeedleIndex(ACTS.map((a) => a.phraseNeedles));
const THEME_INDEX = new NeedleIndex(THEMES.map((t) => t.needles));

// classify and disapproval read the same content one after the other: its needles are found once.
let lastContent: string | null = null;
let lastPresent: (typeof CONTENT)[number][] = [];
/**
 * The content patterns all of whose needle lists are present in `content`, in CONTENT's order. Counted from the
 * lists found: a content holds needles of a few dozen of the ~300 patterns, and only those are looked at.
 */
function contentNeedles(content: string): (typeof CONTENT)[number][] {
  if (content !== lastContent) {
    const touched: number[] = [];
    for (const list of CONTENT_INDEX.presentLists(fold(content))) {
      const j = PATTERN_OF_LIST[list]!;
      if (listsFound[j] === 0) touched.push(j);
      listsFound[j]! += 1;
    }
    const present = [...ALWAYS];
    for (const j of touched) {
      if (listsFound[j] === NEEDED[j]) present.push(j);
      listsFound[j] = 0;
    }
    lastPresent = present.sort((x, y) => x - y).map((j) => CONTENT[j]!);
    lastContent = content;
  }
  return lastPresent;
}

function contentActs(content: string): Found[] {
  const out: Found[] = [];
  const script = wordScript(content);
  for (const { act, pattern } of contentNeedles(content)) {
    const re = pattern.pick(script);
    re.lastIndex = 0;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      const before = content.slice(Math.max(0, m.index - 20), m.index);
      if (!NEGATED.test(before) || ((act.act === 'deny' || act.act === 'reject') && !NEGATED_NEXT.test(before))) {
        out.push({ act, rank: act.rank, where: 'content', index: m.index, text: m[0] });
        break;
      }
    }
  }
  return out;
}

/** The prefix a theme code must share with the act's code: "020" → "02", "112" → "112". */
function family(code: string): string {
  return code.endsWith('0') ? code.slice(0, -1) : code;
}

/** For each act, the themes (in THEMES' order) with a code of their own under it, in its family: those that can refine it. */
const REFINING = new Map(
  ACTS.map((act) => {
    const themes = THEMES.flatMap((t, i) => {
      const code = t.codes[act.root];
      return code && code.startsWith(family(act.code)) && code !== act.code ? [{ i, t, code }] : [];
    });
    return [act, themes] as const;
  }),
);

function refine(act: Act, cue: string, content: string, from: number): { cameo: string; theme: string | null } {
  const themes = REFINING.get(act) ?? [];
  // Most acts (criticism, praise, concern …) have no theme codes: no need to read the words for one.
  if (themes.length === 0) return { cameo: act.code, theme: null };
  let best: { code: string; theme: string; at: number } | null = null;
  const text = `${cue} ${content}`;
  const present = THEME_INDEX.present(fold(text));
  const offset = cue.length + 1;
  const script = wordScript(text);
  for (const { i, t, code } of themes) {
    if (!present[i]) continue;
    const terms = t.terms.pick(script);
    terms.lastIndex = 0;
    const m = terms.exec(text);
    if (!m) continue;
    // Distance from the act's trigger: the theme nearest after it is what the act is about.
    const at = m.index - offset;
    const distance = at >= from ? at - from : 10_000 + (from - at);
    if (!best || distance < best.at) best = { code, theme: t.theme, at: distance };
  }
  return best ? { cameo: best.code, theme: best.theme } : { cameo: act.code, theme: null };
}

// Quotation marks inside a mixed quotation ("would pay a “severe price”") split the lexicon's phrases; they are
// read without them. An apostrophe between letters ("Russia’s", "don't") is a letter of the word and stays.
const QUOTE_MARK = new WordRegExp(String.raw`["“”«»„‟]|(?<!\p{L})['‘’]|['‘’](?!\p{L})`, 'gu');

interface Unquoted {
  readonly text: string;
  /** For each character of `text`, its index in the original string (one more entry: the original length). */
  readonly at: readonly number[];
}

/** The content without quotation marks, with the way back to the original offsets; null when it has none. */
export function unquote(s: string): Unquoted | null {
  const mark = QUOTE_MARK.for(s);
  mark.lastIndex = 0;
  if (!mark.test(s)) return null;
  mark.lastIndex = 0;
  let text = '';
  const at: number[] = [];
  let last = 0;
  for (let m = mark.exec(s); m; m = mark.exec(s)) {
    for (let i = last; i < m.index; i++) at.push(i);
    text += s.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < s.length; i++) at.push(i);
  text += s.slice(last);
  at.push(s.length);
  return { text, at };
}

/**
 * The speech act of a statement from its cue and content: the cue's act when it names one ("urged",
 * "condemned"), else the strongest act found in the content; then the theme nearest the act refines the
 * code (an appeal about restraint is 0256). 010 when nothing more than a statement is shown. `alone`: the
 * statement names no actor it is about, so acts that hold only against someone (`againstSomeone`) are not read.
 */
export function classify(cue: string, original: string, alone = false): Classification {
  const u = unquote(original);
  if (!u) return classifyPlain(cue, original, alone);
  const c = classifyPlain(cue, u.text, alone);
  if (!c.trigger || c.trigger.where === 'cue' || c.trigger.index < 0) return c;
  // Offsets back into the content as written.
  const start = u.at[c.trigger.index]!;
  const end = u.at[c.trigger.index + c.trigger.text.length - 1]! + 1;
  return { ...c, trigger: { where: 'content', index: start, text: original.slice(start, end) } };
}

function classifyPlain(cue: string, content: string, alone: boolean): Classification {
  const fromCue: Found[] = [];
  const joined = `${cue} ${content.slice(0, 120)}`;
  const inCue = CUE_INDEX.present(fold(cue));
  const inJoined = PHRASE_INDEX.present(fold(joined));
  const cueScript = wordScript(cue);
  const joinedScript = wordScript(joined);
  const cueNamesAct = ACTS.some((act, i) => inCue[i] && act.rank > 2 && act.cue?.pick(cueScript).test(cue));
  const inContentPhrases: Found[] = [];
  for (const [i, act] of ACTS.entries()) {
    if (alone && act.againstSomeone) continue;
    const m = inCue[i] ? act.cue?.pick(cueScript).exec(cue) : null;
    // "asked why they failed to …" reports a question: no appeal from the cue (acts.json → question). So does an
    // asking cue before a content holding a direct question ("asked: … What could you possibly be hiding?").
    if (m && !(act.act === 'appeal' && (QUESTION.test(content) || (/^ask/i.test(m[0]) && content.includes('?'))))) fromCue.push({ act, rank: act.rank, where: 'cue', index: m.index - cue.length - 1, text: m[0] });
    // A cue phrase spread over the cue and the start of the content ("have rejected | the neighbour's allegation",
    // "she also warned the junta against …" inside an indirect content) names the act more precisely than its verb.
    const p = inJoined[i] ? act.phrase?.pick(joinedScript).exec(joined) : null;
    if (p && !NEGATED_NEXT.test(joined.slice(Math.max(0, p.index - 12), p.index))) {
      const index = p.index - cue.length - 1;
      // A phrase that starts inside the content ("has blasted | Russia's war, calling on the West to …") is a
      // second act of the content's; it does not outrank a cue that names its own act.
      if (index < 0 || !cueNamesAct) fromCue.push({ act, rank: act.rank + 0.5, where: index < 0 ? 'cue' : 'content', index, text: p[0] });
      else inContentPhrases.push({ act, rank: act.rank, where: 'content', index, text: p[0] });
    }
  }
  const inContent = [...contentActs(content).filter((f) => !(alone && f.act.againstSomeone)), ...inContentPhrases];
  const byRank = (a: Found, b: Found) => b.rank - a.rank || a.index - b.index;
  const cueAct = fromCue.sort(byRank)[0];
  let contentAct = inContent.sort(byRank)[0];
  // Praise and criticism are both evaluations: the one said first is the statement's main clause ("we stand
  // with Ukraine as it faces Russia's aggression" sides with Ukraine; the aggression is why).
  const praiseFirst = inContent.find((f) => f.act.act === 'praise');
  if (contentAct?.act.act === 'criticize' && praiseFirst && praiseFirst.index < contentAct.index) contentAct = praiseFirst;
  // A weak cue ("warned", "assured") gives way to a stronger act in the words themselves; any cue gives way
  // to a threat in them ("urged Russia to accept the ceasefire or face sanctions" threatens).
  const chosen = cueAct && (!contentAct || contentAct.rank <= cueAct.rank || (cueAct.rank > 2 && contentAct.act.act !== 'threaten')) ? cueAct : contentAct;
  if (!chosen) return { act: 'statement', cameo: '010', theme: null, trigger: null };
  const { cameo, theme } = refine(chosen.act, cue, content, Math.max(0, chosen.index));
  return { act: chosen.act.act, cameo, theme, trigger: { where: chosen.where, index: chosen.index, text: chosen.text }, ...(chosen.act.againstSomeone && { againstSomeone: true }) };
}

/** Where the words first carry the codebook's language of disapproval (the criticism act's content patterns), or -1. */
export function disapproval(original: string): number {
  const u = unquote(original);
  if (!u) return disapprovalPlain(original);
  const at = disapprovalPlain(u.text);
  return at < 0 ? at : u.at[at]!;
}

// Every criticism entry of acts.json (the condemnation lexicon, rhetorical reproach, general words of judgment).
const CRITICIZE = new Set(ACTS.filter((a) => a.act === 'criticize'));

function disapprovalPlain(content: string): number {
  const script = wordScript(content);
  let first = -1;
  for (const { act, pattern } of contentNeedles(content)) {
    if (!CRITICIZE.has(act)) continue;
    const re = pattern.pick(script);
    re.lastIndex = 0;
    const m = re.exec(content);
    if (m !== null && !NEGATED.test(content.slice(Math.max(0, m.index - 20), m.index)) && (first < 0 || m.index < first)) first = m.index;
  }
  return first;
}
