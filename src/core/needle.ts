/**
 * Literal prefilters for word-list regular expressions: the longest run of plain characters every match
 * of a pattern must contain, so that a pattern whose run is absent from a text is never executed there.
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

/**
 * The longest literal run (lower case, at least `min` characters) that every match of `pattern` contains,
 * or null when the pattern has a top-level alternative or no such run.
 * @example needle('will (?:impose|introduce) (?:\\w+ )?sanctions') // ' sanctions'
 */
export function needle(pattern: string, min = 3): string | null {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === '|') return null;
    let next: number;
    let literal: string | null = null;
    if (c === '(' || c === '[') next = skip(pattern, i);
    else if (c === '\\') next = i + 2;
    else {
      next = i + 1;
      if (PLAIN.test(c)) literal = c.toLowerCase();
    }
    const quantified = next < pattern.length && QUANTIFIER.test(pattern[next]!);
    if (literal !== null && !quantified) run += literal;
    else end();
    i = next;
    if (quantified) {
      // Skip the quantifier itself ("{1,3}", "?", "+?").
      if (pattern[i] === '{') i = pattern.indexOf('}', i) + 1 || pattern.length;
      else i++;
      if (pattern[i] === '?') i++;
    }
  }
  end();
  const best = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return best.length >= min ? best : null;
}
