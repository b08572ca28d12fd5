import { parse } from 'csv-parse';
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
  const input = Readable.from(stream, { objectMode: false });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let row = 0;
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      while (skipped.length > 0) yield skipped.shift()!;
      row++;
      yield recordToDocument(entry.record, `${name}#row=${row}`, mapping, `row ${row} of ${name}`);
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
