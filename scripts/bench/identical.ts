/**
 * Output-identity check for speed work on the stages: hashes JSON.stringify(extract(doc)) (trace
 * included) for every document of raw-news/dev, polnear/dev and the bundled VOA stories, and either
 * saves the hashes (`--save FILE`) or compares them with a saved run (`--check FILE`), listing every
 * document whose output changed. A change meant only to make extraction faster must leave every hash
 * as it was. Run: `npx tsx scripts/bench/identical.ts --save /tmp/before.json`, change the code, then
 * `npx tsx scripts/bench/identical.ts --check /tmp/before.json` (exit code 1 on any difference).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../../src/core/analysis.js';
import { readSources } from '../../src/stages/ingest/read-files.js';
import { extract } from '../../src/pipeline/extract.js';
import { datasetDir } from '../../test/support/shared.js';
import { loadPolnear } from '../eval/polnear-data.js';

const VOA = fileURLToPath(new URL('../../data/demo/voa_stories.jsonl', import.meta.url));

async function load(path: string): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const r of readSources([path])) if (r.ok) docs.push(r.value);
  return docs;
}

/** Every corpus as (key, document) pairs; keys name the corpus and the document. */
async function corpora(): Promise<[string, RawDocument][]> {
  const out: [string, RawDocument][] = [];
  const raw = datasetDir('raw-news');
  if (raw) for (const d of await load(join(raw, 'dev'))) out.push([`raw-news:${d.source}`, d]);
  const polnear = datasetDir('polnear');
  if (polnear) for (const a of loadPolnear(join(polnear, 'dev'))) out.push([`polnear:${a.name}`, { source: a.name, body: a.text, mediaType: null }]);
  for (const d of await load(VOA)) out.push([`voa:${d.source}`, d]);
  return out;
}

const args = process.argv.slice(2);
const save = args[args.indexOf('--save') + 1];
const check = args[args.indexOf('--check') + 1];
const docs = await corpora();
const hashes: Record<string, string> = {};
const started = performance.now();
for (const [key, doc] of docs) {
  hashes[key] = createHash('sha256').update(JSON.stringify(extract(doc))).digest('hex');
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${docs.length} documents hashed in ${seconds.toFixed(1)} s (cold, one pass)\n`);
if (args.includes('--save') && save) {
  writeFileSync(save, `${JSON.stringify(hashes, null, 1)}\n`);
  process.stdout.write(`saved to ${save}\n`);
}
if (args.includes('--check') && check) {
  const before = JSON.parse(readFileSync(check, 'utf8')) as Record<string, string>;
  const keys = new Set([...Object.keys(before), ...Object.keys(hashes)]);
  const changed = [...keys].filter((k) => before[k] !== hashes[k]);
  for (const k of changed.slice(0, 30)) process.stdout.write(`changed: ${k}\n`);
  process.stdout.write(changed.length === 0 ? `identical: all ${keys.size} outputs\n` : `${changed.length} of ${keys.size} outputs differ\n`);
  if (changed.length > 0) process.exitCode = 1;
}
