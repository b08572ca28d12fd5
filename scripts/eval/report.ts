/** One section of `npm run eval`: named figures, or the reason it was skipped. */
export interface EvalSection {
  readonly name: string;
  /** Why the section did not run (its data is absent), or null. */
  readonly skipped: string | null;
  readonly figures: readonly Figure[];
  /** Free lines printed under the figures (per-category counts, worst cases). */
  readonly notes?: readonly string[];
}

export interface Figure {
  readonly label: string;
  readonly value: number | string;
  /** The bar from DESIGN.md or an issue, when there is one. */
  readonly bar?: { readonly op: '>=' | '<=' | '=='; readonly value: number };
}

export function skipped(name: string, reason: string): EvalSection {
  return { name, skipped: reason, figures: [] };
}

export function meetsBar(f: Figure): boolean | null {
  if (!f.bar || typeof f.value !== 'number') return null;
  const v = f.value;
  const b = f.bar.value;
  return f.bar.op === '>=' ? v >= b : f.bar.op === '<=' ? v <= b : v === b;
}

export function formatSection(s: EvalSection): string {
  const lines = [`## ${s.name}`];
  if (s.skipped) return `${lines[0]}\n  skipped: ${s.skipped}\n`;
  const width = Math.max(...s.figures.map((f) => f.label.length), 10);
  for (const f of s.figures) {
    const value = typeof f.value === 'number' ? (Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(3)) : f.value;
    const met = meetsBar(f);
    const bar = f.bar ? `  (bar ${f.bar.op} ${f.bar.value}: ${met ? 'met' : 'NOT met'})` : '';
    lines.push(`  ${f.label.padEnd(width)}  ${value}${bar}`);
  }
  for (const n of s.notes ?? []) lines.push(`  ${n}`);
  return `${lines.join('\n')}\n`;
}
