/**
 * MinHash over word 5-shingles: near-duplicate articles (syndication, wire copy reprinted by several
 * outlets, a page saved twice with different furniture) share most shingles, so their signatures agree
 * in most positions. Locality-sensitive bands find candidates without comparing every pair.
 */
import { WordRegExp } from '../../core/word-regexp.js';

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE = 5;
/**
 * Words hashed per document: enough to tell syndicated copies apart from distinct stories (news
 * articles are shorter), while a 200 KB page costs no more than a long article.
 */
const MAX_WORDS = 4000;
/** Above this estimated Jaccard similarity two articles are the same story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

// Fixed seeds: signatures must be identical across runs and processes.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a of `words[from..to)` joined by single spaces, without building the joined string: the same
 * value as hashing `words.slice(from, to).join(' ')` (signatures stored by earlier versions stay
 * comparable), and no string and array allocated per shingle.
 */
function fnv1aWords(words: readonly string[], from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 0x20, FNV_PRIME);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

// Runs of Unicode letters and digits, in their ASCII form on an ASCII-worded text (core/word-regexp.ts): the
// same words, found three times as fast.
const WORDS = new WordRegExp(String.raw`[\p{L}\p{N}]+`, 'gu');

/** The MinHash signature of a text, or null when it has no words. Runs in the workers, once per document. */
export function signature(text: string): number[] | null {
  const lower = text.toLowerCase();
  const words = lower.match(WORDS.for(lower));
  if (!words || words.length === 0) return null;
  const count = Math.min(words.length, MAX_WORDS);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, count - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1aWords(words, i, Math.min(i + SHINGLE, count));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix32(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** One integer per band (band index in the high bits): documents sharing any band are candidates. */
export function bands(sig: readonly number[]): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ sig[b * ROWS + r]!);
    out.push(b * 2 ** 32 + h);
  }
  return out;
}

export function encodeSignature(sig: readonly number[]): Uint8Array {
  const buf = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf;
}

export function decodeSignature(bytes: Uint8Array): number[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= buf.length; i += 4) out.push(buf.readUInt32LE(i));
  return out;
}
