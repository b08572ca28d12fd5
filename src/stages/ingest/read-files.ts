import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { MediaType, RawDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';

export interface ReadOptions {
  /** Documents larger than this are refused with INGEST_TOO_LARGE. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Stage 1 for plain files: a file, a directory (recursively, in name order) or `-` for stdin.
 * Yields one result per document; a bad file is a failure, never a thrown error.
 */
export async function* readSources(sources: readonly string[], options: ReadOptions = {}): AsyncGenerator<Result<RawDocument>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const source of sources) {
    if (source === '-') {
      yield await readStdin(maxBytes);
      continue;
    }
    yield* readPath(source, maxBytes);
  }
}

async function* readPath(path: string, maxBytes: number): AsyncGenerator<Result<RawDocument>> {
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
      yield* readPath(join(path, entry.name), maxBytes);
    }
    return;
  }
  if (!info.isFile()) return;
  if (info.size > maxBytes) {
    yield fail('INGEST_TOO_LARGE', path, `${path} is ${info.size} bytes, over the ${maxBytes}-byte limit; raise --max-bytes or split the file.`, {
      bytes: info.size,
      limit: maxBytes,
    });
    return;
  }
  try {
    let body: Uint8Array = await readFile(path);
    if (path.endsWith('.gz')) body = gunzipSync(body, { maxOutputLength: maxBytes });
    yield ok({ source: path, body, mediaType: mediaTypeOf(path) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      yield fail('INGEST_TOO_LARGE', path, `${path} unpacks to more than ${maxBytes} bytes; raise --max-bytes.`);
    } else if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
      yield fail('INGEST_MALFORMED_CONTAINER', path, `${path} is not a valid gzip file (truncated or corrupt).`);
    } else {
      yield fail('INGEST_UNREADABLE', path, `Cannot read ${path}: ${code ?? String(e)}; check its permissions.`);
    }
  }
}

async function readStdin(maxBytes: number): Promise<Result<RawDocument>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return fail('INGEST_TOO_LARGE', 'stdin', `Standard input is over the ${maxBytes}-byte limit; raise --max-bytes.`);
    chunks.push(chunk as Buffer);
  }
  return ok({ source: 'stdin', body: Buffer.concat(chunks), mediaType: null });
}

function mediaTypeOf(path: string): MediaType | null {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml)$/.test(p)) return 'text/html';
  if (/\.(txt|text|md)$/.test(p)) return 'text/plain';
  return null;
}
