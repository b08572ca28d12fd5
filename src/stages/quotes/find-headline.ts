/**
 * Attributions in a title-case headline, the first line of an article: "Poll: Trump Ties Clinton",
 * "Obama: I'm Optimistic Voters Will Say No", "Mike Pence Calls for Special Prosecutor". Title case
 * capitalises the cue ("Says", "Calls", "Slams"), which the body finders never take for a cue.
 */
import { cueAt } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { classify } from './noun-phrase.js';
import { isRubric } from './speaking-source.js';
import type { Token } from './tokens.js';

/** Whether most longer words of the line are capitalised (a title-case headline). */
function titleCase(toks: readonly Token[]): boolean {
  const long = toks.filter((t) => t.word && t.text.length >= 4);
  return long.length >= 3 && long.filter((t) => t.cap).length / long.length >= 0.7;
}

/** A short capitalised speaker at the start of the line: at most six tokens, every word capitalised or a connective. */
function speakerBefore(toks: readonly Token[], end: number): boolean {
  if (end < 1 || end > 6) return false;
  return toks.slice(0, end).every((t) => (t.word ? t.cap || /^(?:of|the|and|for|de)$/.test(t.lower) : /^[.'’&-]$/.test(t.text)));
}

/** Attributions in the headline sentence (sentence 0 when it is the first paragraph), or none. */
export function findHeadline(doc: DocView, claimedQuotes: ReadonlySet<number>): Found[] {
  const s = doc.sentences[0];
  if (!s || s.paragraph !== 0 || doc.segments.paragraphs.length < 2) return [];
  const toks = s.tokens;
  // A quote the direct finder already attributed is not taken again.
  if (s.quoteOf.some((q) => q !== -1 && claimedQuotes.has(q))) return [];
  // "Clinton: Trump will reverse the ruling": a headline's short capitalised label before a colon is the speaker in
  // sentence case too (PolNeAR train annotates such headlines whatever their case).
  const colon = toks.findIndex((t) => t.text === ':');
  if (colon > 0 && speakerBefore(toks, colon) && !isRubric(toks, 0, colon)) return found(s, colon, colon, 0, colon, 'headline: speaker, colon, content');
  if (!titleCase(toks)) return [];
  // Title case hides the verb's case: read the words in lower case to find a cue after the speaker.
  const lowered = toks.map((t) => ({ ...t, cap: false }));
  for (let i = 1; i < Math.min(toks.length - 2, 7); i++) {
    const t = toks[i]!;
    if (!t.cap || s.quoteOf[i] !== -1 || !/(?:[^s]s|ed)$/.test(t.lower) || !speakerBefore(toks, i)) continue;
    const c = cueAt(lowered, i);
    if (!c || c.according || c.participle || !c.strong) continue;
    return found(s, c.from, c.to, 0, c.from, 'headline: speaker, cue, content');
  }
  return [];
}

function found(s: SentenceView, cueFrom: number, cueTo: number, sourceFrom: number, sourceEnd: number, basis: string): Found[] {
  const toks = s.tokens;
  let end = toks.length;
  while (end > cueTo + 1 && /^[.,;:!?]$/.test(toks[end - 1]!.text)) end--;
  const start = cueTo + 1;
  if (toks.slice(start, end).filter((t) => t.word).length < 3) return [];
  const mixed = toks.slice(start, end).some((_, k) => s.quoteOf[start + k] !== -1);
  const source = { from: sourceFrom, to: sourceEnd - 1 };
  return [
    {
      kind: mixed ? 'mixed' : 'indirect',
      fragments: [{ start: toks[start]!.start, end: toks[end - 1]!.end }],
      cue: { start: toks[cueFrom]!.start, end: toks[cueTo]!.end },
      source: { start: toks[source.from]!.start, end: toks[source.to]!.end },
      sourceClass: classify(toks, source),
      sentence: s.index,
      basis,
      confidence: 0.6,
    },
  ];
}
