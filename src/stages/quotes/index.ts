import type { Attribution, Mention, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';
import { spanOf } from '../../core/span.js';
import { findChannel } from './channel.js';
import { viewDocument, type DocView } from './document.js';
import { findChants } from './find-chant.js';
import { findDash } from './find-dash.js';
import { findDirect } from './find-direct.js';
import { resolveFirstPerson } from './first-person.js';
import { findHeadline } from './find-headline.js';
import { findIndirect } from './find-indirect.js';
import { findRelative, nestRelative } from './find-relative.js';
import { findTranscript, findTurns, inTurns } from './find-transcript.js';
import { contentSpan, type Found } from './found.js';
import { attachBareQuotes, joinContinuations, mergeOverlapping } from './merge-overlapping.js';
import { extendToQuote } from './quote-tail.js';
import { resolveSpeakers, type Resolved } from './resolve-speaker.js';

export interface QuotesInput {
  readonly text: string;
  readonly segments: Segments;
  readonly mentions: readonly Mention[];
}

/**
 * Stage 7: direct, indirect and mixed attributions with cue, source, speaker, role and channel.
 * Finders (find-direct, find-indirect) propose; refiners (merge-overlapping) prune and join; then
 * resolve-speaker runs coreference in document order. Works without actor mentions.
 */
export const quotes: Stage<QuotesInput, readonly Attribution[]> = {
  name: 'quotes',
  run({ text, segments }, ctx) {
    const doc = viewDocument(text, segments);
    const all = findAttributions(doc);
    const resolved = resolveFirstPerson(doc, all, resolveSpeakers(doc, all));
    return all.map((f, i) => {
      const r = resolved[i]!;
      const a = toAttribution(text, f, r, doc.sentences[f.sentence]);
      ctx.trace('quotes', () => explain(text, f, r, a));
      return a;
    });
  },
};

/** Every attribution the finders propose and the refiners keep, before speaker resolution. */
export function findAttributions(doc: DocView): Found[] {
  const direct = findDirect(doc);
  const dash = findDash(doc, direct.claimed);
  // The dash quotes' cues and speakers are taken, as the direct quotes' are: "said X" is no indirect content.
  const indirect = findIndirect(doc, direct.claimed, [...direct.found, ...dash]);
  const headline = findHeadline(doc, direct.claimed);
  const turns = findTurns(doc);
  const transcript = findTranscript(doc, turns, [...direct.found, ...dash, ...headline, ...indirect]);
  const merged = inTurns(doc, turns, mergeOverlapping([direct.found, dash, headline, indirect, transcript, findChants(doc, direct.claimed)]));
  const bare = attachBareQuotes(doc, merged, direct.claimed);
  const joined = joinContinuations(doc, nestRelative(mergeOverlapping([merged, bare]), findRelative(doc, direct.claimed)));
  return extendToQuote(doc, joined);
}

function toAttribution(text: string, f: Found, r: Resolved, sentence: { start: number; end: number } | undefined): Attribution {
  const issuedChannel = r.issued ? findChannel(text, sentenceAround(text, r.issued.at)) : null;
  const channel = issuedChannel ?? (sentence ? findChannel(text, sentence) : null) ?? (r.type === 'document' && f.source ? { ...spanOf(text, f.source.start, f.source.end), value: 'statement' as const } : null);
  return {
    kind: f.kind,
    content: contentOf(text, f),
    cue: f.cue ? spanOf(text, f.cue.start, f.cue.end) : null,
    source: f.source && !r.speakerless ? { ...spanOf(text, f.source.start, f.source.end), type: r.type } : null,
    speakerName: r.speakerName,
    ...(r.antecedent && { antecedent: r.antecedent }),
    role: r.details.role,
    affiliation: r.details.affiliation ? spanOf(text, r.details.affiliation.start, r.details.affiliation.end) : null,
    channel,
    confidence: f.confidence,
  };
}

/**
 * The content span. A quote split by its attribution (“We will,” he said, “win.”) keeps its outer offsets
 * and lists its pieces in `fragments`, but its text is the quoted words only: the pieces joined by a space.
 * Other contents in pieces (a passive's subject and complement around "is expected") read as a sentence,
 * so their text stays the whole span.
 */
function contentOf(text: string, f: Found): Attribution['content'] {
  const c = contentSpan(f);
  if (f.fragments.length < 2) return spanOf(text, c.start, c.end);
  if (f.kind !== 'direct') return { ...spanOf(text, c.start, c.end), fragments: f.fragments.map((p) => ({ start: p.start, end: p.end })) };
  const joined = f.fragments.map((p) => text.slice(p.start, p.end).trim()).join(' ');
  return { ...spanOf(text, c.start, c.end), text: joined, fragments: f.fragments.map((p) => ({ start: p.start, end: p.end })) };
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf('\n', at) + 1, 0);
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

function explain(text: string, f: Found, r: Resolved, a: Attribution): string {
  const content = a.content.text.length > 60 ? `${a.content.text.slice(0, 57)}…` : a.content.text;
  const lost = r.alternatives.length > 0 ? `; lost: ${r.alternatives.join(', ')}` : '; no competing candidate';
  const src = f.source ? `"${text.slice(f.source.start, f.source.end)}"` : 'none';
  return `${a.kind} "${content}" cue ${a.cue ? `"${a.cue.text}"` : 'none'} by ${f.basis}; source ${src} → ${r.speakerName ?? 'unnamed'} (${r.type}) because ${r.why}${lost}`;
}
