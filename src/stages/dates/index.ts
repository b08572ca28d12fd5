import type { Attribution, DatedAttribution, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';
import { spanOf } from '../../core/span.js';
import { findDates } from './resolve.js';

export interface DatesInput {
  readonly text: string;
  readonly segments: Segments;
  readonly attributions: readonly Attribution[];
  readonly publishedAt: string | null;
}

const ANAPHORIC = /^(?:he|she|it|they|we|the (?:[a-z]+ )?(?:statement|document|letter|message|tweet|post|official|spokes\w+|minister|ministry|president|leader))$/i;

function norm(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
}

/** Whether two attributions name the same speaker ("Mr Macron" and "Emmanuel Macron"). */
function sameSpeaker(a: Attribution, b: Attribution): boolean {
  const names = (x: Attribution) => [norm(x.speakerName), norm(x.source?.text)].filter((n) => n && !ANAPHORIC.test(n));
  const last = (n: string) => n.split(' ').pop()!;
  // Transliterations differ in their endings (Zakharova, Zacharowa, Zacharów): a shared 5-letter stem counts.
  const stem = (n: string) => (last(n).length >= 5 ? last(n).slice(0, 5) : last(n));
  return names(a).some((x) => names(b).some((y) => x === y || (last(x).length > 2 && (last(x) === last(y) || stem(x) === stem(y)))));
}

/**
 * The date of the reporting clause: the sentence that holds the cue, with the content masked out, so a date
 * inside what was said ("explosions on Tuesday") never dates the saying.
 */
function ownDate(text: string, segments: Segments, a: Attribution, ref: string | null): DatedAttribution | null {
  const anchor = a.cue ?? a.source ?? a.content;
  const sentence = segments.sentences.find((s) => s.start <= anchor.start && anchor.start < s.end);
  if (!sentence) return null;
  const parts = a.content.fragments && a.content.fragments.length > 0 ? a.content.fragments : [a.content];
  let clause = text.slice(sentence.start, sentence.end);
  for (const p of parts) {
    const s = Math.max(p.start, sentence.start) - sentence.start;
    const e = Math.min(p.end, sentence.end) - sentence.start;
    if (e > s) clause = clause.slice(0, s) + ' '.repeat(e - s) + clause.slice(e);
  }
  const found = findDates(clause, ref);
  if (found.length === 0) return null;
  const at = anchor.start - sentence.start;
  const nearest = [...found].sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0]!;
  return {
    date: nearest.date,
    precision: nearest.precision,
    basis: nearest.text,
    fallback: false,
    evidence: spanOf(text, sentence.start + nearest.start, sentence.start + nearest.end),
  };
}

/** Stage 8: when each attribution was said; one entry per attribution (null when nothing fixes a date). */
export const dates: Stage<DatesInput, readonly (DatedAttribution | null)[]> = {
  name: 'dates',
  run({ text, segments, attributions, publishedAt }, ctx) {
    const ref = publishedAt?.slice(0, 10) ?? null;
    const paragraphOf = (at: number) => segments.paragraphs.findIndex((p) => p.start <= at && at <= p.end);
    const order = attributions.map((a, i) => ({ a, i })).sort((x, y) => (x.a.cue?.start ?? x.a.content.start) - (y.a.cue?.start ?? y.a.content.start));
    const out: (DatedAttribution | null)[] = attributions.map(() => null);
    const done: { a: Attribution; d: DatedAttribution }[] = [];
    for (const { a, i } of order) {
      let d = ownDate(text, segments, a, ref);
      if (!d) {
        // A statement the text does not date again is the one dated earlier: "It continued", the same
        // speaker further down, or another speaker in the same paragraph (the lede's frame).
        const anaphoric = a.source?.type === 'document' || ANAPHORIC.test(norm(a.source?.text));
        const dated = done.filter((x) => !x.d.fallback);
        const last = done[done.length - 1];
        const prev =
          (anaphoric && last && !last.d.fallback ? last : undefined) ??
          [...dated].reverse().find((x) => sameSpeaker(x.a, a)) ??
          [...dated].reverse().find((x) => paragraphOf(x.a.content.start) === paragraphOf(a.content.start));
        if (prev && !prev.d.fallback) {
          d = { ...prev.d, basis: `same statement as earlier (${prev.d.basis})` };
        }
      }
      if (!d && ref) d = { date: ref, precision: 'day', basis: 'publication date', fallback: true };
      ctx.trace('dates', () => `${d ? `${d.date} (${d.precision}, ${d.basis})` : 'no date'}: ${a.content.text.slice(0, 50)}`);
      out[i] = d;
      if (d) done.push({ a, d });
    }
    return out;
  },
};
