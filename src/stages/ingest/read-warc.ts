import { gunzipSync } from 'node:zlib';
import type { RawDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import { ByteReader } from './byte-reader.js';

const CRLF2 = Buffer.from('\r\n\r\n');
const MAX_HEADER = 64 * 1024;

/**
 * WARC 1.0/1.1 (and .warc.gz, whose records are gzip members the caller has already joined):
 * one document per `response` record carrying HTML. Written on ByteReader rather than the `warcio`
 * package, which pulls in yargs/tempy/pako for what is a simple length-prefixed format; here a
 * truncated or corrupt file gives a coded failure after the records read before it.
 */
export async function* readWarc(stream: AsyncIterable<Uint8Array>, name: string, maxBytes: number): AsyncGenerator<Result<RawDocument>> {
  const reader = ByteReader.of(stream);
  let records = 0;
  try {
    while (!(await reader.atEnd())) {
      const head = await reader.readUntil(CRLF2, MAX_HEADER);
      const at = reader.position;
      if (head.tooLong || head.eof) {
        yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} is truncated or corrupt near byte ${at} (after ${records} records); the records before it were read.`);
        return;
      }
      const lines = head.bytes.toString('latin1').replace(/^(\r\n)+/, '').split('\r\n');
      if (!/^WARC\/1\.[01]$/.test(lines[0] ?? '')) {
        yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} has no WARC record header near byte ${at} (after ${records} records); the records before it were read.`);
        return;
      }
      const headers = parseHeaders(lines.slice(1));
      const length = Number(headers.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0) {
        yield fail('INGEST_MALFORMED_CONTAINER', name, `A record of ${name} near byte ${at} has no valid Content-Length; reading stopped there.`);
        return;
      }
      records++;
      const type = headers.get('warc-type');
      const uri = headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
      const source = uri ?? `${name}#record=${records}`;
      if (type !== 'response' || length > maxBytes) {
        const skipped = await reader.skip(length);
        if (skipped < length) {
          yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} is truncated inside record ${records}; the records before it were read.`);
          return;
        }
        if (type === 'response') yield fail('INGEST_TOO_LARGE', source, `Record ${records} of ${name} is over the ${maxBytes}-byte limit; it was skipped.`);
      } else {
        const block = await reader.readExact(length);
        if (block.length < length) {
          yield fail('INGEST_MALFORMED_CONTAINER', source, `${name} is truncated inside record ${records}; the records before it were read.`);
          return;
        }
        const doc = httpResponseToDocument(block, source, maxBytes);
        if (doc) yield doc;
      }
      // Two CRLFs end every record; tolerate writers that emit fewer.
      const tail = await reader.readExact(4);
      if (tail.length > 0 && !/^(\r\n)*$/.test(tail.toString('latin1'))) {
        yield fail('INGEST_MALFORMED_CONTAINER', name, `Record ${records} of ${name} does not end where its Content-Length says; reading stopped there.`);
        return;
      }
    }
  } catch (e) {
    yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} is a corrupt or truncated stream (${(e as Error).message}) after ${records} records; the records before it were read.`);
  }
}

function parseHeaders(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return out;
}

/**
 * An HTTP response block → an HTML document, or null for non-HTML or error responses (not articles).
 * WARC-Date is when the page was crawled, not published, so it is not a date hint.
 */
function httpResponseToDocument(block: Buffer, source: string, maxBytes: number): Result<RawDocument> | null {
  const split = block.indexOf(CRLF2);
  if (split < 0) return fail('INGEST_MALFORMED_CONTAINER', source, `The HTTP response in ${source} has no header end; it was skipped.`);
  const lines = block.subarray(0, split).toString('latin1').split('\r\n');
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  const headers = parseHeaders(lines.slice(1));
  const type = headers.get('content-type') ?? '';
  if (!status || status[1] !== '200' || !/html/i.test(type)) return null;
  let body: Buffer = block.subarray(split + 4);
  try {
    if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
    if (/gzip/i.test(headers.get('content-encoding') ?? '')) body = gunzipSync(body, { maxOutputLength: maxBytes });
  } catch {
    return fail('INGEST_MALFORMED_CONTAINER', source, `The HTTP body in ${source} has a corrupt transfer or content encoding; it was skipped.`);
  }
  const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? null;
  return ok({ source, body, mediaType: 'text/html', hints: { url: source.startsWith('http') ? source : null, charset } });
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) throw new Error('chunk size');
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size)) throw new Error('chunk size');
    if (size === 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
