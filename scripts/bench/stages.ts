/**
 * Per-stage extraction cost over raw-news/dev, the bundled VOA stories and the article-extraction HTML pages, in one process: each stage
 * is timed on inputs prepared once by the stages before it, so one stage's figure does not include
 * another's. Figures are each stage's share of the pipeline and its cost × the segment stage (the in-run
 * baseline: ratios, not absolute timings, compare across machines), plus extract() documents/s for
 * reference. No pass/fail on time. Run alone: `npx tsx scripts/bench/stages.ts`.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RawDocument } from '../../src/core/analysis.js';
import { createContext } from '../../src/core/stage.js';
import { extract } from '../../src/pipeline/extract.js';
import { actors } from '../../src/stages/actors/index.js';
import { clean } from '../../src/stages/clean/index.js';
import { dates } from '../../src/stages/dates/index.js';
import { decode } from '../../src/stages/decode/index.js';
import { events } from '../../src/stages/events/index.js';
import { metadata } from '../../src/stages/metadata/index.js';
import { readSources } from '../../src/stages/ingest/read-files.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import { datasetDir } from '../../test/support/shared.js';
import type { EvalSection, Figure } from '../eval/report.js';

const VOA = join(fileURLToPath(new URL('../../data/demo/voa_stories.jsonl', import.meta.url)));
const STAGES = ['decode', 'clean', 'metadata', 'segment', 'actors', 'quotes', 'dates', 'events'] as const;
type StageName = (typeof STAGES)[number];

export interface StagesBench {
  readonly corpus: string;
  readonly documents: number;
  readonly rounds: number;
  /** Milliseconds per document for each stage. */
  readonly msPerDocument: Readonly<Record<StageName, number>>;
  readonly extractPerSecond: number;
}

async function load(path: string): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const r of readSources([path])) if (r.ok) docs.push(r.value);
  return docs;
}

/** Every stage's input for every document, made once by running the stages in the pipeline's order. */
function prepare(docs: readonly RawDocument[]) {
  const ctx = createContext();
  return docs.flatMap((raw) => {
    const decoded = decode.run(raw, ctx);
    if (!decoded.ok) return [];
    const cleaned = clean.run(decoded.value, ctx);
    if (!cleaned.ok) return [];
    const meta = metadata.run({ decoded: decoded.value, cleaned: cleaned.value }, ctx);
    const text = cleaned.value.text;
    const publishedAt = meta.publishedAt;
    const segments = segment.run({ text }, ctx);
    const mentions = actors.run({ text, segments, publishedAt }, ctx);
    const attributions = quotes.run({ text, segments, mentions }, ctx);
    return [{ raw, decoded: decoded.value, cleaned: cleaned.value, text, publishedAt, segments, mentions, attributions }];
  });
}

type Prepared = ReturnType<typeof prepare>[number];

const RUN: Record<StageName, (p: Prepared) => unknown> = {
  decode: (p) => decode.run(p.raw, createContext()),
  clean: (p) => clean.run(p.decoded, createContext()),
  metadata: (p) => metadata.run({ decoded: p.decoded, cleaned: p.cleaned }, createContext()),
  segment: (p) => segment.run({ text: p.text }, createContext()),
  actors: (p) => actors.run({ text: p.text, segments: p.segments, publishedAt: p.publishedAt }, createContext()),
  quotes: (p) => quotes.run({ text: p.text, segments: p.segments, mentions: p.mentions }, createContext()),
  dates: (p) => dates.run({ text: p.text, segments: p.segments, attributions: p.attributions, publishedAt: p.publishedAt }, createContext()),
  events: (p) => events.run({ text: p.text, segments: p.segments, mentions: p.mentions, attributions: p.attributions, publishedAt: p.publishedAt }, createContext()),
};

/** Stages alternate round by round, so each sees the same load on a shared machine; one warm-up pass first. */
export async function benchStages(corpus: string, path: string, rounds = 3): Promise<StagesBench> {
  const docs = await load(path);
  const prepared = prepare(docs);
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageName, number>;
  for (const s of STAGES) for (const p of prepared) RUN[s](p);
  let extractMs = 0;
  for (const d of docs) extract(d);
  for (let r = 0; r < rounds; r++) {
    for (const s of STAGES) {
      const started = performance.now();
      for (const p of prepared) RUN[s](p);
      ms[s] += performance.now() - started;
    }
    const started = performance.now();
    for (const d of docs) extract(d);
    extractMs += performance.now() - started;
  }
  const n = prepared.length * rounds;
  const msPerDocument = Object.fromEntries(STAGES.map((s) => [s, ms[s] / n])) as Record<StageName, number>;
  return { corpus, documents: prepared.length, rounds, msPerDocument, extractPerSecond: (docs.length * rounds * 1000) / extractMs };
}

function section(b: StagesBench): EvalSection {
  const total = STAGES.reduce((t, s) => t + b.msPerDocument[s], 0);
  const figures: Figure[] = [{ label: 'extract() documents/s (1 thread)', value: b.extractPerSecond }];
  for (const s of STAGES) {
    figures.push({ label: `${s}: share of stage time`, value: `${((100 * b.msPerDocument[s]) / total).toFixed(1)} %` });
    figures.push({ label: `${s}: cost × segment`, value: b.msPerDocument[s] / b.msPerDocument.segment });
  }
  return { name: `stages: per-stage cost on ${b.corpus} (${b.documents} documents × ${b.rounds})`, skipped: null, figures };
}

/** The bench sections: raw-news/dev and the article-extraction HTML pages (when ../shared is present), and the bundled VOA stories. */
export async function benchStagesSections(): Promise<EvalSection[]> {
  const out: EvalSection[] = [];
  const raw = datasetDir('raw-news');
  if (raw) out.push(section(await benchStages('raw-news/dev', join(raw, 'dev'))));
  else out.push({ name: 'stages: per-stage cost on raw-news/dev', skipped: '../shared/datasets/raw-news is absent', figures: [] });
  out.push(section(await benchStages('VOA demo stories', VOA)));
  // The HTML pages add the clean stage's parsing (htmlparser2) and main-content extraction to the same pipeline.
  const html = datasetDir('article-extraction');
  if (html) out.push(section(await benchStages('article-extraction/dev (HTML)', join(html, 'dev', 'html'))));
  else out.push({ name: 'stages: per-stage cost on article-extraction/dev (HTML)', skipped: '../shared/datasets/article-extraction is absent', figures: [] });
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatSection } = await import('../eval/report.js');
  for (const s of await benchStagesSections()) process.stdout.write(`${formatSection(s)}\n`);
}
