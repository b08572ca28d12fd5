/**
 * Transcript and interview turns: a short speaker label and a colon ("WALLACE: But, Governor Pence, …",
 * "Mr. Kaine: We will …", "VOA: What message did you bring?") introduce that speaker's words verbatim, up to the
 * end of the paragraph or the next label. A label opening a paragraph is taken alone. A label inside a paragraph
 * (an interview flattened to one block by a scraper or a feed) is taken only when the document alternates labelled
 * turns: two or more speakers, one of them labelled at least twice, each label a name the text also uses in running
 * prose. Words that other finders attribute inside a turn keep their attribution; the rest of the turn is the
 * label's, sentence run by sentence run. Quoted paragraphs are left to find-direct.
 */
import { sentenceAt, type DocView, type SentenceView } from './document.js';
import type { Found } from './found.js';
import { classify, phraseEndingAt, type Phrase } from './noun-phrase.js';
import { allCapitals, letterRuns, startsUpper } from './letter-case.js';
import { isFirstPerson } from './first-person.js';
import type { Span } from '../../core/analysis.js';
import { isRubric } from './speaking-source.js';

/** One speaker's turn: the label phrase and the words after its colon. */
export interface Turn {
  readonly label: Span;
  readonly phrase: Phrase;
  /** The sentence holding the label. */
  readonly sentence: number;
  readonly content: Span;
  /** The document alternates named speakers' turns: an interview or a debate, not a rubric such as "Correction:". */
  readonly interview: boolean;
}

interface Candidate {
  readonly s: SentenceView;
  readonly colon: number;
  readonly phrase: Phrase;
  readonly key: string;
  readonly opensParagraph: boolean;
}

const MAX_LABEL_WORDS = 4;
const CREDIT = /\b(?:contributed (?:to )?(?:this )?(?:report|reporting|story)|(?:reporting|editing|writing) by)\b/i;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|said|says|told|added|asked|who|which)$/;
/** "Richard Armitage, former U.S. deputy secretary of state: …": a name, a comma, a short description. */
const MAX_DESCRIBED_LABEL = 14;

/** Every turn of the document, in text order. */
export function findTurns(doc: DocView): Turn[] {
  const candidates: Candidate[] = [];
  for (const s of doc.sentences) {
    const c = labelOf(doc, s);
    if (c) candidates.push(c);
  }
  const keys = new Set(candidates.map((c) => c.key));
  const repeated = [...keys].some((k) => candidates.filter((c) => c.key === k).length >= 2);
  // An interview alternates speakers, each a name the text also uses; one stray "Update:", "Photo:" or "USA:"
  // inside a paragraph is no turn, and a rubric paragraph is taken only whole (see findTranscript).
  const interview = keys.size >= 2 && repeated && [...keys].every((k) => namedInProse(doc, k, candidates));
  const kept = candidates.filter((c) => c.opensParagraph || interview);
  return kept.map((c, i) => {
    const paragraph = doc.segments.paragraphs[c.s.paragraph]!;
    const next = kept[i + 1];
    let end = next && next.s.paragraph === c.s.paragraph ? next.s.start : paragraph.end;
    const start = c.s.tokens[c.colon + 1]!.start;
    // The credit line closing a flattened article ("Ana Obi contributed to this report.") is nobody's answer.
    for (let k = c.s.index + 1; k < doc.sentences.length && doc.sentences[k]!.start < end; k++) {
      const x = doc.sentences[k]!;
      if (CREDIT.test(doc.text.slice(x.start, x.end))) end = x.start;
    }
    while (end > start && /[\s.]/.test(doc.text[end - 1]!)) end--;
    const label = { start: c.s.tokens[c.phrase.from]!.start, end: c.s.tokens[c.phrase.to]!.end };
    return { label, phrase: c.phrase, sentence: c.s.index, content: { start, end }, interview };
  });
}

/** Direct attributions for the parts of each turn that no earlier finder took. */
export function findTranscript(doc: DocView, turns: readonly Turn[], taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const turn of turns) {
    const s = doc.sentences[turn.sentence]!;
    const colon = s.tokens.findIndex((t) => t.start >= turn.label.end && t.text === ':');
    const base = {
      kind: 'direct' as const,
      cue: { start: s.tokens[colon]!.start, end: s.tokens[colon]!.end },
      source: turn.label,
      sourceClass: classify(s.tokens, turn.phrase),
      sentence: s.index,
      basis: 'transcript label (NAME: …)',
      confidence: 0.7,
    };
    // Outside an interview, a label ("Correction: …", "USA: …") is taken only when nothing in its paragraph is anyone
    // else's words: it may be a rubric or a headline.
    const runs = freeRuns(doc, turn.content, taken);
    if (!turn.interview && (runs.length !== 1 || runs[0]!.start !== turn.content.start || runs[0]!.end !== turn.content.end)) continue;
    for (const span of runs) {
      const words = letterRuns(doc.text.slice(span.start, span.end));
      if (words.length < 3 || titleCase(words)) continue;
      out.push({ ...base, fragments: [span] });
    }
  }
  return out;
}

function labelOf(doc: DocView, s: SentenceView): Candidate | null {
  // Only the first words can be a label: the colon is looked for there, not in the whole sentence.
  let colon = -1;
  for (let k = 0; k <= MAX_DESCRIBED_LABEL && k < s.tokens.length && colon < 0; k++) if (s.tokens[k]!.text === ':') colon = k;
  if (colon < 1) return null;
  // The words after the colon are not a quotation (find-direct takes those).
  if (!s.tokens[colon + 1] || s.quoteOf[colon + 1] !== -1) return null;
  const paragraph = doc.segments.paragraphs[s.paragraph];
  const opensParagraph = paragraph !== undefined && paragraph.start === s.start;
  // A label is one to four capitalised words; inside a paragraph it may carry a description after a comma.
  const comma = s.tokens.findIndex((t, k) => k < colon && t.text === ',');
  const nameEnd = comma > 0 && !opensParagraph ? comma : colon;
  if (nameEnd > MAX_LABEL_WORDS || !s.tokens.slice(0, nameEnd).every((t) => t.cap || t.text === '.')) return null;
  // The description is a noun phrase; a finite verb makes it a clause ("Armitage, who met Lai, said: …").
  if (nameEnd < colon && s.tokens.slice(nameEnd + 1, colon).some((t) => FINITE.test(t.lower))) return null;
  const phrase = phraseEndingAt(s.tokens, nameEnd - 1);
  if (!phrase || phrase.from !== 0 || isRubric(s.tokens, 0, nameEnd)) return null;
  const key = s.tokens[nameEnd - 1]!.lower;
  return { s, colon, phrase: nameEnd === colon ? phrase : { from: 0, to: colon - 1 }, key, opensParagraph };
}

/** The label's last word also stands capitalised in running text, away from any label: a name, not a rubric. */
function namedInProse(doc: DocView, key: string, labels: readonly Candidate[]): boolean {
  const labelled = new Set(labels.map((c) => c.s.index));
  // Sentence-initial capitals prove nothing, except for an acronym ("VOA spoke with …").
  return doc.sentences.some((s) => !labelled.has(s.index) && s.tokens.some((t, k) => t.lower === key && t.cap && (k > 0 || allCapitals(t.text))));
}

/** The stretches of `span`, cut at sentence ends, that no attribution in `taken` overlaps. */
function freeRuns(doc: DocView, span: Span, taken: readonly Found[]): Span[] {
  const busy = taken.flatMap((f) => f.fragments).filter((p) => p.start < span.end && span.start < p.end);
  if (busy.length === 0) return [span];
  const runs: Span[] = [];
  let run: Span | null = null;
  for (let at = span.start; at < span.end; ) {
    const s = sentenceAt(doc, at);
    const end = Math.min(s ? s.end : span.end, span.end);
    const piece = { start: at, end };
    if (busy.some((p) => p.start < piece.end && piece.start < p.end)) {
      if (run) runs.push(run);
      run = null;
    } else run = run ? { start: run.start, end } : piece;
    at = Math.max(end, at + 1);
    while (at < span.end && /\s/.test(doc.text[at]!)) at++;
  }
  if (run) runs.push(run);
  return runs.map((r) => trimEnd(doc.text, r));
}

function trimEnd(text: string, r: Span): Span {
  let end = r.end;
  while (end > r.start && /[\s.]/.test(text[end - 1]!)) end--;
  return { start: r.start, end };
}

/** Title case after the colon is a headline ("Revealed: What The Videos Contain"), not spoken words. */
function titleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.filter((w) => startsUpper(w)).length >= 0.6 * long.length;
}

/**
 * "I think …" inside a turn is the turn's speaker talking: the first-person source becomes the label, so the
 * speaker resolves to the labelled name (outside any turn, a bare "I" stays speakerless: see first-person.ts).
 */
export function inTurns(doc: DocView, turns: readonly Turn[], found: readonly Found[]): Found[] {
  if (turns.length === 0) return [...found];
  return found.map((f) => {
    if (!isFirstPerson(doc.text, f)) return f;
    const at = f.source!.start;
    const turn = turns.find((t) => t.content.start <= at && at < t.content.end);
    if (!turn || doc.quoted.some((q) => q.start <= at && at < q.end)) return f;
    const s = doc.sentences[turn.sentence]!;
    return { ...f, source: turn.label, sourceClass: classify(s.tokens, turn.phrase), basis: `${f.basis}; first person in the turn of a transcript label` };
  });
}
