import type { Span } from '../../core/analysis.js';
import { WordRegExp } from '../../core/word-regexp.js';

/** A quoted span, marks included: [start, end). */
export interface Quoted extends Span {
  /** The opening mark. */
  readonly mark: string;
  /** False when the quote ran to the end of its paragraph without a closing mark. */
  readonly closed: boolean;
  /** Pieces, one per paragraph, for a quote that runs over several paragraphs. */
  readonly pieces: readonly Span[];
}

const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);

type Side = 'open' | 'close' | 'either';

const FORMAT = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

/** Which way a mark faces, from its shape or (straight marks) from its neighbours. */
function side(ch: string, prev: string, next: string): Side | null {
  if (DOUBLE_OPEN.has(ch) || SINGLE_OPEN.has(ch)) return 'open';
  if (DOUBLE_CLOSE.has(ch) || SINGLE_CLOSE.has(ch)) return 'close';
  const spaceBefore = prev === '' || /[\s([{\u2014\u2013/-]/.test(prev);
  const spaceAfter = next === '' || /[\s.,;:!?)\]}\u2014\u2013-]/.test(next);
  if (spaceBefore && !spaceAfter) return 'open';
  if (spaceAfter && !spaceBefore) return 'close';
  return 'either';
}

// Built as written only for a character outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const WORD_CHAR = new WordRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const DIGIT = new WordRegExp(String.raw`[\p{N}]`, 'u');
/** All ASCII, so ASCII-worded: a cheaper test than asciiWorded() for the single characters around a mark. */
const ascii = (ch: string): boolean => !/[^\0-\x7f]/.test(ch);

/** A single-mark candidate that is really an apostrophe (don’t, the players’ union, ’90s). */
function isApostrophe(ch: string, prev: string, next: string): boolean {
  if (ch !== '’' && ch !== "'") return false;
  if (WORD_CHAR.pick(ascii(prev)).test(prev) && WORD_CHAR.pick(ascii(next)).test(next)) return true;
  if (/[\s]/.test(prev) && DIGIT.pick(ascii(next)).test(next)) return true; // ’90s
  return /s/i.test(prev) && (next === '' || /\s/.test(next)); // plural possessive
}

interface Raw {
  start: number;
  end: number;
  mark: string;
  closed: boolean;
}

/** Pairs marks of one family (double or single) inside [from, to). */
function pairFamily(text: string, from: number, to: number, family: 'double' | 'single', inside: readonly Raw[]): Raw[] {
  const out: Raw[] = [];
  let open: { at: number; mark: string } | null = null;
  // A straight quote opened inside a curly one (“… a similar "Copernican" shift …”) is nested: its closing mark
  // closes it, not the outer quote.
  let nested = false;
  let nestedClosedAt = -1;
  // Two straight apostrophes ('') stand for a double mark in some wire and newspaper copy.
  const marks = /''|["“”„‟«»'‘’‹›]/g;
  marks.lastIndex = from;
  for (let m = marks.exec(text); m && m.index < to; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0] === "''" ? '"' : m[0];
    const width = m[0].length;
    const isDouble = ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch);
    const isSingle = ch === "'" || SINGLE_OPEN.has(ch) || SINGLE_CLOSE.has(ch);
    if (family === 'double' ? !isDouble : !isSingle) continue;
    // Invisible format marks (a left-to-right embedding pasted before a paragraph) are not neighbours.
    let b = i;
    while (b > from && FORMAT.test(text[b - 1]!)) b--;
    const prev = b > from ? text[b - 1]! : '';
    const next = i + width < to ? text[i + width]! : '';
    if (family === 'single' && isApostrophe(ch, prev, next)) continue;
    if (family === 'single' && inside.some((q) => q.start < i && i < q.end)) continue;
    const s = side(ch, prev, next);
    if (s === null) continue;
    if (open && open.mark !== '"' && ch === '"' && (nested || s === 'open')) {
      nested = !nested;
      if (!nested) nestedClosedAt = i + width;
      continue;
    }
    if (!open) {
      // A closing-shaped mark opening the paragraph opens a quote (”We won,” she said — a typesetting slip).
      if (s !== 'close' || side('"', prev, next) === 'open' || b === from) open = { at: i, mark: ch };
    } else if (s !== 'open' || (ch === '"' && open.mark === '"') || side('"', prev, next) === 'close') {
      // An opening-shaped mark placed like a closer (“expedited review“) closes: a common typesetting slip.
      out.push({ start: open.at, end: i + width, mark: open.mark, closed: true });
      open = null;
      nested = false;
    }
  }
  // A nested quote closing the paragraph closed the outer one too, with one mark (“… to think: "A war …"¶).
  let last = to;
  while (last > from && /\s/.test(text[last - 1]!)) last--;
  if (open && nestedClosedAt === last) out.push({ start: open.at, end: last, mark: open.mark, closed: true });
  else if (open) out.push({ start: open.at, end: to, mark: open.mark, closed: false });
  return out;
}

/**
 * Every quoted span of the text, paragraph by paragraph. Curly marks pair by direction, straight ones by
 * context then alternation. An unclosed quote continues into the next paragraph when that one opens with
 * a mark (the newspaper convention for a quote over several paragraphs). Single marks count as quotes
 * only outside double quotes (inside, they are nested quotes of the same speaker's words).
 */
export function findQuoted(text: string, paragraphs: readonly Span[]): Quoted[] {
  const perParagraph: Raw[][] = paragraphs.map((p) => {
    const doubles = pairFamily(text, p.start, p.end, 'double', []);
    const singles = pairFamily(text, p.start, p.end, 'single', doubles).filter((q) => q.closed);
    return [...doubles, ...singles].sort((a, b) => a.start - b.start);
  });
  const out: Quoted[] = [];
  let carry: { first: Raw; pieces: Span[] } | null = null;
  perParagraph.forEach((raws, pi) => {
    const p = paragraphs[pi]!;
    raws.forEach((q, qi) => {
      if (carry && qi === 0 && q.start === p.start) {
        carry.pieces.push({ start: q.start, end: q.end });
        if (q.closed) {
          out.push(joined(carry.first, carry.pieces, true));
          carry = null;
        }
        return;
      }
      if (carry) {
        out.push(joined(carry.first, carry.pieces, false));
        carry = null;
      }
      if (!q.closed && qi === raws.length - 1 && startsWithQuote(text, paragraphs[pi + 1])) {
        carry = { first: q, pieces: [{ start: q.start, end: q.end }] };
        return;
      }
      out.push({ start: q.start, end: q.end, mark: q.mark, closed: q.closed, pieces: [{ start: q.start, end: q.end }] });
    });
    if (carry && raws.length === 0) {
      out.push(joined(carry.first, carry.pieces, false));
      carry = null;
    }
  });
  if (carry) out.push(joined((carry as { first: Raw }).first, (carry as { pieces: Span[] }).pieces, false));
  return out;
}

function joined(first: Raw, pieces: Span[], closed: boolean): Quoted {
  return { start: first.start, end: pieces.at(-1)!.end, mark: first.mark, closed, pieces };
}

function startsWithQuote(text: string, p: Span | undefined): boolean {
  return p !== undefined && /["“„«‘']/.test(text[p.start] ?? '');
}
