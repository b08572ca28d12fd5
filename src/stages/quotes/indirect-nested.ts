/**
 * Attributions inside another one's content. The indirect finders keep the outermost content and skip every cue
 * inside it, but reported clauses nest: "The report concluded that she broke the rules, while her campaign
 * contended that it had nothing to hide", "He noted a law that some say targets migrants". PolNeAR annotates the
 * inner attribution too. A cue inside an indirect content, with its own subject found there, gives a second
 * attribution; when that subject opens a new clause after a comma (and a link word), the outer content ends before
 * it (the words after belong to the inner speaker, not the outer one). An inner attribution the outer content still
 * holds is dropped when attributions are merged (one per stretch of text): on PolNeAR train, keeping such overlapping
 * pairs added far more wrong contents than right ones.
 */
import { cueAt, learnedCue } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { relativePronouns } from './lexicon.js';
import type { EndChooser } from './span-model.js';
import { SOURCELESS, forward } from './indirect-forward.js';
import type { Taken } from './indirect-build.js';

/** Words that open a new clause before its subject ("…, but officials said", "… while critics argue"). */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'yet', 'as']);

export interface Nested {
  /** The outer attribution, its content possibly cut before the inner clause. */
  readonly outer: Found;
  readonly inner: Found[];
}

/** The token range [from, to) of a span in the sentence. */
function tokenRange(s: SentenceView, start: number, end: number): [number, number] {
  let from = -1;
  let to = -1;
  s.tokens.forEach((t, k) => {
    if (t.start >= start && t.end <= end) {
      if (from < 0) from = k;
      to = k + 1;
    }
  });
  return [from, to];
}

/** Inner attributions of `outer` (an indirect or mixed content found in sentence s), and `outer` cut before them. */
export function nestedIn(doc: DocView, s: SentenceView, outer: Found, taken: Taken, ends: EndChooser, speakerOnly: readonly boolean[]): Nested {
  const last = outer.fragments.at(-1)!;
  const [from, to] = tokenRange(s, last.start, last.end);
  // Only plain indirect contents: a mixed one's extent follows its quote marks (quote-tail, quoteRunningOn), which
  // the direct-quote rules own (on PolNeAR train the two choices differ by one direct-subset content).
  if (from < 0 || outer.kind !== 'indirect') return { outer, inner: [] };
  const toks = s.tokens;
  const inner: Found[] = [];
  // The inner cue may take any word of the outer content, but nothing else the sentence has already given.
  const innerTaken: Taken = taken.map((v, k) => v && !(k >= from && k < to));
  let cut = to;
  for (let i = from + 1; i < to; i++) {
    if (s.quoteOf[i] !== -1) continue;
    const c = cueAt(toks, i) ?? learnedCue(s, i);
    if (!c || !c.strong || c.according || c.participle) continue;
    const f = forward(doc, s, c, innerTaken, null, ends, speakerOnly);
    if (!f || f.basis === SOURCELESS || !f.source || f.source.start < last.start || f.fragments.at(-1)!.end > last.end) continue;
    const [srcFrom] = tokenRange(s, f.source.start, f.source.end);
    inner.push({ ...f, basis: `${f.basis}, nested in another content` });
    // "…, while her campaign contended …": the outer content stops before the link that opens the inner clause.
    let k = srcFrom - 1;
    if (k > from && CLAUSE_LINKS.has(toks[k]!.lower)) k--;
    // A relative pronoun ("the budget, which passed …") opens a clause inside the outer one, not after it.
    const relative = srcFrom >= 0 && relativePronouns.has(toks[srcFrom]!.lower);
    if (!relative && k > from && toks[k]!.text === ',' && cut === to) cut = k;
    for (let j = f.fragments[0] ? tokenRange(s, f.fragments[0].start, f.fragments.at(-1)!.end)[0] : i; j < to && j >= 0; j++) innerTaken[j] = true;
    i = Math.max(i, c.to);
  }
  if (cut === to) return { outer, inner };
  let e = cut;
  while (e > from + 1 && !toks[e - 1]!.word && !/^["”’)]$/.test(toks[e - 1]!.text)) e--;
  const fragments = [...outer.fragments.slice(0, -1), { start: last.start, end: toks[e - 1]!.end }];
  return { outer: { ...outer, fragments }, inner };
}

