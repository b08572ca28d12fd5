import type { Stance } from '../../core/types.js';
import { STANCE } from './lexicon.js';
import type { FoundTarget } from './targets.js';

// Acts whose object the speaker opposes: the first actor named in them is the one opposed.
const CONFLICT_ACTS = new Set(['threaten', 'demand', 'reject', 'accuse', 'criticize']);
// Verbal conflict: the statement is critical even when the text does not name whom it opposes
// (a rejection or a demand without a named object may be of a proposal, not of anyone).
const VERBAL_CONFLICT = new Set(['threaten', 'accuse', 'criticize', 'deny']);
// Acts that side with their object.
const SUPPORT_ACTS = new Set(['praise', 'defend', 'aid']);

export interface TargetStance {
  readonly stance: Stance;
  readonly basis: 'words' | 'act' | 'none';
}

/** The clause around a mention: from the last punctuation before it to the next after it. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  const left = text.slice(Math.max(0, start - 60), start);
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf('.'), left.lastIndexOf('“'), left.lastIndexOf('"'));
  const right = text.slice(end, end + 60);
  const stop = right.search(/[,;.”"]/);
  const beforeWords = left.slice(cut + 1).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  const afterWords = (stop >= 0 ? right.slice(0, stop) : right).split(/\s+/).filter(Boolean).slice(0, 5).join(' ');
  return { before: beforeWords, after: afterWords };
}

/** Stance toward one named target from the words around it: "Moscow's aggression", "support for Ukraine". */
export function stanceFromWords(text: string, t: FoundTarget): Stance | null {
  if (!t.mention) return null;
  const rest = text.slice(t.mention.end, t.mention.end + 60);
  if (STANCE.possessive.critical.test(rest)) return 'critical';
  if (STANCE.possessive.supportive.test(rest)) return 'supportive';
  const { before, after } = clause(text, t.mention.start, t.mention.end);
  // "supplied by Russia": the target is the agent of what precedes it, not its object.
  const agent = /\bby$/i.test(before);
  const crit = [...before.matchAll(new RegExp(STANCE.before.critical, 'giu'))].pop();
  const supp = agent ? undefined : [...before.matchAll(new RegExp(STANCE.before.supportive, 'giu'))].pop();
  if (crit || supp) return (crit?.index ?? -1) > (supp?.index ?? -1) ? 'critical' : 'supportive';
  if (STANCE.after.critical.test(after)) return 'critical';
  if (STANCE.after.supportive.test(after)) return 'supportive';
  return null;
}

/**
 * Stance per target: the words around the target first; else the act's object (the first target named)
 * takes the act's side (criticism → critical, praise or aid → supportive); everyone else is neutral.
 */
export function targetStances(text: string, targets: readonly FoundTarget[], act: string, cameo: string, disapproving = false): Stance[] {
  const aidIntent = /^03[3]/.test(cameo) || /^07/.test(cameo);
  return targets.map((t, i) => {
    const fromWords = stanceFromWords(text, t);
    if (fromWords) return fromWords;
    // An appeal or a comment in the language of condemnation ("must be held accountable for its crimes")
    // is critical of the actor it names first.
    if (i === 0 && t.mention && (CONFLICT_ACTS.has(act) || (disapproving && !SUPPORT_ACTS.has(act)))) return 'critical';
    if (i === 0 && t.mention && (SUPPORT_ACTS.has(act) || aidIntent)) return 'supportive';
    return 'neutral';
  });
}

/**
 * The statement's overall stance: the one its targets share; when they split, the act decides (criticism
 * of one side with support for the other is critical, a call to support one side is supportive). With no
 * target, conflict acts are critical, support and aid supportive, and anything else unknown.
 */
export function overallStance(stances: readonly Stance[], act: string, cameo: string): Stance {
  const conflict = VERBAL_CONFLICT.has(act) || (stances.length > 0 && CONFLICT_ACTS.has(act));
  const support = SUPPORT_ACTS.has(act) || /^03[3]/.test(cameo) || /^0[57]/.test(cameo);
  if (support && !stances.includes('supportive') && stances.includes('critical') && SUPPORT_ACTS.has(act)) return 'supportive';
  if (stances.length === 0) return conflict ? 'critical' : support ? 'supportive' : 'unknown';
  const has = (s: Stance) => stances.includes(s);
  if (has('critical') && has('supportive')) return conflict ? 'critical' : 'supportive';
  if (has('critical')) return 'critical';
  if (has('supportive')) return 'supportive';
  return 'neutral';
}
