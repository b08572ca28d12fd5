import { useEffect, useRef } from 'preact/hooks';
import type { RemovedSpan } from '../../core/types.js';
import { runs, type Mark } from '../lib/highlight.js';
import { placeRemoved } from '../lib/place-removed.js';

export const MARK_LABEL: Record<string, string> = {
  content: 'quoted or reported words',
  cue: 'reporting verb',
  speaker: 'speaker',
  antecedent: 'who the speaker is',
  role: 'role',
  actor: 'actor',
  channel: 'channel',
  saidOn: 'date said',
  event: 'event',
  stance: 'stance',
  target: 'target',
};

/** `block`: the junk stood between paragraphs, so it is shown as a paragraph of its own. */
type Piece = { kind: 'text'; text: string; marks: readonly Mark[] } | { kind: 'removed'; span: RemovedSpan; block: boolean };

/** Text runs and removed junk in reading order. */
function pieces(text: string, marks: readonly Mark[], removed: readonly RemovedSpan[]): Piece[] {
  const placed = placeRemoved(text, removed);
  const out: Piece[] = [];
  let next = 0;
  const flushRemoved = (upTo: number) => {
    while (next < placed.length && placed[next]!.at <= upTo) {
      const { at, span } = placed[next++]!;
      out.push({ kind: 'removed', span, block: at === 0 || at === text.length || text[at - 1] === '\n' });
    }
  };
  for (const run of runs(text, marks)) {
    let start = run.start;
    while (next < placed.length && placed[next]!.at < run.end) {
      const at = Math.max(placed[next]!.at, start);
      if (at > start) out.push({ kind: 'text', text: text.slice(start, at), marks: run.marks });
      start = at;
      flushRemoved(at);
    }
    if (run.end > start) out.push({ kind: 'text', text: text.slice(start, run.end), marks: run.marks });
  }
  flushRemoved(Number.POSITIVE_INFINITY);
  return out;
}

/**
 * The clean article with evidence highlighted and the removed junk struck through.
 * Every piece of the document is a text node: untrusted text is never parsed as HTML.
 */
export function ArticleText({ text, marks, removed, showRemoved }: { text: string; marks: readonly Mark[]; removed: readonly RemovedSpan[]; showRemoved: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector('mark.ev-content');
    if (first && 'scrollIntoView' in first) first.scrollIntoView({ block: 'center' });
  }, [text, marks]);
  return (
    <div class="article" ref={ref}>
      {pieces(text, marks, showRemoved ? removed : []).map((p, i) =>
        p.kind === 'removed' ? (
          <del key={i} class={p.block ? 'removed block' : 'removed'} title={`removed: ${p.span.reason}${p.span.rule ? ` (${p.span.rule})` : ''}`}>
            <span class="visually-hidden">[removed {p.span.reason}: </span>
            {p.span.text}
            <span class="visually-hidden">]</span>
          </del>
        ) : p.marks.length === 0 ? (
          p.text
        ) : (
          <mark key={i} class={['ev', ...new Set(p.marks.map((m) => `ev-${m.kind}`))].join(' ')} title={p.marks.map((m) => m.label ?? MARK_LABEL[m.kind] ?? m.kind).join(' · ')}>
            {p.text}
          </mark>
        ),
      )}
    </div>
  );
}
