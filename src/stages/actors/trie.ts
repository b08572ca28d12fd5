/**
 * A character trie over the gazetteer's surfaces: the same matches as one regular expression of all of
 * them (`(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])`, scanned left to right without
 * overlaps), found in time linear in the text instead of trying every surface at every position.
 */

interface Node {
  readonly next: Map<number, Node>;
  /** True when a surface ends here. */
  end: boolean;
}

export interface Trie {
  readonly root: Node;
  /** Case-insensitive: surfaces stored in lower case, text characters folded as `/iu` folds them. */
  readonly caseInsensitive: boolean;
  /** 1 for each UTF-16 code that starts a surface (folded when case-insensitive): most positions stop here. */
  readonly first: Uint8Array;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Case folding for a case-insensitive trie. Its surfaces must be ASCII (checked by `buildTrie`): under
 * Unicode simple case folding only the ASCII letters' other case, the long s (ſ → s) and the Kelvin sign
 * (K → k) fold to ASCII; every other character matches only itself.
 */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}

export function buildTrie(surfaces: Iterable<string>, caseInsensitive: boolean): Trie {
  const root: Node = { next: new Map(), end: false };
  for (const s of surfaces) {
    if (s.length === 0) continue;
    // eslint-disable-next-line no-control-regex
    if (caseInsensitive && /[^\x00-\x7f]/.test(s)) throw new Error(`case-insensitive gazetteer surface is not ASCII: ${s}`);
    let node = root;
    for (let i = 0; i < s.length; i++) {
      const c = caseInsensitive ? foldCode(s.charCodeAt(i)) : s.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const first = new Uint8Array(0x10000);
  for (const c of root.next.keys()) first[c] = 1;
  if (caseInsensitive) for (let c = 0; c < 0x10000; c++) if (first[foldCode(c)]) first[c] = 1;
  return { root, caseInsensitive, first };
}

/** Whether a letter or digit (a whole code point, surrogate pairs included) ends just before `i`. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD.test(text.slice(i - 2, i));
  }
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD.test(text[i - 1]!);
}

/** Whether a letter or digit starts at `i`. */
function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** The matches, in text order: `{ index, text }` like a regular expression's `matchAll`. */
export function scanTrie(text: string, trie: Trie): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  const ends: number[] = [];
  const fold = trie.caseInsensitive;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (trie.first[code] === 0 || wordBefore(text, i)) {
      i++;
      continue;
    }
    let node = trie.root.next.get(fold ? foldCode(code) : code)!;
    ends.length = 0;
    for (let j = i + 1; ; j++) {
      if (node.end) ends.push(j);
      if (j >= text.length) break;
      const next: Node | undefined = node.next.get(fold ? foldCode(text.charCodeAt(j)) : text.charCodeAt(j));
      if (!next) break;
      node = next;
    }
    // The longest surface that ends at a word boundary, as the regular expression's longest-first alternation.
    let matched = -1;
    for (let k = ends.length - 1; k >= 0; k--) {
      if (!wordAt(text, ends[k]!)) {
        matched = ends[k]!;
        break;
      }
    }
    if (matched < 0) {
      i++;
      continue;
    }
    out.push({ index: i, text: text.slice(i, matched) });
    i = matched;
  }
  return out;
}
