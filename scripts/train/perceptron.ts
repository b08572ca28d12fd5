/** A binary averaged perceptron over string features, deterministic (fixed example order, no randomness). */

export interface Example {
  readonly features: readonly string[];
  readonly label: 1 | -1;
}

/** Weights averaged over every step (lazy averaging), pruned below 0.002 and rounded to 3 decimals. */
export function trainPerceptron(set: readonly Example[], epochs: number): { bias: number; weights: Record<string, number> } {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let bias = 0;
  let biasTotal = 0;
  let c = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of set) {
      let s = bias;
      for (const f of ex.features) s += w.get(f) ?? 0;
      if (s * ex.label <= 0) {
        for (const f of ex.features) {
          // Lazy averaging: accumulate weight × time since its last change.
          total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (c - (stamp.get(f) ?? 0)));
          stamp.set(f, c);
          w.set(f, (w.get(f) ?? 0) + ex.label);
        }
        bias += ex.label;
      }
      biasTotal += bias;
      c++;
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of w) {
    const avg = ((total.get(f) ?? 0) + v * (c - (stamp.get(f) ?? 0))) / c;
    if (Math.abs(avg) >= 0.002) weights[f] = Math.round(avg * 1000) / 1000;
  }
  return { bias: Math.round((biasTotal / c) * 1000) / 1000, weights };
}
