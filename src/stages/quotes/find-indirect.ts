/**
 * Indirect and mixed speech, sentence by sentence: a trailing attribution ("…, sources said."), "according
 * to", then reporting verbs left to right. A cue inside a content already found never fires (outermost wins).
 */
import type { Span } from '../../core/analysis.js';
import { contentEnd, contentStartAfter, cueAt, learnedAgrees, learnedCue, withCircumstance, type Cue } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import type { Found } from './found.js';
import { askedAt, passiveAt, raisingAt, wholeSubject } from './find-passive.js';
import { nounCueAt } from './find-noun-cue.js';
import { cueAdverb, cueForms, cueModifiers, nounLike, stopWords } from './lexicon.js';
import { isNonQuote } from './non-quotes.js';
import { keepsSourceless } from './keep-model.js';
import { mainSubject as sentenceSubject } from './main-subject.js';
import { classify, clauseSubject, parentheticalSubject, phraseStartingAt, subjectBefore, type Phrase } from './noun-phrase.js';
import { learnedEnd, type EndChooser } from './span-model.js';
import { CLAUSE_OPENERS, COORDINATORS, clauseStop, objectStop } from './clause-stop.js';

/** Token ranges [from, to) already used in the sentence. */
type Taken = boolean[];

/** `ends` decides where each content after its cue stops (the learned ranker by default; training passes the rules' end). */
/** `keep` decides on candidates without a found source (the learned keep model by default; its training keeps them all). */
export function findIndirect(doc: DocView, claimedQuotes: ReadonlySet<number>, direct: readonly Found[], ends: EndChooser = learnedEnd, keep: (f: Found) => boolean = (f) => keepsSourceless(doc, f)): Found[] {
  const out: Found[] = [];
  const directBySentence = new Map<number, Found[]>();
  for (const f of direct) directBySentence.set(f.sentence, [...(directBySentence.get(f.sentence) ?? []), f]);
  for (const s of doc.sentences) {
    const here = directBySentence.get(s.index) ?? [];
    const taken: Taken = s.tokens.map((t, i) => (s.quoteOf[i] !== -1 && claimedQuotes.has(s.quoteOf[i]!)) || here.some((f) => within(f, t)));
    // A direct quote's speaker may also be the subject of an indirect cue ("Trump called on her to resign and said, “…”"):
    // such tokens are taken (never content) but do not bar the subject search.
    const speakerOnly = s.tokens.map((t) => here.some((f) => f.source !== null && f.source.start <= t.start && t.end <= f.source.end && !f.fragments.some((x) => x.start <= t.start && t.end <= x.end)));
    const emit = (f: Found | null) => {
      if (!f) return;
      out.push(f);
      s.tokens.forEach((t, i) => {
        if (within(f, t)) taken[i] = true;
      });
    };
    const tail = trailing(doc, s, taken);
    emit(tail);
    emit(inSurvey(s, taken));
    // "…, Obi said, adding that …": the participle after a trailing attribution shares its speaker.
    let previous: Phrase | null = tail?.source ? phraseOf(s, tail.source) : null;
    for (let i = 0; i < s.tokens.length; i++) {
      if (taken[i] || s.quoteOf[i] !== -1) continue;
      const passive = askedAt(s, i, (a, b) => free(taken, a, b)) ?? passiveAt(s, i, (a, b) => free(taken, a, b), ends) ?? raisingAt(s, i, (a, b) => free(taken, a, b), ends) ?? nounCueAt(s, i, (a, b) => free(taken, a, b), ends);
      if (passive) {
        emit(passive);
        continue;
      }
      const c = cueAt(s.tokens, i) ?? learnedCue(s, i);
      if (!c) continue;
      // "“…,” she said, adding that …": a participle after a direct quote's attribution shares that quote's speaker.
      const quoted = previous ?? (c.participle ? directSpeakerBefore(s, here, c) : null);
      const proposed = c.according ? according(s, c, taken, ends) : forward(doc, s, c, taken, quoted, ends, speakerOnly);
      const f = proposed && (proposed.basis !== SOURCELESS || keep(proposed) || quotedSpeech(s, c, proposed)) ? proposed : null;
      emit(f);
      if (f?.source && !c.according) previous = phraseOf(s, f.source);
      // A cue that found nothing does not hide the words after it (a real cue may follow: "The most recent poll shows …").
      if (f) i = Math.max(i, c.to);
    }
  }
  return out;
}

/**
 * "X, who lives …, the capital, Leeds, said she still “hopes …”": a "say" cue whose subject was not found still
 * reports speech when the speaker's own words are quoted in its content; the keep model, trained on all cues
 * without a source, turns many of these down. On PolNeAR train: 14 more direct-subset contents, 8 of them right.
 */
function quotedSpeech(s: SentenceView, c: Cue, f: Found): boolean {
  // "Said to be the richest man in town, …": "said to" is hearsay with no speaker, not a report.
  return c.strong && !c.participle && f.kind === 'mixed' && c.lemma === 'say' && s.tokens[c.to + 1]?.lower !== 'to';
}

function within(f: Found, t: { start: number; end: number }): boolean {
  const inside = (x: { start: number; end: number } | null) => x !== null && x.start <= t.start && t.end <= x.end;
  return f.fragments.some(inside) || inside(f.cue) || inside(f.source);
}

function tokSpan(s: SentenceView, from: number, toExclusive: number): Span {
  return { start: s.tokens[from]!.start, end: s.tokens[toExclusive - 1]!.end };
}

function kindOf(s: SentenceView, from: number, to: number): 'mixed' | 'indirect' {
  for (let i = from; i < to; i++) if (s.quoteOf[i] !== -1) return 'mixed';
  return 'indirect';
}

function free(taken: Taken, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return false;
  return true;
}

function words(s: SentenceView, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.tokens[i]!.word) n++;
  return n;
}

const EDGE_PUNCT = /^[,;:—–-]$/;

function build(s: SentenceView, fragments: [number, number][], c: Cue, source: Phrase | null, basis: string, confidence: number): Found {
  const toks = s.tokens;
  let cueFrom = c.from;
  while (cueFrom - 1 > (source?.to ?? -1) && cueAdverb(toks[cueFrom - 1]!.lower)) cueFrom--;
  // PolNeAR leaves punctuation at a content's edges out ("- preventing clerks from …", "…, the plan,"): trim it.
  fragments = fragments.map(([a, b]) => {
    while (b - a > 1 && EDGE_PUNCT.test(toks[a]!.text)) a++;
    while (b - a > 1 && EDGE_PUNCT.test(toks[b - 1]!.text)) b--;
    return [a, b];
  });
  const kinds = fragments.map(([a, b]) => kindOf(s, a, b));
  return {
    kind: kinds.includes('mixed') ? 'mixed' : 'indirect',
    fragments: fragments.map(([a, b]) => tokSpan(s, a, b)),
    cue: tokSpan(s, cueFrom, c.to + 1),
    source: source ? tokSpan(s, source.from, source.to + 1) : null,
    sourceClass: source ? classify(toks, source) : null,
    sentence: s.index,
    basis,
    confidence,
  };
}

/** Where the content before a trailing attribution starts: the sentence start, after a leading quote's claim. */
function leftStart(s: SentenceView, taken: Taken, before: number): number {
  let k = before;
  while (k > 0 && !taken[k - 1]) k--;
  return k;
}

/** Nouns of a poll or study whose findings a sentence can report ("In the latest poll, …"). */
const FINDINGS = new Set('poll polls survey surveys study studies analysis report average'.split(' '));

/**
 * "In the latest Post-ABC poll, Trump leads Cruz by nine points.": PolNeAR marks "In" as the cue, the poll as the
 * source and the clause as the content. Only at the sentence start, with the comma closing a short phrase that
 * names a poll or study, and no speech verb of its own in the clause ("In the report, officials said …").
 */
function inSurvey(s: SentenceView, taken: Taken): Found | null {
  const toks = s.tokens;
  if (toks[0]?.lower !== 'in' || taken[0]) return null;
  let comma = toks.findIndex((t, k) => k > 1 && k <= 14 && t.text === ',' && s.quoteOf[k] === -1);
  if (comma < 0 || !toks.slice(1, comma).some((t) => FINDINGS.has(t.lower)) || toks.slice(1, comma).some((t) => !t.word && t.text !== '-' && t.text !== '.' && t.text !== "'")) return null;
  // "In the latest poll, conducted in May, Clinton led …": a participle phrase after the poll still describes it.
  const second = toks.findIndex((t, k) => k > comma + 1 && k <= comma + 9 && t.text === ',' && s.quoteOf[k] === -1);
  if (second > 0 && /^[a-z]+ed$/.test(toks[comma + 1]!.text)) comma = second;
  const end = contentEnd(toks, comma + 1, toks.length);
  if (words(s, comma + 1, end) < 3 || !free(taken, 0, end)) return null;
  for (let k = comma + 1; k < Math.min(end, comma + 8); k++) if (!toks[k]!.cap && cueAt(toks, k)?.strong) return null;
  const cue: Cue = { from: 0, to: 0, head: 0, lemma: 'in', strong: true, participle: false, according: true };
  return build(s, [[comma + 1, end]], cue, { from: 1, to: comma - 1 }, 'in X (a poll or study), content', 0.6);
}

/** Verbs that take the inverted order "…, VERB the speaker." (English quotative inversion). */
/** Not "tell": after "…, told" comes the addressee ("…, told VOA"), never the speaker. */
const INVERTING = new Set('say add write explain note ask continue insist argue reply respond recall declare warn report state announce conclude observe claim predict suggest admit acknowledge complain quip joke agree concede emphasize stress counter tweet post recount answer caution boast muse remark retort wonder'.split(' '));

/** "…, sources said." / "…, said the minister." / "…, the spokesman said on Friday." */
function trailing(_doc: DocView, s: SentenceView, taken: Taken): Found | null {
  const toks = s.tokens;
  const end = toks.length;
  for (let i = end - 1; i > 1; i--) {
    if (taken[i] || s.quoteOf[i] !== -1) continue;
    const c = cueAt(toks, i);
    if (!c || c.according || c.participle) continue;
    // "…, Obi said, adding that …", "…, Obi said Monday, adding …": after the cue comes another attribution of the
    // same speaker (a participle after a comma), not this cue's content.
    const next = contentStartAfter(toks, c, end);
    const adds = next !== null && toks.slice(c.to + 1, next + 1).some((t, k) => t.text === ',' && cueAt(toks, c.to + 2 + k)?.participle === true);
    if (next !== null && !adds && !(toks[c.from - 1]?.text === ',')) return null;
    let source: Phrase | null;
    let comma: number;
    let basis: string;
    if (toks[c.from - 1]?.text === ',') {
      // Subject-verb inversion ("…, said the minister") is a speech-verb construction; "…, criticized Clinton" has an object.
      if (!INVERTING.has(c.lemma)) return null;
      source = phraseStartingAt(toks, c.to + 1);
      comma = c.from - 1;
      basis = 'content, cue, source (…, said X)';
      if (!source || !/^[.,;!?]?$/.test(toks[source.to + 1]?.text ?? '')) return null;
    } else {
      source = subjectBefore(toks, c.from);
      comma = source ? source.from - 1 : -1;
      basis = 'content, source, cue (…, X said)';
      if (!source || toks[comma]?.text !== ',') return null;
    }
    const from = leftStart(s, taken, comma);
    if (words(s, from, comma) < 2 || !free(taken, from, comma)) return null;
    // "…, officials said Sunday." / "…, she said in a statement.": the circumstance up to the sentence end is part of the cue.
    const tail = c.from - 1 === comma ? c : withCircumstance(toks, c, contentEnd(toks, c.to + 1, end));
    return build(s, [[from, contentEnd(toks, from, comma)]], tail, source, basis, 0.8);
  }
  return null;
}

/** An auxiliary, a copula or a past tense: the mark of a finite clause. */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|[a-z]{3,}ed)$/;

/** "According to X, …" / "…, according to X." / "…, according to X, …" */
function according(s: SentenceView, c: Cue, taken: Taken, ends: EndChooser): Found | null {
  const toks = s.tokens;
  let source = phraseStartingAt(toks, c.objectFrom ?? c.to + 1);
  if (!source) return null;
  const fragments: [number, number][] = [];
  if (toks[c.from - 1]?.text === ',') {
    const from = leftStart(s, taken, c.from - 1);
    if (words(s, from, c.from - 1) >= 2) fragments.push([from, contentEnd(toks, from, c.from - 1)]);
  }
  // "According to a report from the inspector general, …": the source runs on to the comma that opens the content.
  if (fragments.length === 0 && toks[source.to + 1]?.text !== ',') {
    const comma = toks.findIndex((t, j) => j > source!.to && j <= source!.to + 15 && t.text === ',' && s.quoteOf[j] === -1);
    if (comma > 0) source = { from: source.from, to: comma - 1 };
  }
  let k = source.to + 1;
  if (toks[k]?.text === ',') k++;
  const e = k < toks.length ? ends(s, c, k, contentEnd(toks, k, toks.length)) : k;
  // After a left content, what follows "according to X," continues it only with a verb ("X, according to Y, is Z");
  // a verbless phrase is an apposition to the left content ("…, according to filings, a huge sum").
  const continues = fragments.length === 0 || (toks[source.to + 1]?.text === ',' && toks.slice(k, e).some((t) => FINITE.test(t.lower)));
  if (words(s, k, e) >= 2 && continues) fragments.push([k, e]);
  if (fragments.length === 0 || !fragments.every(([a, b]) => free(taken, a, b))) return null;
  return build(s, fragments, c, source, 'according to X', 0.8);
}

/** Source, cue, content: "X said (that) …", "X told reporters …", "X urged Y to …", "…, calling for …". */
/** The speaker of the last direct quote of the sentence whose cue comes before cue `c` (its tokens, in the sentence). */
function directSpeakerBefore(s: SentenceView, here: readonly Found[], c: Cue): Phrase | null {
  const at = s.tokens[c.from]!.start;
  const f = here.findLast((x) => x.cue !== null && x.source !== null && x.cue.end <= at && x.source.end <= at && x.source.start >= s.start);
  if (!f?.source) return null;
  const p = phraseOf(s, f.source);
  return p.from >= 0 && p.to >= p.from ? p : null;
}

function phraseOf(s: SentenceView, span: Span): Phrase {
  return { from: s.tokens.findIndex((t) => t.start === span.start), to: s.tokens.findIndex((t) => t.end === span.end) };
}

/** The basis of a candidate whose subject was not found: only the keep model lets it through. */
export const SOURCELESS = 'cue, content, no source found';

/** Verbs that give their object a name or label of the subject's ("called Rubio “Little Marco”", "labeled the plan “a scam”"). */
const NAMES_OBJECT = new Set(['call', 'dub', 'label', 'brand', 'term', 'nickname', 'describe', 'characterize', 'characterise', 'portray', 'deride', 'mock']);

/**
 * A title in quote marks within the first three tokens of an object ("the book “…”", "his film “…”"). Not after
 * a naming verb with its object before the quote ("he called Rubio “Little Marco”", "Gorab called the show “the
 * news show of record”"): there the quoted words are the subject's name for the object, and PolNeAR annotates
 * them as the subject's attribution (object and quote as content, the verb as cue) even when they look like a
 * title. A quote right after the verb ("called “Little Marco”") is still read as a title.
 */
function namesWork(doc: DocView, s: SentenceView, start: number, c: Cue): boolean {
  for (let k = start; k < Math.min(s.tokens.length, start + 4); k++) {
    const q = s.quoteOf[k]!;
    if (q === -1) continue;
    if (NAMES_OBJECT.has(c.lemma) && k > start && s.tokens.slice(start, k).some((t) => t.word)) return false;
    return isNonQuote(doc, doc.quoted[q]!);
  }
  return false;
}

/** Verbs that characterise their object "as" something ("described the impact as …", "portraying X as …"). */
const AS_VERBS = /^(?:describ|portray|refer|characteri[sz]|depict|cast|paint|brand|label|dismiss|deride|denounc|hail|prais|tout|frame|view)/;

/**
 * "portraying Mexican immigrants, in particular, as “rapists”", "refers to the candidate, who is his friend, as
 * “Mr. Trump,”": the object's aside ends the content at its comma, but the characterisation after "as" is the
 * quoted part PolNeAR's content holds (object, aside and quote). When the content after such a verb holds no
 * quote and "as" with a quote right after it follows within the clause, the content runs on to that quote's end.
 */
function asQuote(s: SentenceView, c: Cue, start: number, e: number): number {
  const toks = s.tokens;
  if (!AS_VERBS.test(toks[c.head]!.lower)) return e;
  for (let j = start; j < e; j++) if (s.quoteOf[j] !== -1) return e;
  for (let j = e; j < Math.min(toks.length - 1, e + 15); j++) {
    const t = toks[j]!;
    if (/^[.;:!?]$/.test(t.text) || s.quoteOf[j] !== -1) return e;
    if (t.lower !== 'as') continue;
    // "as “…”" or "as a “…”": the quote opens within two tokens.
    const q = [j + 1, j + 2].find((x) => s.quoteOf[x] !== undefined && s.quoteOf[x] !== -1 && s.quoteOf[x - 1] !== s.quoteOf[x]);
    if (q === undefined) return e;
    let end = q;
    while (end < toks.length && s.quoteOf[end] === s.quoteOf[q]) end++;
    return end;
  }
  return e;
}

/**
 * "said on NBC's “Meet the Press” that …", "told “Fox News Sunday,” that …": the content search after a cue's
 * setting stops at the first quote mark, but a title there belongs to the setting; when "that" follows the title
 * (a comma between), the content starts at "that". Only after a setting or as the addressee of "tell": a title right
 * after another verb is its object ("praised “Meet the Press” that day").
 */
function pastTitle(doc: DocView, s: SentenceView, c: Cue, start: number | null): number | null {
  if (start === null || (start <= c.to + 1 && c.lemma !== 'tell')) return start;
  const q = s.quoteOf[start]!;
  if (q === -1 || s.quoteOf[start - 1] === q || !isNonQuote(doc, doc.quoted[q]!)) return start;
  let k = start;
  while (k < s.tokens.length && s.quoteOf[k] === q) k++;
  if (s.tokens[k]?.text === ',') k++;
  return s.tokens[k]?.lower === 'that' ? k : start;
}

function forward(doc: DocView, s: SentenceView, c: Cue, taken: Taken, previous: Phrase | null, ends: EndChooser, speakerOnly: readonly boolean[] = []): Found | null {
  const toks = s.tokens;
  const end = toks.length;
  const start = pastTitle(doc, s, c, contentStartAfter(toks, c, end));
  if (start === null) return null;
  const opener = toks[start]!;
  // "was backed by the senator", "was first reported by the Times": a passive's agent follows. It is the source and
  // the clause's subject is the content (PolNeAR train: only 24 of 123 agents read as content matched a gold one).
  // "responded by saying …" keeps its gerund.
  if (opener.lower === 'by' && !/ing$/.test(toks[start + 1]?.lower ?? '')) return passiveAgent(s, c, start, taken);
  // A word only the learned detector calls a cue, followed by a title ("spoke on “Morning Edition”"), reports nothing.
  if (s.quoteOf[start] !== -1 && !cueForms.has(toks[c.head]!.lower) && isNonQuote(doc, doc.quoted[s.quoteOf[start]!]!)) return null;
  // An object that names a work ("wrote the book “A Long Way Home”") is an artifact, not a reported claim.
  if (!(opener.lower === 'that' || toks[start - 1]?.text === ':') && namesWork(doc, s, start, c)) return null;
  const introduced = opener.lower === 'that' || toks[start - 1]?.text === ':' || s.quoteOf[start] !== -1;
  // A belief verb without "that" ("I think he is right") counts when the learned detector says it is a cue here.
  if (!c.strong && !introduced && !learnedAgrees(s, c.head)) return null;
  let floor = 0;
  for (let k = c.from - 1; k >= 0; k--) if (taken[k] && !speakerOnly[k]) { floor = k + 1; break; }
  // "… but did tell reporters that …": auxiliaries and adverbs may stand between the coordinator and the cue.
  let before = c.from - 1;
  while (before > 0 && cueModifiers.has(toks[before]!.lower)) before--;
  const afterCoordinator = COORDINATORS.has(toks[before]?.lower ?? '') || toks[before]?.text === ',';
  // "Citing X, the Russian president said …": the subject is already the source of the opening participle.
  const sharedSubject = previous && previous.to === before ? previous : null;
  // A participle or a coordinated verb ("…, adding that", "… and said") shares the subject of the attribution before it.
  if (c.participle && c.from <= 1 && floor === 0) return leadingParticiple(s, c, start, taken);
  const tight =
    sharedSubject ??
    ((c.participle || afterCoordinator) && previous ? previous : c.participle ? clauseSubject(toks, 0, c.from) : subjectBefore(toks, c.from, floor)) ??
    (c.participle || afterCoordinator ? mainSubject(toks, c.from) : null) ??
    // "Then he cut into Bush, calling him a “stiff”": the subject of the sentence read from its start (main-subject.ts).
    ((c.participle || COORDINATORS.has(toks[before]?.lower ?? '')) && floor === 0 ? sentenceSubject(toks, c.from) : null) ??
    // "X launched an ad buy … and announced it would …": the coordinated verb shares the clause's subject.
    (afterCoordinator && !c.participle ? clauseSubject(toks, floor, c.from) : null) ??
    (c.strong && !c.participle ? parentheticalSubject(toks, c.from, floor) : null) ??
    // "In July, Ada Obi, vice chairman of the firm, told Forbes that …": an opening adverbial hides the subject from subjectBefore.
    (c.strong && floor === 0 ? sentenceSubject(toks, c.from, true) : null);
  // "Bush thought for a moment and said that …, “I think …”": a strong cue further along the main clause takes its
  // subject only when quoted words follow the cue in the sentence (they mark reported speech); otherwise the keep model decides.
  const loose = tight === null && c.strong && floor === 0 ? sentenceSubject(toks, c.from) : null;
  const quotesIn = (a: number, b: number) => s.quoteOf.slice(a, b).some((q) => q !== -1);
  const source = tight ?? (loose && quotesIn(c.to + 1, end) ? loose : null);
  // No subject found ("Sanders , whose …, said", "X stood … and repeated …"): a candidate without a source, which
  // the learned keep model (keep-model.ts) accepts only when its cue and content look like an attribution.
  const cls = source ? classify(toks, source) : 'other';
  if (c.lemma === 'read' && cls !== 'document' && cls !== 'pronoun-it') return null;
  // A verb that is also a noun ("show", "state", "counter") reports without "that" only in a verb form:
  // inflected ("the poll shows …", "Thor countered …") or bare after a pronoun ("They state …").
  const form = toks[c.head]!.lower;
  const prevWord = toks[c.head - 1];
  // "Polls show …", "Surveys show …": a bare verb form after a plural subject is a verb.
  const pluralBefore = prevWord !== undefined && prevWord.word && /[^s]s$/.test(prevWord.lower) && !stopWords.has(prevWord.lower) && subjectBefore(toks, c.head) !== null;
  const verbForm = form !== c.lemma || ['they', 'we', 'i', 'you'].includes(prevWord?.lower ?? '') || pluralBefore;
  // The learned detector confirms the verb reading ("the book … in 2010", "the early states hold …" are not reports).
  if (nounLike.has(c.lemma) && !introduced && c.to === c.head && !(verbForm && learnedAgrees(s, c.head))) return null;
  const e = asQuote(s, c, start, ends(s, c, start, contentEnd(toks, start, Math.min(clauseStop(s, start, end), introduced || CLAUSE_OPENERS.has(opener.lower) ? end : objectStop(s, start, end)))));
  if (words(s, start, e) < 2 || !free(taken, start, e)) return null;
  const fragments: [number, number][] = [];
  const extendTo = e === contentEnd(toks, start, end) ? quoteRunningOn(doc, s, e) : null;
  // "The plan, he said, is dead.": content on both sides of the parenthetical attribution.
  if (source && !c.participle && toks[c.to + 1]?.text === ',' && toks[source.from - 1]?.text === ',') {
    const from = leftStart(s, taken, source.from - 1);
    if (words(s, from, source.from - 1) >= 2) fragments.push([from, source.from - 1]);
  }
  fragments.push([start, e]);
  const basis = !source ? SOURCELESS : c.participle ? 'clause subject, participle cue, content (X …, calling for …)' : 'source, cue, content (X said that …)';
  const found = build(s, fragments, withCircumstance(toks, c, start), source, basis, !source ? 0.5 : cls === 'name' || cls === 'organization' ? 0.8 : 0.7);
  if (extendTo === null) return found;
  const last = found.fragments.at(-1)!;
  return { ...found, kind: 'mixed', fragments: [...found.fragments.slice(0, -1), { start: last.start, end: extendTo }] };
}

/** "The plan was backed by the senator": content the passive's subject, source its agent ("by X"). */
function passiveAgent(s: SentenceView, c: Cue, by: number, taken: Taken): Found | null {
  const toks = s.tokens;
  if (!AUX_BEFORE.has(toks[c.from - 1]?.lower ?? '') && !AUX_BEFORE.has(toks[c.from - 2]?.lower ?? '')) return null;
  const subject = wholeSubject(toks, subjectBefore(toks, c.from));
  const agent = phraseStartingAt(toks, by + 1);
  if (!subject || !agent || !free(taken, subject.from, subject.to + 1) || !free(taken, agent.from, agent.to + 1)) return null;
  // The verb group with its auxiliaries and adverbs is the cue ("was first reported").
  let from = c.from;
  while (from - 1 > subject.to && (AUX_BEFORE.has(toks[from - 1]!.lower) || cueModifiers.has(toks[from - 1]!.lower))) from--;
  return build(s, [[subject.from, subject.to + 1]], { ...c, from }, agent, 'content, passive cue, by source (X was backed by Y)', 0.5);
}

const AUX_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The subject of the sentence's main clause before token `before`, after an opening adverbial of any length
 * ("Amid responses from some …, The Blaze’s Matt Walsh provided …, saying …"; "TheBlaze did the math …, and found that …").
 */
function mainSubject(toks: SentenceView['tokens'], before: number): Phrase | null {
  const comma = toks.findIndex((t, k) => k < before && t.text === ',');
  return comma > 0 ? clauseSubject(toks, comma + 1, before) : null;
}

/** "Noting he majored in philosophy, Allen said …": a participle opening the sentence reports for the main clause's subject. */
function leadingParticiple(s: SentenceView, c: Cue, start: number, taken: Taken): Found | null {
  const toks = s.tokens;
  let comma = -1;
  for (let k = start + 1; k < toks.length; k++) {
    if (toks[k]!.text === ',' && s.quoteOf[k] === -1) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return null;
  // The main clause's subject: the phrase before its verb ("…, the Russian president said …"), else its first noun phrase.
  let source: Phrase | null = null;
  for (let v = comma + 2; v < Math.min(toks.length, comma + 10) && !source; v++) {
    const cv = cueAt(toks, v);
    const subj = cv ? subjectBefore(toks, cv.from, comma + 1) : null;
    if (subj && subj.from === comma + 1) source = subj;
  }
  source ??= clauseSubject(toks, comma + 1, toks.length);
  if (!source || words(s, start, comma) < 2 || !free(taken, start, comma)) return null;
  return build(s, [[start, comma]], c, source, 'participle opening the sentence, content, main-clause subject', 0.6);
}

/** When the content ends inside a quote that goes on past the sentence, the quote's end (multi-sentence quotes). */
function quoteRunningOn(doc: DocView, s: SentenceView, e: number): number | null {
  const qi = s.quoteOf[e - 1] ?? -1;
  if (qi === -1) {
    const last = s.tokens.at(-1);
    const q = last ? s.quoteOf[s.tokens.length - 1] : -1;
    return q !== undefined && q !== -1 && doc.quoted[q]!.end > s.end ? doc.quoted[q]!.pieces[0]!.end : null;
  }
  const q = doc.quoted[qi]!;
  return q.end > s.end ? q.pieces[0]!.end : null;
}
