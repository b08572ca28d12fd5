/**
 * Features and scoring of the learned second opinion on a statement's CAMEO root and stance tried in
 * scripts/train/events-model.ts (multiclass averaged perceptrons on the hand-coded sets, never the blind
 * set). Not used by the events stage: cross-validation showed it does not beat the rules (see
 * test/annotations/README.md, round 5).
 * Features are what the stage already has: the cue's words, the content's words (negation marked), the
 * rules' own decision (root, act, stance, the stances of its targets) and the speaker's sector.
 */

export interface LinearModel {
  readonly classes: readonly string[];
  /** feature → one weight per class (same order as `classes`). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export interface RuleView {
  readonly cameo: string;
  readonly act: string;
  readonly stance: string;
  readonly targetStances: readonly string[];
  readonly disapproves: boolean;
  readonly speakerSector: string | null;
}

const NEGATOR = /^(?:not|never|no|nor|without|nothing|n't|cannot)$/;
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on', 'at', 'for', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'this', 'it', 'its', 'as', 'by', 'with', 'from', 'or', 'but', 'has', 'have', 'had']);
/** Content words kept per statement: a long quotation says what it does early. */
const MAX_WORDS = 60;

/** Inflection stripped, roughly ("accused", "accuses", "accusing" → "accus"). */
function stem(w: string): string {
  return w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w;
}

function tokens(s: string): string[] {
  return (s.toLowerCase().replace(/[’']/g, "'").replace(/n't\b/g, " n't").match(/n't|[a-z]+(?:'[a-z]+)?/g) ?? []);
}

/** Lower-cased unigram and bigram stems of the words; words after a negator, up to a clause mark, carry NOT_. */
function wordFeatures(prefix: string, s: string, cap: number): string[] {
  const out: string[] = [];
  const clauses = s.split(/[,.;:!?()"“”]/);
  let kept = 0;
  let prev = '<s>';
  for (const clause of clauses) {
    let negated = false;
    for (const t of tokens(clause)) {
      if (kept >= cap) return out;
      if (NEGATOR.test(t)) {
        negated = true;
        continue;
      }
      if (STOP.has(t)) continue;
      const w = (negated ? 'NOT_' : '') + stem(t);
      out.push(`${prefix}=${w}`, `${prefix}2=${prev}|${w}`);
      prev = w;
      kept++;
    }
    prev = '<s>';
  }
  return out;
}

/** The features of one statement. */
export function statementFeatures(cue: string, content: string, rule: RuleView): string[] {
  const sided = rule.targetStances.filter((s) => s !== 'neutral');
  const f = [
    'bias',
    `rroot=${rule.cameo.slice(0, 2)}`,
    `rcameo=${rule.cameo}`,
    `ract=${rule.act}`,
    `rstance=${rule.stance}`,
    `ntargets=${Math.min(rule.targetStances.length, 3)}`,
    `disapproves=${rule.disapproves}`,
    `sector=${rule.speakerSector ?? 'none'}`,
    `rroot+ntargets=${rule.cameo.slice(0, 2)}|${Math.min(rule.targetStances.length, 2)}`,
    `rstance+sided=${rule.stance}|${sided.length > 0}`,
    ...rule.targetStances.map((s) => `tstance=${s}`),
    ...tokens(cue).filter((t) => !STOP.has(t)).map((t) => `cue=${stem(t)}`),
    ...wordFeatures('w', content, MAX_WORDS),
  ];
  return [...new Set(f)];
}

/** Scores of each class, highest first, with the margin between the best two. */
export function predict(model: LinearModel, features: readonly string[]): { label: string; margin: number; scores: number[] } {
  const scores = model.classes.map(() => 0);
  for (const f of features) {
    const w = model.weights[f];
    if (w) w.forEach((v, k) => (scores[k]! += v));
  }
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  const second = Math.max(...scores.filter((_, k) => k !== best), -Infinity);
  return { label: model.classes[best]!, margin: scores[best]! - second, scores };
}
