/**
 * "I" and "we" as sources. Inside someone's quote ("“I told them we must act,” Lukashenko said") the
 * first person is the quote's speaker. Outside every quote (an op-ed's "I believe", a stray "We think"),
 * nothing in the text names who speaks, so the attribution keeps its content but has no speaker: a bare
 * pronoun must never be listed as a speaker.
 */
import type { DocView } from './document.js';
import type { Found } from './found.js';
import type { Resolved } from './resolve-speaker.js';

const FIRST = /^(?:i|we|me|us)$/;

/** Whether a source is a bare first-person pronoun. */
export function isFirstPerson(text: string, f: Found): boolean {
  return f.source !== null && FIRST.test(text.slice(f.source.start, f.source.end).trim().toLowerCase());
}

/** Resolutions with every first-person source given its enclosing quote's speaker, or marked speakerless. */
export function resolveFirstPerson(doc: DocView, found: readonly Found[], resolved: readonly Resolved[]): Resolved[] {
  return resolved.map((r, i) => {
    const f = found[i]!;
    if (!isFirstPerson(doc.text, f)) return r;
    const at = f.source!.start;
    const inQuote = doc.quoted.some((q) => q.pieces.some((p) => p.start < at && at < p.end));
    const outer = inQuote ? found.findIndex((g, j) => j !== i && g.source !== null && !isFirstPerson(doc.text, g) && g.fragments.some((p) => p.start <= at && at < p.end)) : -1;
    const o = outer >= 0 ? resolved[outer]! : undefined;
    if (o && o.speakerName) {
      const said = doc.text.slice(found[outer]!.source!.start, found[outer]!.source!.end);
      return { ...r, speakerName: o.speakerName, type: o.type, antecedent: o.antecedent ?? { text: said, start: found[outer]!.source!.start, end: found[outer]!.source!.end }, why: `first person inside the quote of "${said}" → its speaker`, alternatives: [] };
    }
    if (inQuote) return { ...r, speakerName: null, antecedent: null, why: 'first person inside a quote whose speaker is unknown', alternatives: [], speakerless: true };
    return { ...r, speakerName: null, antecedent: null, why: 'first person outside any quote: the writer, not a named speaker', alternatives: [], speakerless: true };
  });
}
