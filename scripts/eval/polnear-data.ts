/**
 * PolNeAR reader (../shared/datasets/polnear, brat standoff; see its CARD.md). Offsets in the .ann files
 * are Unicode code points; they are converted to JavaScript string indices here. Read-only: nothing of
 * the corpus is written anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/core/analysis.js';

export interface GoldAttribution {
  readonly content: readonly Span[];
  readonly cue: readonly Span[] | null;
  readonly source: Span | null;
}

export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldAttribution[];
}

/** UTF-16 index of each code-point index (one past the end included). */
function codePointIndex(text: string): number[] {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return map;
}

/** Parses one .ann file against its text. Only Source/Cue/Content spans tied by an E line count. */
export function parseAnn(text: string, ann: string): GoldAttribution[] {
  const cp = codePointIndex(text);
  const at = (n: number) => cp[Math.min(n, cp.length - 1)]!;
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/.exec(line);
    if (t) {
      spans.set(t[1]!, t[3]!.split(';').map((p) => {
        const [a, b] = p.split(' ').map(Number);
        return { start: at(a!), end: at(b!) };
      }));
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) events.push(Object.fromEntries(e[1]!.trim().split(/\s+/).map((kv) => kv.split(':') as [string, string])));
  }
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content) continue;
    const source = e.Source ? spans.get(e.Source) : undefined;
    const cue = e.Cue ? spans.get(e.Cue) : undefined;
    out.push({ content, cue: cue ?? null, source: source ? { start: source[0]!.start, end: source.at(-1)!.end } : null });
  }
  return out.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

/** Every article of a split, each with the alphabetically first annotator's file. */
export function loadPolnear(dir: string, limit = Infinity): PolnearArticle[] {
  const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const out: PolnearArticle[] = [];
  for (const f of texts.slice(0, limit)) {
    const name = f.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(`${name}_`));
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', f), 'utf8');
    out.push({ name, text, gold: parseAnn(text, readFileSync(join(dir, 'attributions', ann), 'utf8')) });
  }
  return out;
}
