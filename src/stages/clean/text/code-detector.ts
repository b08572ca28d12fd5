/**
 * Recognises leftover JavaScript, CSS and JSON by what it is (density of code tokens and code
 * constructs), never by a site's strings: a scraped page's ad or player loader looks like
 * `x.cmd.push(function () { … });` whatever the vendor.
 */

// Constructs that are rare in prose and common in code. Each match counts once.
const CODE_MARKERS: readonly RegExp[] = [
  /\bfunction\s*\w*\s*\(/g,
  /\b(?:var|let|const)\s+[\w$]+\s*=/g,
  /=>/g,
  /\b(?:document|window|console|navigator|localStorage)\.[\w$]+/g,
  /[\w$\])]\.[\w$]+\s*\(/g, // method call: a.b( or x).b(
  /\.push\s*\(/g,
  /[!=]==?/g,
  /&&|\|\|/g,
  /\bif\s*\(/g,
  /\}\s*else\b/g,
  /\breturn\b[^.]*;/g,
  /;\s*(?:$|[}\w$])/g, // statement separator
  /"[\w$-]+"\s*:\s*["{[\d]/g, // JSON key
  /[\w-]+\s*:\s*[^;{}]{1,60};/g, // CSS declaration
  /@media|!important/g,
  /\bnew\s+[A-Z]\w*\s*\(/g,
];

const CODE_CHARS = /[{}();=<>[\]|&$\\+]/g;

export interface CodeScore {
  /** Code-punctuation characters per character. */
  readonly density: number;
  /** Distinct code constructs found. */
  readonly markers: number;
}

export function codeScore(text: string): CodeScore {
  const len = text.length || 1;
  const density = (text.match(CODE_CHARS)?.length ?? 0) / len;
  let markers = 0;
  for (const re of CODE_MARKERS) {
    re.lastIndex = 0;
    markers += Math.min(text.match(re)?.length ?? 0, 3);
  }
  return { density, markers };
}

/** True when a whole line is code: several constructs and dense punctuation, or a JSON blob. */
export function isCodeLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 8) return /^[{}()[\];]+$/.test(t);
  if (isJsonBlob(t)) return true;
  // Every verdict below needs this density: prose stops here without the marker regexes.
  if ((t.match(CODE_CHARS)?.length ?? 0) / t.length < 0.04) return false;
  const { density, markers } = codeScore(t);
  if (markers >= 2 && hasProseOutsideCode(t)) return false; // prose with a glued loader: cut inline instead
  // Prose with a parenthesis or a semicolon scores one marker and a density near 0.01;
  // loader lines score 3+ markers and 0.06+ density.
  if (markers >= 3 && density >= 0.04) return true;
  if (markers >= 2 && density >= 0.08) return true;
  return density >= 0.2 && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(t.replace(/[{}();=<>[\]]/g, ' '));
}

/** Sentences left once inline code and quoted strings are taken out ("The talks ended on Friday."). */
function hasProseOutsideCode(t: string): boolean {
  let rest = '';
  let at = 0;
  for (const [s, e] of findInlineCode(t)) {
    rest += `${t.slice(at, s)} `;
    at = e;
  }
  rest = (rest + t.slice(at)).replace(/(["'`])(?:\\.|(?!\1).)*\1/g, ' ');
  return /\b[A-Za-z][a-z]+(?:[ ,]+[a-z]+){3,}[.!?]/.test(rest) && codeScore(rest).density < 0.03;
}

function isJsonBlob(t: string): boolean {
  if (!/^[{[]/.test(t) || !/[}\]]$/.test(t) || t.length < 16) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return /^\{\s*"[^"]+"\s*:/.test(t) && codeScore(t).density > 0.05;
  }
}

/**
 * Code embedded inside a prose line: [start, end) ranges (offsets into `line`) of statements such
 * as `googletag.cmd.push(function(){…});` glued between sentences. Each range starts at a code
 * construct, runs to its balanced end and the following `;`, and must itself read as code.
 */
export function findInlineCode(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Glued loaders sit in paragraphs of ordinary length; a huge line is checked as a whole instead.
  if (line.length > MAX_INLINE_LINE) return out;
  // Every range kept holds a ';' or '{' (the test below): a line without either has none to find.
  if (!/[;{]/.test(line)) return out;
  const start = /(?:\b(?:var|let|const)\s+[\w$]+\s*=|\bfunction\s*\(|\bif\s*\(|\b[\w$]+(?:\.[\w$]+)+\s*\(|\b(?:document|window|console)\.)/g;
  let m: RegExpExecArray | null;
  while ((m = start.exec(line))) {
    const end = extendStatement(line, m.index);
    if (end === null) continue;
    const span = line.slice(m.index, end);
    const { markers, density } = codeScore(span);
    if (span.length >= 12 && markers >= 2 && density >= 0.06 && /[;{]/.test(span)) {
      out.push([m.index, end]);
      start.lastIndex = end;
    }
  }
  return mergeAdjacent(line, out);
}

const MAX_STATEMENT = 4000;
const MAX_INLINE_LINE = 20_000;

/** From `from`, the end of a statement: brackets balanced, then an optional `;`. Null if unbalanced. */
function extendStatement(line: string, from: number): number | null {
  let depth = 0;
  let quote: string | null = null;
  let seenBracket = false;
  // A statement longer than this is not a glued loader call; the bound keeps long lines linear.
  const stop = Math.min(line.length, from + MAX_STATEMENT);
  for (let i = from; i < stop; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '{' || c === '[') {
      depth++;
      seenBracket = true;
    } else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth < 0) return null;
      if (depth === 0 && seenBracket) {
        let j = i + 1;
        while (line[j] === ' ') j++;
        if (line[j] === ';') return j + 1;
        if (line[j] === '.' && /[\w$]/.test(line[j + 1] ?? '')) continue; // chained call
        return i + 1;
      }
    } else if (c === ';' && depth === 0) return i + 1;
  }
  return null;
}

function mergeAdjacent(line: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(line.slice(last[1], r[0]))) last[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}
