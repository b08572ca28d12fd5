/**
 * Per-stage extraction cost over raw-news/dev, polnear/dev, the bundled VOA stories and the article-extraction HTML pages, in one process: each stage
 * is timed on inputs prepared once by the stages before it, so one stage's figure does not include
 * another's. Figures are each stage's share of the pipeline and its cost × the segment stage (the in-run
 * baseline: ratios, not absolute timings, compare across machines), plus extract() documents/s for
 * reference. Times are the process's CPU time (process.cpuUsage), not wall time: on a machine shared with other
 * jobs, CPU time moves far less with their load. No pass/fail on time. Run alone: `npx tsx scripts/bench/stages.ts`
 * (`--rounds N`, and corpus names to run only some: `npx tsx scripts/bench/stages.ts raw-news polnear`).
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
import { loadPolnear } from '../eval/polnear-data.js';
import type { EvalSection, Figure } from '../eval/report.js';

const VOA = join(fileURLToPath(new URL('../../data/demo/voa_stories.jsonl', import.meta.url)));
const STAGES = ['decode', 'clean', 'metadata', 'segment', 'actors', 'quotes', 'dates', 'events'] as const;
type StageName = (typeof STAGES)[number];

export interface StagesBench {
  readonly corpus: string;
  readonly documents: number;
  readonly rounds: number;
  /** CPU milliseconds per document for each stage. */
  readonly msPerDocument: Readonly<Record<StageName, number>>;
  /** CPU milliseconds per document for the whole extract(). */
  readonly extractMsPerDocument: number;
  readonly extractPerSecond: number;
}

/** CPU milliseconds (user + system) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
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

// Each run gets its own copy of the segments: stages remember per-document work keyed by that object, and a
// round must not reuse what the round before it remembered.
const RUN: Record<StageName, (p: Prepared) => unknown> = {
  decode: (p) => decode.run(p.raw, createContext()),
  clean: (p) => clean.run(p.decoded, createContext()),
  metadata: (p) => metadata.run({ decoded: p.decoded, cleaned: p.cleaned }, createContext()),
  segment: (p) => segment.run({ text: p.text }, createContext()),
  actors: (p) => actors.run({ text: p.text, segments: { ...p.segments }, publishedAt: p.publishedAt }, createContext()),
  quotes: (p) => quotes.run({ text: p.text, segments: { ...p.segments }, mentions: p.mentions }, createContext()),
  dates: (p) => dates.run({ text: p.text, segments: { ...p.segments }, attributions: p.attributions, publishedAt: p.publishedAt }, createContext()),
  events: (p) => events.run({ text: p.text, segments: { ...p.segments }, mentions: p.mentions, attributions: p.attributions, publishedAt: p.publishedAt }, createContext()),
};

/** Stages alternate round by round, so each sees the same load on a shared machine; one warm-up pass first. */
export async function benchStages(corpus: string, path: string | readonly RawDocument[], rounds = 3): Promise<StagesBench> {
  const docs = typeof path === 'string' ? await load(path) : path;
  const prepared = prepare(docs);
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageName, number>;
  for (const s of STAGES) for (const p of prepared) RUN[s](p);
  let extractMs = 0;
  for (const d of docs) extract(d);
  for (let r = 0; r < rounds; r++) {
    for (const s of STAGES) {
      const started = process.cpuUsage();
      for (const p of prepared) RUN[s](p);
      ms[s] += cpuMs(started);
    }
    const started = process.cpuUsage();
    for (const d of docs) extract(d);
    extractMs += cpuMs(started);
  }
  const n = prepared.length * rounds;
  const msPerDocument = Object.fromEntries(STAGES.map((s) => [s, ms[s] / n])) as Record<StageName, number>;
  const extractMsPerDocument = extractMs / (docs.length * rounds);
  return { corpus, documents: prepared.length, rounds, msPerDocument, extractMsPerDocument, extractPerSecond: 1000 / extractMsPerDocument };
}

function section(b: StagesBench): EvalSection {
  const total = STAGES.reduce((t, s) => t + b.msPerDocument[s], 0);
  const figures: Figure[] = [
    { label: 'extract() documents/s (1 thread, CPU time)', value: b.extractPerSecond },
    { label: 'extract() CPU ms/document', value: b.extractMsPerDocument },
  ];
  for (const s of STAGES) {
    figures.push({ label: `${s}: CPU ms/document`, value: b.msPerDocument[s] });
    figures.push({ label: `${s}: share of stage time`, value: `${((100 * b.msPerDocument[s]) / total).toFixed(1)} %` });
    figures.push({ label: `${s}: cost × segment`, value: b.msPerDocument[s] / b.msPerDocument.segment });
  }
  return { name: `stages: per-stage cost on ${b.corpus} (${b.documents} documents × ${b.rounds})`, skipped: null, figures };
}

/**
 * The bench sections: raw-news/dev, polnear/dev and the article-extraction HTML pages (when ../shared is
 * present), and the bundled VOA stories; `only` keeps the corpora whose name contains one of its words.
 */
export async function benchStagesSections(only: readonly string[] = [], rounds = 3): Promise<EvalSection[]> {
  const out: EvalSection[] = [];
  const want = (name: string) => only.length === 0 || only.some((o) => name.includes(o));
  const raw = datasetDir('raw-news');
  if (want('raw-news')) {
    if (raw) out.push(section(await benchStages('raw-news/dev', join(raw, 'dev'), rounds)));
    else out.push({ name: 'stages: per-stage cost on raw-news/dev', skipped: '../shared/datasets/raw-news is absent', figures: [] });
  }
  const polnear = datasetDir('polnear');
  if (want('polnear')) {
    const articles = polnear ? loadPolnear(join(polnear, 'dev')).map((a): RawDocument => ({ source: a.name, body: a.text, mediaType: null })) : null;
    if (articles) out.push(section(await benchStages('polnear/dev', articles, rounds)));
    else out.push({ name: 'stages: per-stage cost on polnear/dev', skipped: '../shared/datasets/polnear is absent', figures: [] });
  }
  if (want('VOA')) out.push(section(await benchStages('VOA demo stories', VOA, rounds)));
  // The HTML pages add the clean stage's parsing (htmlparser2) and main-content extraction to the same pipeline.
  const html = datasetDir('article-extraction');
  if (want('article-extraction')) {
    if (html) out.push(section(await benchStages('article-extraction/dev (HTML)', join(html, 'dev', 'html'), rounds)));
    else out.push({ name: 'stages: per-stage cost on article-extraction/dev (HTML)', skipped: '../shared/datasets/article-extraction is absent', figures: [] });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatSection } = await import('../eval/report.js');
  const args = process.argv.slice(2);
  const r = args.indexOf('--rounds');
  const rounds = r >= 0 ? Number(args[r + 1]) : 3;
  const only = args.filter((a, i) => !a.startsWith('--') && (r < 0 || i !== r + 1));
  for (const s of await benchStagesSections(only, rounds)) process.stdout.write(`${formatSection(s)}\n`);
}
