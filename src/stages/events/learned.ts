/**
 * A small learned fallback for the CAMEO root: multinomial naive Bayes over the words of cue and content
 * (lower case, crude stems, negation marked on the two words after "not"/"never"/"no"), trained by
 * scripts/train/events-root.ts on the tuning annotations and the codebook's descriptions; weights in
 * data/root-nb.json. The rules decide whenever they find an act; the model is asked only when they see a
 * plain statement (010), and overrules it only by a margin chosen by cross-validation on the tuning set.
 */
import model from './data/root-nb.json' with { type: 'json' };

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'that', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'for', 'on', 'with', 'as', 'by', 'at', 'this', 'from', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'has', 'have', 'had']);
const NEG = new Set(['not', 'never', 'no', "n't", 'nor', 'without']);

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The model's features of a statement: `cue_` words of the cue, stems of the content, `not_` after negation. */
export function features(cue: string, content: string): string[] {
  const out: string[] = [];
  for (const w of cue.toLowerCase().match(/[\p{L}']+/gu) ?? []) if (!STOP.has(w)) out.push(`cue_${stem(w)}`);
  let negate = 0;
  for (const raw of content.toLowerCase().replace(/n't\b/g, ' not').match(/[\p{L}']+/gu) ?? []) {
    const w = raw.replace(/'s$/, '');
    if (NEG.has(w)) {
      negate = 2;
      continue;
    }
    if (STOP.has(w) || w.length < 2) continue;
    out.push(negate > 0 ? `not_${stem(w)}` : stem(w));
    if (negate > 0) negate--;
  }
  return out;
}

export interface NbModel {
  readonly labels: readonly string[];
  readonly prior: readonly number[];
  readonly unseen: readonly number[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
  readonly margin: number;
}

/** Log-probabilities per label of the features (unnormalised). */
export function scores(m: NbModel, feats: readonly string[]): number[] {
  const s = [...m.prior];
  for (const f of feats) {
    const w = m.weights[f];
    if (!w) continue; // unseen words carry no evidence for any label
    for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
  }
  return s;
}

const MODEL = model as NbModel;

/**
 * The root the model prefers over a plain statement ("01"), when it beats "01" by the model's margin
 * (natural log odds); null otherwise.
 */
export function learnedRoot(cue: string, content: string, m: NbModel = MODEL): { root: string; odds: number } | null {
  const s = scores(m, features(cue, content));
  const plain = m.labels.indexOf('01');
  let best = -1;
  for (let k = 0; k < s.length; k++) if (k !== plain && (best < 0 || s[k]! > s[best]!)) best = k;
  if (best < 0 || plain < 0) return null;
  const odds = s[best]! - s[plain]!;
  return odds >= m.margin ? { root: m.labels[best]!, odds } : null;
}
