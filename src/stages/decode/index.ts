import iconv from 'iconv-lite';
import type { DecodedDocument, MediaType, RawDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import type { Stage } from '../../core/stage.js';

/** Stage 2: bytes → NFC text, with binary and encoding problems reported, never thrown. */
export const decode: Stage<RawDocument, Result<DecodedDocument>> = {
  name: 'decode',
  run(raw, ctx) {
    const warnings: string[] = [];
    let text: string;
    let encoding: string;
    if (typeof raw.body === 'string') {
      text = raw.body;
      encoding = 'utf-8';
    } else {
      const bytes = raw.body;
      if (bytes.length === 0) return fail('DECODE_EMPTY', raw.source, 'The document is empty; nothing to extract.');
      const decoded = decodeBytes(bytes, raw.hints?.charset ?? null);
      if (!decoded) {
        return fail(
          'DECODE_BINARY_INPUT',
          raw.source,
          'The input looks like binary data, not text or HTML; pass a text, HTML, WARC, CSV or JSONL file.',
        );
      }
      ({ text, encoding } = decoded);
      if (decoded.replaced > 0) warnings.push(`${decoded.replaced} undecodable bytes replaced`);
    }
    text = text.replace(/^\uFEFF/, '').normalize('NFC');
    if (text.trim() === '') return fail('DECODE_EMPTY', raw.source, 'The document has no text; nothing to extract.');
    const mediaType: MediaType = raw.mediaType ?? sniffMediaType(text);
    ctx.trace('decode', () => `${encoding}, ${mediaType}, ${text.length} characters`);
    return ok({ source: raw.source, text, mediaType, encoding, hints: raw.hints ?? {}, warnings });
  },
};

function sniffMediaType(text: string): MediaType {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html|<meta|<!--)/.test(head) ||
    /<(html|body|article|div|p)[\s>]/.test(head)
    ? 'text/html'
    : 'text/plain';
}

interface Decoded {
  text: string;
  encoding: string;
  replaced: number;
}

/** BOM first, then a declared charset, then strict UTF-8, then Windows-1252. Null for binary. */
function decodeBytes(bytes: Uint8Array, declared: string | null): Decoded | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', replaced: 0 };
  if (b0 === 0xfe && b1 === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', replaced: 0 };
  if (looksBinary(bytes)) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const charset = normaliseCharset(declared ?? sniffDeclaredCharset(buf));
  if (charset && charset !== 'utf-8' && iconv.encodingExists(charset)) {
    return { text: iconv.decode(buf, charset), encoding: charset, replaced: 0 };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', replaced: 0 };
  } catch {
    // Not valid UTF-8: most such news text is Windows-1252 (a superset of Latin-1 in practice).
    return { text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252', replaced: 0 };
  }
}

/** NUL bytes or many C0 control characters in the first 8 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}

function sniffDeclaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.-]+)/i.exec(head);
  return m?.[1] ?? null;
}

function normaliseCharset(name: string | null): string | null {
  if (!name) return null;
  const n = name.trim().toLowerCase();
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  // Browsers treat ISO-8859-1 and US-ASCII labels as Windows-1252 (WHATWG Encoding).
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'us-ascii' || n === 'ascii') return 'windows-1252';
  return n;
}
