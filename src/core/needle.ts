/**
 * Literal prefilters for word-list regular expressions: literals one of which every match
 * of a pattern must contain, so that a pattern none of whose literals is in a text is never executed there.
 * Skipping is exact: a needle is only taken where the pattern cannot match without it.
 */

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
      if (inner !== null) group = anyOf(inner);
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

/**
 * Literals (lower case) one of which every match of `pattern` contains, or null when none is known.
 * Each alternative contributes its most selective set (the one whose shortest literal is longest).
 * @example anyOf('(?:send|deploy\\w*) (?:\\w+ ){0,4}(?:troops|forces)') // ['troops', 'forces']
 */
export function anyOf(pattern: string, min = 3): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(pattern)) {
    const best = sequence(alt).reduce<string[] | null>((a, b) => (a === null || score(b) > score(a) ? b : a), null);
    if (!best || score(best) < min) return null;
    out.push(...best);
  }
  return [...new Set(out)];
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
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Needle ids ending at each state, its failure chain's included. */
  private readonly out: number[][] = [[]];
  private readonly lists: readonly (readonly number[] | null)[];
  private readonly needles: number;

  constructor(lists: readonly (readonly string[] | null)[]) {
    const ids = new Map<string, number>();
    this.lists = lists.map((l) => (l === null ? null : l.map((n) => ids.get(n) ?? (ids.set(n, ids.size), ids.size - 1))));
    this.needles = ids.size;
    for (const [needle, id] of ids) {
      let state = 0;
      for (let i = 0; i < needle.length; i++) {
        const c = needle.charCodeAt(i);
        let to = this.next[state]!.get(c);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[state]!.set(c, to);
        }
        state = to;
      }
      this.out[state]!.push(id);
    }
    // Breadth first: each state's failure is the longest proper suffix of its path that is also a path.
    const queue = [...this.next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const [c, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to]!.push(...this.out[this.fail[to]!]!);
        queue.push(to);
      }
    }
  }

  /** For each list, whether the folded text holds one of its needles (a null list: true). */
  present(folded: string): boolean[] {
    const found = new Uint8Array(this.needles);
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let to = this.next[state]!.get(c);
      while (to === undefined && state !== 0) {
        state = this.fail[state]!;
        to = this.next[state]!.get(c);
      }
      state = to ?? 0;
      for (const id of this.out[state]!) found[id] = 1;
    }
    return this.lists.map((l) => l === null || l.some((id) => found[id] === 1));
  }
}
