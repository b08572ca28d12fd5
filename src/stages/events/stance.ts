import type { Stance } from '../../core/types.js';
import { wordScript, WordRegExp } from '../../core/word-regexp.js';
import { STANCE } from './lexicon.js';
import type { FoundTarget } from './targets.js';

// Acts whose object the speaker opposes: the first actor named in them is the one opposed.
const CONFLICT_ACTS = new Set(['threaten', 'demand', 'reject', 'accuse', 'criticize']);
const PERFORMATIVE = /^(?:\w+ly\s+)?(?:condemns|denounces|deplores)\b/i;
// Acts that side with their object.
const SUPPORT_ACTS = new Set(['praise', 'defend', 'aid']);

export interface TargetStance {
  readonly stance: Stance;
  readonly basis: 'words' | 'act' | 'none';
}

/** The clause around a mention: from the last punctuation before it to the next after it. */
// Six words before and eight after: "provide training and maintenance to the Ukrainian military" keeps its verb.
function clause(text: string, start: number, end: number, from = 0, to = Infinity): { before: string; after: string } {
  const left = text.slice(Math.max(0, from, start - 60), start);
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf('.'), left.lastIndexOf('“'), left.lastIndexOf('"'));
  const right = text.slice(end, Math.min(end + 60, to));
  const stop = right.search(/[,;.”"]/);
  const beforeWords = left.slice(cut + 1).split(/\s+/).filter(Boolean).slice(-6).join(' ');
  const afterWords = (stop >= 0 ? right.slice(0, stop) : right).split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  return { before: beforeWords, after: afterWords };
}

// (A pronoun subject, "it had sent to Ukraine", is left alone: it is often the speaker's own state.)
const REPORTED_SUPPORT = /(?:['’]s|\b(?:western|foreign|allied|american|european))\s+(?:[\w-]+\s+){0,2}$/i;

const PASSIVE = /^(?:(?:will|would|could|may|might|must|can|should)\s+)?(?:(?:has|have|had)\s+been|be|is|are|was|were|been|being|get|gets|got)\s+(?:\w+ly\s+)?(?:being\s+)?\w+(?:ed|en)\b/i;

const OUR = /\b(?:our|my)\s+$/i;
const ALLY_AFTER = /^\s+(?:partners?|allies|friends|brothers)\b/i;

// Global copies of the before-lists, made once: every match in the clause is read, the last one counts.
const BEFORE_CRITICAL = new WordRegExp(STANCE.before.critical.source, 'giu');
const BEFORE_SUPPORTIVE = new WordRegExp(STANCE.before.supportive.source, 'giu');

/** The last match of a global expression, as `[...s.matchAll(re)].pop()` without a copy of the expression and every match. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m;
    // An empty match moves on by one character (a whole surrogate pair under the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return last;
}

// Negators that reach a stance word up to three words on (four words read, not across "and"/"but"/"or").
const NEGATOR = /\b(?:not|never|no\s+longer|cannot|can['’]t|won['’]t|wouldn['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t)\b/giu;
// Verbs that negate only the gerund or infinitive they govern, right before the stance word ("stop supporting").
const NEGATING_VERB = /\b(?:stop(?:s|ped)?|refuse[sd]?\s+to|cease[sd]?\s+to)\s*$/iu;

/** Whether the words before a stance word negate it an odd number of times, within three words of it. */
function negated(before: string): boolean {
  // "not only increasing tensions but isolating China" adds; "must be stopped and pledged support" starts anew.
  const words = before.trim().split(/\s+/).slice(-4).join(' ').replace(/\bnot\s+only\b/gi, '');
  const clause = words.split(/\b(?:and|but|or|while)\b/i).pop()!;
  const count = [...clause.matchAll(NEGATOR)].length + (NEGATING_VERB.test(clause) ? 1 : 0);
  return (count & 1) === 1;
}

/**
 * Stance toward one named target from the words around it: "Moscow's aggression", "support for Ukraine".
 * The words before it are read from `from` on: after the previous target ("condemned Russia's invasion of
 * Ukraine" condemns Russia, not Ukraine) and inside the target's own region (a cue "is warning" before the
 * content is the speaker's act, not a word about an actor inside what was said).
 */
export function stanceFromWords(text: string, t: FoundTarget, from = 0, to = Infinity): Stance | null {
  if (!t.mention) return null;
  const rest = text.slice(t.mention.end, t.mention.end + 60);
  if (STANCE.possessive.critical.test(rest)) return 'critical';
  if (STANCE.possessive.supportive.test(rest)) return 'supportive';
  if (/^['’]s\b/.test(rest) && STANCE.concern.test(text.slice(Math.max(0, from, t.regionStart, t.mention.start - 40), t.mention.start))) return 'critical';
  // "our Ukrainian partners": the speaker's own allies named by their demonym.
  if (OUR.test(text.slice(Math.max(0, from, t.regionStart, t.mention.start - 12), t.mention.start)) && ALLY_AFTER.test(rest)) return 'supportive';
  // Around a place ("sending troops to fight in Ukraine", "the war in Ukraine would pose a threat") the words
  // are said of what happens there, not of the country.
  if (t.locative) return null;
  const { before, after } = clause(text, t.mention.start, t.mention.end, Math.max(from, t.regionStart), to);
  // "supplied by Russia": the target is the agent of what precedes it, not its object.
  const agent = /\bby$/i.test(before) && !/\b(?:stand|stands|stood|standing)\s+(?:\w+\s+)?by$/i.test(before);
  const beforeScript = wordScript(before);
  const crit = lastMatch(BEFORE_CRITICAL.pick(beforeScript), before);
  const found = agent ? undefined : lastMatch(BEFORE_SUPPORTIVE.pick(beforeScript), before);
  // Support another actor gives ("NATO's support for Ukraine", "Western supplies to Kyiv") is reported, not the speaker's own side: it takes no stance for the speaker.
  const supp = found && REPORTED_SUPPORT.test(before.slice(0, found.index)) ? undefined : found;
  if (crit || supp) {
    const last = (crit?.index ?? -1) > (supp?.index ?? -1) ? crit! : supp!;
    // "will not support Ukraine", "can't afford to defend Ukraine", "did not condemn Russia": a negated word takes
    // no side, and is no evidence of the opposite side either ("will never stop supporting" negates twice).
    if (negated(before.slice(0, last.index))) return null;
    return last === crit ? 'critical' : 'supportive';
  }
  // "Russia will be directly attacked": in the passive the target suffers what follows, it does not do it.
  const afterScript = wordScript(after);
  if (!PASSIVE.test(after) && (STANCE.after.critical.pick(afterScript).test(after) || STANCE.after.forecast.pick(afterScript).test(after))) return 'critical';
  if (STANCE.after.supportive.pick(afterScript).test(after)) return 'supportive';
  return null;
}

/** Whether the words right after a named target forecast a hostile act by it ("Russia could launch an invasion"). */
export function forecastBy(text: string, t: FoundTarget, to = Infinity): boolean {
  if (!t.mention || t.locative) return false;
  const after = clause(text, t.mention.start, t.mention.end, t.regionStart, to).after;
  return STANCE.after.forecast.for(after).test(after);
}

/**
 * Stance per target: the words around the target first; else the act's object (the first target named)
 * takes the act's side (criticism → critical, praise or aid → supportive); everyone else is neutral.
 */
// Actors coordinated in one noun phrase: "the United States, Great Britain and the whole NATO".
const COORDINATED = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?(?:whole\s+|entire\s+)?$/i;

/**
 * Whom an act read in the content bears on: the agent of a passive right after its trigger ("is used by NATO,
 * … as an instrument", "sold out by Kerry"), else the subject named before it in the same sentence ("the United
 * States and NATO had a goal to weaken Russia"), with the actors coordinated with either. Null when neither.
 */
export function agentsOf(text: string, objects: readonly FoundTarget[], at: number): FoundTarget[] | null {
  const near = (from: number, to: number) => to - from <= 80 && !/[.;!?]/.test(text.slice(from, to));
  const byAgent = objects.find((t) => t.mention!.start >= at && near(at, t.mention!.start) && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(at, t.mention!.start - 12), t.mention!.start)));
  // The subject is the first actor of the clause that leads to the trigger, not the nearest: in "Russia brought a
  // war to Ukraine for no reason" the reproach is Russia's, though Ukraine is named closer to it.
  const subject = objects.find((t) => t.mention!.end <= at && near(t.mention!.end, at));
  const head = byAgent ?? subject;
  if (!head) return null;
  const group = [head];
  const k = objects.indexOf(head);
  // Coordination runs forward from the passive agent or the clause's first actor.
  for (let i = k + 1; i < objects.length; i++) {
    const [a, b] = [group[group.length - 1]!, objects[i]!];
    if (!COORDINATED.test(text.slice(a.mention!.end, b.mention!.start)) && !/^\s*,\s*(?:primarily|mainly|notably|especially)\s+by\s+(?:the\s+)?$/i.test(text.slice(a.mention!.end, b.mention!.start))) break;
    group.push(objects[i]!);
  }
  return group;
}

export function targetStances(
  text: string,
  targets: readonly FoundTarget[],
  act: string,
  cameo: string,
  disapproving = false,
  mentions: readonly { readonly start: number; readonly end: number }[] = [],
  triggerAt: number | null = null,
): Stance[] {
  const aidIntent = /^03[3]/.test(cameo) || /^07/.test(cameo);
  // The act's object: the first actor named, not a place ("the war in Ukraine").
  const objects = targets.filter((t) => t.mention && !t.locative);
  const object = objects[0];
  // An accusation or a threat read in the content bears on its subject or agent, not on whoever is named first.
  // A condemnation in the present tense ("Australia condemns Russia's …") is performed by its subject, the
  // speaker's side: it bears on the actor named after the verb.
  const performative = triggerAt !== null && PERFORMATIVE.test(text.slice(triggerAt, triggerAt + 40));
  const agents = triggerAt === null || !CONFLICT_ACTS.has(act)
    ? null
    : performative
      ? objects.filter((t) => t.mention!.start >= triggerAt).slice(0, 1)
      : agentsOf(text, objects, triggerAt);
  // The words around a target stop at the actors named next to it: in "the risk of Russian land attack"
  // after "Romania", the attack is Russia's.
  const named = [...mentions, ...targets.flatMap((t) => (t.mention ? [t.mention] : []))];
  const fromWords = targets.map((t) => {
    const m = t.mention;
    const prev = m ? Math.max(0, ...named.filter((x) => x.end <= m.start).map((x) => x.end)) : 0;
    const next = m ? Math.min(Infinity, ...named.filter((x) => x.start >= m.end).map((x) => x.start)) : Infinity;
    return stanceFromWords(text, t, prev, next);
  });
  // Words of condemnation already said of one actor ("against the Russian aggression") are not also said of
  // the first one named ("we stand by Ukraine as it defends itself against …").
  const disapprovalPlaced = fromWords.includes('critical');
  return targets.map((t, k) => {
    if (fromWords[k]) return fromWords[k]!;
    // An appeal or a comment in the language of condemnation is critical of the actor it bears on.
    if (agents ? agents.includes(t) : t === object && CONFLICT_ACTS.has(act)) return 'critical';
    // (Not when the act's words were pinned on the actor they bear on: "X condemns Y's …" places them on Y.)
    if (t === object && disapproving && !disapprovalPlaced && !performative && !SUPPORT_ACTS.has(act)) return 'critical';
    if (t === object && (SUPPORT_ACTS.has(act) || aidIntent)) return 'supportive';
    return 'neutral';
  });
}

/**
 * The statement's overall stance, by the guideline in test/annotations/README.md:
 * 1. an evaluative act carries its own polarity — criticism, accusation, complaint (11x) and threats (13x)
 *    are critical; praise, verbal defence (051, 052), aid and the intent to aid (07x, 033x) are supportive;
 * 2. any other act takes the stance its targets share; when they split, an appeal for aid or support
 *    (022, 023x) sides with the party to be helped, anything else with the first target given a side;
 * 3. no target and no evaluative act: unknown (a denial whose accuser is not named takes no side).
 */
export function overallStance(stances: readonly Stance[], _act: string, cameo: string): Stance {
  if (/^1[13]/.test(cameo)) return 'critical';
  if (/^(?:05[12]|07|033)/.test(cameo)) return 'supportive';
  const sided = stances.filter((s) => s === 'critical' || s === 'supportive');
  if (stances.length === 0) return 'unknown';
  if (sided.length === 0) return 'neutral';
  if (sided.every((s) => s === sided[0])) return sided[0]!;
  return /^02[23]/.test(cameo) ? 'supportive' : sided[0]!;
}
