import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { createGunzip, gunzipSync } from 'node:zlib';
import { glob } from 'tinyglobby';
import type { MediaType, RawDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import type { FieldMapping } from './fields.js';
import { readCsv } from './read-csv.js';
import { readFeed } from './read-feed.js';
import { readJsonl } from './read-jsonl.js';
import { readUrl } from './read-url.js';
import { readWarc } from './read-warc.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl' | 'csv' | 'tsv' | 'feed' | 'warc';
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'jsonl', 'csv', 'tsv', 'feed', 'warc'];

export interface ReadOptions {
  /** Documents (and container records) larger than this are refused with INGEST_TOO_LARGE. */
  readonly maxBytes?: number;
  /** Forces how every source is read; `auto` goes by extension (and by content for stdin). */
  readonly format?: InputFormat;
  /** Field names in JSONL / CSV dumps; auto-detected when absent. */
  readonly fields?: FieldMapping;
  /** Fetch the linked page of feed items that carry no content. */
  readonly followLinks?: boolean;
  /** Standard input, replaceable in tests. */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** Paths never read (the database being written, when it sits in the directory being ingested). */
  readonly exclude?: readonly string[];
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Stage 1: files, directories (recursively, in name order), globs, URLs and `-` for stdin, each read
 * by the reader its format needs (text, HTML, .gz, JSONL, CSV/TSV, RSS/Atom, WARC). Streaming: one
 * result per document, in constant memory; a bad file or record is a coded failure, never a throw.
 */
export async function* readSources(sources: readonly string[], options: ReadOptions = {}): AsyncGenerator<Result<RawDocument>> {
  const o = { ...options, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, format: options.format ?? 'auto' };
  for (const source of sources) {
    if (source === '-') {
      yield* readStream(o.stdin ?? (process.stdin as AsyncIterable<Uint8Array>), 'stdin', o.format === 'auto' ? null : o.format, o);
    } else if (/^https?:\/\//i.test(source)) {
      yield* readUrl(source, { maxBytes: o.maxBytes, followLinks: Boolean(o.followLinks) });
    } else {
      yield* readPathOrGlob(source, o);
    }
  }
}

type Resolved = ReadOptions & { maxBytes: number; format: InputFormat };

async function* readPathOrGlob(source: string, o: Resolved): AsyncGenerator<Result<RawDocument>> {
  const exists = await stat(source).then(
    () => true,
    () => false,
  );
  if (!exists && /[*?[\]{}]/.test(source)) {
    const paths = (await glob(source, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(source) })).sort();
    if (paths.length === 0) yield fail('INGEST_NOT_FOUND', source, `No file matches ${source}; check the pattern (quote it so the shell does not expand it).`);
    for (const p of paths) yield* readPath(p, o);
    return;
  }
  yield* readPath(source, o);
}

async function* readPath(path: string, o: Resolved): AsyncGenerator<Result<RawDocument>> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield fail('INGEST_NOT_FOUND', path, `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}; check the path.`);
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      yield fail('INGEST_UNREADABLE', path, `Cannot list directory ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      yield* readPath(join(path, entry.name), o);
    }
    return;
  }
  if (!info.isFile()) return;
  if (o.exclude?.includes(resolve(path))) return;
  const format = o.format === 'auto' ? formatOf(path) : o.format;
  if (format && format !== 'text' && format !== 'html') {
    const stream = createReadStream(path);
    const bytes = path.toLowerCase().endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
    stream.on('error', (e) => bytes.destroy(e));
    yield* readContainer(bytes, path, format, o);
    return;
  }
  yield await readOneFile(path, info.size, o.maxBytes, format === 'html' ? 'text/html' : format === 'text' ? 'text/plain' : mediaTypeOf(path));
}

async function readOneFile(path: string, size: number, maxBytes: number, mediaType: MediaType | null): Promise<Result<RawDocument>> {
  if (size > maxBytes) {
    return fail('INGEST_TOO_LARGE', path, `${path} is ${size} bytes, over the ${maxBytes}-byte limit; raise --max-bytes or split the file.`, {
      bytes: size,
      limit: maxBytes,
    });
  }
  try {
    let body: Uint8Array = await readFile(path);
    if (path.toLowerCase().endsWith('.gz')) body = gunzipSync(body, { maxOutputLength: maxBytes });
    return ok({ source: path, body, mediaType });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return fail('INGEST_TOO_LARGE', path, `${path} unpacks to more than ${maxBytes} bytes; raise --max-bytes.`);
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return fail('INGEST_MALFORMED_CONTAINER', path, `${path} is not a valid gzip file (truncated or corrupt).`);
    return fail('INGEST_UNREADABLE', path, `Cannot read ${path}: ${code ?? String(e)}; check its permissions.`);
  }
}

function readContainer(bytes: AsyncIterable<Uint8Array>, name: string, format: InputFormat, o: Resolved): AsyncGenerator<Result<RawDocument>> {
  switch (format) {
    case 'jsonl':
      return readJsonl(bytes, name, o.maxBytes, o.fields);
    case 'csv':
    case 'tsv':
      return readCsv(bytes, name, o.maxBytes, o.fields, format === 'tsv' ? '\t' : ',');
    case 'feed':
      return readFeed(bytes, name, { maxBytes: o.maxBytes });
    default:
      return readWarc(bytes, name, o.maxBytes);
  }
}

/** Standard input: the format is given or sniffed from the first bytes. */
async function* readStream(stream: AsyncIterable<Uint8Array>, name: string, format: InputFormat | null, o: Resolved): AsyncGenerator<Result<RawDocument>> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  let head: Uint8Array = first.done ? new Uint8Array() : first.value;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    // gzip on stdin: unpack the whole stream, then sniff again.
    const gunzip = createGunzip();
    const rest = (async function* () {
      yield head;
      for (;;) {
        const n = await it.next();
        if (n.done) return;
        yield n.value;
      }
    })();
    void (async () => {
      try {
        for await (const c of rest) if (!gunzip.write(c)) await new Promise((r) => gunzip.once('drain', r));
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    })();
    yield* readStream(gunzip, name, format, o);
    return;
  }
  const all = (async function* () {
    if (head.length > 0) yield head;
    head = new Uint8Array();
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  })();
  const f = format ?? sniff(Buffer.from(head.subarray(0, 512)).toString('latin1'));
  if (f !== 'text' && f !== 'html') {
    yield* readContainer(all, name, f, o);
    return;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of all) {
    size += c.length;
    if (size > o.maxBytes) {
      yield fail('INGEST_TOO_LARGE', name, `Standard input is over the ${o.maxBytes}-byte limit; raise --max-bytes.`);
      return;
    }
    chunks.push(c);
  }
  yield ok({ source: name, body: Buffer.concat(chunks), mediaType: format === 'html' ? 'text/html' : format === 'text' ? 'text/plain' : null });
}

function sniff(head: string): InputFormat {
  const h = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (h.startsWith('WARC/')) return 'warc';
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(h) || /^<(rss|feed)\b/i.test(h)) return 'feed';
  if (h.startsWith('{')) return 'jsonl';
  return 'text';
}

/** The reader a path needs, by extension (before a `.gz`), or null for a single document. */
export function formatOf(path: string): InputFormat | null {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(p)) return 'jsonl';
  if (p.endsWith('.csv')) return 'csv';
  if (p.endsWith('.tsv')) return 'tsv';
  if (/\.(rss|atom|xml)$/.test(p)) return 'feed';
  if (/\.warc$/.test(p)) return 'warc';
  return null;
}

function mediaTypeOf(path: string): MediaType | null {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml)$/.test(p)) return 'text/html';
  if (/\.(txt|text|md)$/.test(p)) return 'text/plain';
  return null;
}
