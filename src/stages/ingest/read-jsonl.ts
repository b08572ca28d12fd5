import type { RawDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import { lines } from './byte-reader.js';
import { isoDate, resolveFields, stringField, type FieldMapping } from './fields.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A JSON Lines dump, one article per line (`--text-field` etc. or auto-detected names). A bad line is
 * a coded failure; the lines after it still go in. Memory stays bounded by `maxBytes` per line.
 */
export async function* readJsonl(stream: AsyncIterable<Uint8Array>, name: string, maxBytes: number, mapping: FieldMapping = {}): AsyncGenerator<Result<RawDocument>> {
  try {
    for await (const line of lines(stream, maxBytes)) {
      const source = `${name}#line=${line.number}`;
      if (!line.ok) {
        yield fail('INGEST_TOO_LARGE', source, `Line ${line.number} of ${name} is over the ${maxBytes}-byte limit; it was skipped (raise --max-bytes).`);
        continue;
      }
      if (line.bytes.length === 0 || /^\s*$/.test(line.bytes.toString('latin1'))) continue;
      let text: string;
      try {
        text = UTF8.decode(line.bytes);
      } catch {
        yield fail('DECODE_BAD_ENCODING', source, `Line ${line.number} of ${name} is not valid UTF-8, as JSON Lines must be; it was skipped.`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        yield fail('INGEST_MALFORMED_CONTAINER', source, `Line ${line.number} of ${name} is not valid JSON; it was skipped.`);
        continue;
      }
      yield recordToDocument(value, source, mapping, `line ${line.number} of ${name}`);
    }
  } catch (e) {
    yield fail('INGEST_MALFORMED_CONTAINER', name, `${name} ends in a corrupt or truncated stream (${(e as Error).message}); the records before it were read.`);
  }
}

/** One JSON object or CSV row → a RawDocument whose body is the text field. */
export function recordToDocument(value: unknown, source: string, mapping: FieldMapping, where: string): Result<RawDocument> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail('INGEST_MALFORMED_CONTAINER', source, `${where} is not an object with named fields; it was skipped.`);
  }
  const record = value as Record<string, unknown>;
  const fields = resolveFields(Object.keys(record), mapping);
  const body = fields.text ? stringField(record[fields.text]) : null;
  if (!fields.text || body === null) {
    return fail(
      'INGEST_MALFORMED_CONTAINER',
      source,
      `${where} has no text field${mapping.text ? ` "${mapping.text}"` : ''}; name it with --text-field (fields: ${Object.keys(record).slice(0, 8).join(', ')}).`,
    );
  }
  const url = fields.url ? stringField(record[fields.url]) : null;
  return ok({
    source: url ?? source,
    body,
    mediaType: null,
    hints: {
      url,
      title: fields.title ? stringField(record[fields.title]) : null,
      publishedAt: fields.date ? isoDate(record[fields.date]) : null,
    },
  });
}
