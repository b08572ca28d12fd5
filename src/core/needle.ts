/**
 * Literal prefilters for word-list regular expressions: literals one of which every match
 * of a pattern must contain, so that a pattern none of whose literals is in a text is never executed there.
 * Skipping is exact: a needle is only taken where the pattern cannot match without it.
 */
import memoData from './needle-memo.json' with { type: 'json' };

// Characters that stand for themselves in a pattern and under case-insensitive Unicode matching match only
// themselves, their other ASCII case, and (for s and k) the long s and the Kelvin sign, which `fold` maps.
const PLAIN = /[a-z0-9 ',-]/i;
const QUANTIFIER = /[?*+{]/;

/** The text a needle is looked for in: lower case, long s as s (toLowerCase already maps the Kelvin sign). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Index just past the group or class opening at `i` (escapes and nesting respected). */
function skip(p: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < p.length; k++) {
    const c = p[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      if (depth === 0) return skipClass(p, k);
      inClass = true;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return p.length;
}

function skipClass(p: string, i: number): number {
  for (let k = i + 1; k < p.length; k++) {
    if (p[k] === '\\') k++;
    else if (p[k] === ']') return k + 1;
  }
  return p.length;
}

/** The top-level alternatives of a pattern (split at `|` outside groups and classes). */
function alternatives(p: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    if (c === '\\') i += 2;
    else if (c === '(' || c === '[') i = skip(p, i);
    else {
      if (c === '|') {
        out.push(p.slice(from, i));
        from = i + 1;
      }
      i++;
    }
  }
  out.push(p.slice(from));
  return out;
}

function score(set: readonly string[]): number {
  return Math.min(...set.map((n) => n.length));
}

/** One-of literal sets every match of one alternative (no top-level `|`) must contain one of. */
function sequence(p: string): string[][] {
  const sets: string[][] = [];
  let run = '';
  const end = () => {
    if (run) sets.push([run]);
    run = '';
  };
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    let next: number;
    let literal: string | null = null;
    let group: string[] | null = null;
    if (c === '(') {
      next = skip(p, i);
      // A capturing or non-capturing group (not a lookaround): one of its alternatives' literals is in the match.
      const inner = p.startsWith('(?:', i) ? p.slice(i + 3, next - 1) : p[i + 1] === '?' ? null : p.slice(i + 1, next - 1);
      if (inner !== null) group = computeAnyOf(inner, 3);
    } else if (c === '[') next = skip(p, i);
    else if (c === '\\') next = i + 2;
    else {
      next = i + 1;
      if (PLAIN.test(c)) literal = c.toLowerCase();
    }
    const quantified = next < p.length && QUANTIFIER.test(p[next]!);
    if (literal !== null && !quantified) run += literal;
    else {
      end();
      if (group && !quantified) sets.push(group);
    }
    i = next;
    if (quantified) {
      // Skip the quantifier itself ("{1,3}", "?", "+?").
      if (p[i] === '{') i = p.indexOf('}', i) + 1 || p.length;
      else i++;
      if (p[i] === '?') i++;
    }
  }
  end();
  return sets;
}

/*
 * The needles of the patterns the stages declare (their data files: lexicons, wrongs, clean-text rules) are the
 * same in every process, and working them out at load took each worker ~30 ms of parsing and TurboFan another
 * ~40 ms to optimise the parser. needle-memo.json holds them, made by `npx tsx scripts/build/needle-memo.ts`;
 * needle-memo.test.ts fails when an entry is not what anyOf/allOf work out (or a declared pattern is missing).
 * A pattern not in the memo is worked out as before: the memo changes when needles are found, never which.
 */
const MEMO_MIN = 3;
const memoAny = new Map<string, readonly string[] | null>(memoData.anyOf as [string, string[] | null][]);
const memoAll = new Map<string, readonly (readonly string[])[]>(memoData.allOf as [string, string[][]][]);

let recording = false;

/** From now on, `used` records every pattern anyOf and allOf are asked about (with the default `min`). */
export function recordNeedles(): void {
  recording = true;
}

/** The patterns anyOf and allOf were asked about since recordNeedles(), and their answers. */
export const used = {
  anyOf: new Map<string, readonly string[] | null>(),
  allOf: new Map<string, readonly (readonly string[])[]>(),
};

/** The needles worked out from the pattern itself, without the memo (for the memo's maker and its test). */
export const computeNeedles = {
  anyOf: (pattern: string): string[] | null => computeAnyOf(pattern, MEMO_MIN),
  allOf: (pattern: string): string[][] => computeAllOf(pattern, MEMO_MIN),
};

/**
 * Literals (lower case) one of which every match of `pattern` contains, or null when none is known.
 * Each alternative contributes its most selective set (the one whose shortest literal is longest).
 * @example anyOf('(?:send|deploy\\w*) (?:\\w+ ){0,4}(?:troops|forces)') // ['troops', 'forces']
 */
export function anyOf(pattern: string, min = 3): string[] | null {
  if (min !== MEMO_MIN) return computeAnyOf(pattern, min);
  const memo = memoAny.get(pattern);
  const found = memo === undefined ? computeAnyOf(pattern, min) : memo && [...memo];
  if (recording) used.anyOf.set(pattern, found);
  return found;
}

function computeAnyOf(pattern: string, min: number): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(pattern)) {
    const best = sequence(alt).reduce<string[] | null>((a, b) => (a === null || score(b) > score(a) ? b : a), null);
    if (!best || score(best) < min) return null;
    out.push(...best);
  }
  return [...new Set(out)];
}

/**
 * Every literal set each match of `pattern` must contain one of (all must be present for a match), for a pattern
 * without top-level alternatives; sets whose shortest literal is under `min` characters are left out. For a pattern
 * with alternatives, the one set anyOf gives (or none). A stricter prefilter than anyOf: a text must hold a literal
 * of each set, not of one.
 * @example allOf('(?:we|I) (?:appeal|ask)') // [['appeal', 'ask']]
 */
export function allOf(pattern: string, min = 3): string[][] {
  if (min !== MEMO_MIN) return computeAllOf(pattern, min);
  const memo = memoAll.get(pattern);
  const found = memo === undefined ? computeAllOf(pattern, min) : memo.map((set) => [...set]);
  if (recording) used.allOf.set(pattern, found);
  return found;
}

function computeAllOf(pattern: string, min: number): string[][] {
  const alts = alternatives(pattern);
  if (alts.length > 1) {
    const one = computeAnyOf(pattern, min);
    return one ? [one] : [];
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const set of sequence(alts[0]!)) {
    if (score(set) < min) continue;
    const unique = [...new Set(set)];
    const key = unique.slice().sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(unique);
  }
  return out;
}

/** Whether the folded text holds one of the needles (no needles: the pattern must be run). */
export function mayMatch(folded: string, needles: readonly string[] | null): boolean {
  return needles === null || needles.some((n) => folded.includes(n));
}

/**
 * Many needle lists looked for in one pass over a folded text (an Aho–Corasick automaton), for callers that test
 * hundreds of patterns' needles against the same text: `includes` once per needle re-reads the text each time.
 * `present(folded)[k]` is exactly `mayMatch(folded, lists[k])`.
 */
export class NeedleIndex {
  /** Character code → its column in `delta` (0: a character no needle holds, which leads back to the start). */
  private readonly column = new Uint16Array(65536);
  private readonly columns: number;
  /**
   * The automaton's move from each state on each column (the failure links folded in). In 16 bits while the
   * states allow: half the memory, and the scan reads it at every character, mostly from cache.
   */
  private readonly delta: Uint16Array | Int32Array;
  /**
   * Needle ids ending at each state, its failure chain's included: `outIds[outAt[s]]` to `outIds[outAt[s + 1] - 1]`
   * (flat typed arrays: the scan reads them at every character).
   */
  private readonly outAt: Int32Array;
  private readonly outIds: Int32Array;
  /** For each needle id, the lists holding it, likewise flat (`listIds[listAt[id]]` …); each list's answer before any needle is found (null: true). */
  private readonly listAt: Int32Array;
  private readonly listIds: Int32Array;
  private readonly always: boolean[];
  /**
   * Which needles the current call has found: `found[id] === pass`. One array for every call (a typed array made
   * per call cost more than the scan of a sentence), each call with its own pass number.
   */
  private readonly found: Uint32Array;
  /** The same for lists, in presentLists. */
  private readonly listFound: Uint32Array;
  private pass = 0;

  constructor(lists: readonly (readonly string[] | null)[]) {
    const ids = new Map<string, number>();
    const listsOf: number[][] = [];
    const out: number[][] = [[]];
    lists.forEach((l, k) => {
      for (const n of l ?? []) {
        if (!ids.has(n)) {
          ids.set(n, ids.size);
          listsOf.push([]);
        }
        listsOf[ids.get(n)!]!.push(k);
      }
    });
    [this.listAt, this.listIds] = flat(listsOf);
    this.always = lists.map((l) => l === null);
    this.found = new Uint32Array(listsOf.length);
    this.listFound = new Uint32Array(lists.length);
    const columns = numberColumns(ids, this.column);
    this.columns = columns;
    // Each step in a function of its own: V8 optimises a long loop while it runs (on-stack replacement), and code
    // optimised in the middle of one big constructor met the later loops without type feedback and was thrown away,
    // five times per index in every worker.
    const next = trie(ids, this.column, out);
    const delta = automaton(next, columns, out);
    this.delta = delta;
    [this.outAt, this.outIds] = flat(out);
  }

  /** For each list, whether the folded text holds one of its needles (a null list: true). */
  present(folded: string): boolean[] {
    const result = this.always.slice();
    for (const list of this.presentLists(folded)) result[list] = true;
    return result;
  }

  /**
   * The lists (their indices, each once, in no set order) the folded text holds a needle of; null lists are not
   * among them. For a caller that looks at the few lists a text holds, not at every list of a large index.
   */
  presentLists(folded: string): number[] {
    const lists: number[] = [];
    if (this.pass === 0xffffffff) {
      this.found.fill(0);
      this.listFound.fill(0);
      this.pass = 0;
    }
    const pass = ++this.pass;
    const { delta, column, columns, outAt, outIds, listAt, listIds, found, listFound } = this;
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      state = delta[state * columns + column[folded.charCodeAt(i)]!]!;
      for (let k = outAt[state]!, end = outAt[state + 1]!; k < end; k++) {
        const id = outIds[k]!;
        if (found[id] === pass) continue;
        found[id] = pass;
        for (let l = listAt[id]!, lend = listAt[id + 1]!; l < lend; l++) {
          const list = listIds[l]!;
          if (listFound[list] === pass) continue;
          listFound[list] = pass;
          lists.push(list);
        }
      }
    }
    return lists;
  }
}

/** Gives each character of a needle its column (1, 2, …, in order of first use); the number of columns. */
function numberColumns(ids: ReadonlyMap<string, number>, column: Uint16Array): number {
  let columns = 1;
  for (const needle of ids.keys()) for (let i = 0; i < needle.length; i++) if (column[needle.charCodeAt(i)] === 0) column[needle.charCodeAt(i)] = columns++;
  return columns;
}

/** The trie of the needles, by column: `next[state]` maps a column to the next state; `out[state]` gets the needles ending there. */
function trie(ids: ReadonlyMap<string, number>, column: Uint16Array, out: number[][]): Map<number, number>[] {
  const next: Map<number, number>[] = [new Map()];
  for (const [needle, id] of ids) {
    let state = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = column[needle.charCodeAt(i)]!;
      let to = next[state]!.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        out.push([]);
        next[state]!.set(c, to);
      }
      state = to;
    }
    out[state]!.push(id);
  }
  return next;
}

/**
 * The automaton's moves from the trie, breadth first, so a state's failure (the longest proper suffix of its path
 * that is also a path, always shallower) is complete before it: a missing move is the failure's move. Each state's
 * `out` takes its failure's needles.
 */
function automaton(next: readonly Map<number, number>[], columns: number, out: number[][]): Uint16Array | Int32Array {
  const delta = next.length <= 0xffff ? new Uint16Array(next.length * columns) : new Int32Array(next.length * columns);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (const [c, to] of next[0]!) {
    delta[c] = to;
    queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    // The failure's moves (its row, already complete), then the trie's own moves over them, in column order.
    delta.copyWithin(state * columns, f * columns, f * columns + columns);
    for (const [c, to] of [...next[state]!].sort((a, b) => a[0] - b[0])) {
      delta[state * columns + c] = to;
      fail[to] = delta[f * columns + c]!;
      out[to]!.push(...out[fail[to]!]!);
      queue.push(to);
    }
  }
  // Column 0 (a character in no needle) leads every state back to the start.
  for (let state = 0; state < next.length; state++) delta[state * columns] = 0;
  return delta;
}

/** Arrays of numbers as one: `values[at[k]]` to `values[at[k + 1] - 1]` are `arrays[k]`. */
function flat(arrays: readonly (readonly number[])[]): [at: Int32Array, values: Int32Array] {
  const at = new Int32Array(arrays.length + 1);
  arrays.forEach((a, k) => (at[k + 1] = at[k]! + a.length));
  return [at, Int32Array.from(arrays.flat())];
}
