import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import type { RawDocument } from '../../core/analysis.js';
import { fail, type Result } from '../../core/errors.js';
import type { FieldMapping } from './fields.js';
import { recordToDocument } from './read-jsonl.js';

/**
 * A CSV (or TSV) dump with a header row. Rows with broken quoting are coded failures and skipped
 * (csv-parse's skip_records_with_error); a record over `maxBytes` is refused, so memory stays bounded.
 */
export async function* readCsv(
  stream: AsyncIterable<Uint8Array>,
  name: string,
  maxBytes: number,
  mapping: FieldMapping = {},
  delimiter = ',',
): AsyncGenerator<Result<RawDocument>> {
  const skipped: Result<RawDocument>[] = [];
  const parser = parse({
    columns: true,
    bom: true,
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxBytes,
    info: true,
    on_skip: (err) => {
      const line = (err as { lines?: number } | undefined)?.lines ?? 0;
      const code = (err as { code?: string } | undefined)?.code ?? 'CSV_ERROR';
      skipped.push(
        code === 'CSV_MAX_RECORD_SIZE'
          ? fail('INGEST_TOO_LARGE', `${name}#line=${line}`, `A record of ${name} near line ${line} is over the ${maxBytes}-byte limit; it was skipped.`)
          : fail('INGEST_MALFORMED_CONTAINER', `${name}#line=${line}`, `A record of ${name} near line ${line} is malformed (${code}); it was skipped.`, { csv: code }),
      );
    },
  });
  const { text, encoding } = await decodedStream(stream);
  const input = Readable.from(text, { objectMode: false });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let row = 0;
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      while (skipped.length > 0) yield skipped.shift()!;
      row++;
      const doc = recordToDocument(entry.record, `${name}#row=${row}`, mapping, `row ${row} of ${name}`);
      yield doc.ok && encoding !== 'utf-8' ? { ...doc, value: { ...doc.value, hints: { ...doc.value.hints, charset: encoding } } } : doc;
    }
    while (skipped.length > 0) yield skipped.shift()!;
  } catch (e) {
    while (skipped.length > 0) yield skipped.shift()!;
    const code = (e as { code?: string }).code ?? '';
    if (code === 'CSV_QUOTE_NOT_CLOSED' || code.startsWith('CSV_')) {
      yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} ends inside an unclosed quote (${code}); the rows before it were read.`, { csv: code });
    } else {
      yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} is a corrupt or truncated stream (${(e as Error).message}); the rows before it were read.`);
    }
  }
}

const HEAD = 64 * 1024;

/**
 * CSV exports from spreadsheets are often Windows-1252, not UTF-8: when the first 64 KB are not valid
 * UTF-8 the file is read as Windows-1252 (every byte is a character there), as the decode stage does
 * for text files. Either way the parser gets text, streamed.
 */
async function decodedStream(stream: AsyncIterable<Uint8Array>): Promise<{ text: AsyncIterable<string>; encoding: string }> {
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD) {
    const n = await it.next();
    if (n.done) {
      done = true;
      break;
    }
    head.push(Buffer.from(n.value));
    size += n.value.length;
  }
  const first = Buffer.concat(head);
  // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
  const utf8 = [0, 1, 2, 3].some((cut) => cut <= first.length && isUtf8(first.subarray(0, first.length - cut)));
  const encoding = utf8 ? 'utf-8' : 'windows-1252';
  async function* text(): AsyncGenerator<string> {
    const decoder = iconv.getDecoder(encoding);
    const a = decoder.write(first);
    if (a) yield a;
    if (!done) {
      for (;;) {
        const n = await it.next();
        if (n.done) break;
        const t = decoder.write(Buffer.from(n.value));
        if (t) yield t;
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
  return { text: text(), encoding };
}
