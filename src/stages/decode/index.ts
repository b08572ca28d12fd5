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
      const decoded = decodeBytes(bytes, raw.hints?.charset ?? null, warnings);
      if (!decoded) {
        return fail(
          'DECODE_BINARY_INPUT',
          raw.source,
          'The input looks like binary data, not text or HTML; pass a text, HTML, WARC, CSV or JSONL file.',
        );
      }
      ({ text, encoding } = decoded);
      if (decoded.replaced > 0) warnings.push(`${decoded.replaced} undecodable bytes replaced`);
      for (const w of warnings) ctx.trace('decode', () => w);
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

/**
 * BOM first, then the charset declared outside the body (HTTP/WARC header), then a <meta> or XML
 * declaration, then strict UTF-8, then Windows-1252. A declared single-byte charset loses to UTF-8
 * when the bytes are valid UTF-8 with multi-byte sequences (a common mislabel). Null for binary.
 */
function decodeBytes(bytes: Uint8Array, declared: string | null, warnings: string[]): Decoded | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', replaced: 0 };
  if (b0 === 0xfe && b1 === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', replaced: 0 };
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  // UTF-16 without a BOM is full of NUL bytes: only a charset declared outside the body can say so.
  const outside = normaliseCharset(declared);
  if (outside && /^utf-?16(?:le|be)?$/.test(outside)) return { text: iconv.decode(Buffer.from(bytes), outside.replace('utf16', 'utf-16')), encoding: outside, replaced: 0 };
  if (looksBinary(bytes)) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const charset = normaliseCharset(declared ?? sniffDeclaredCharset(buf));
  const utf8 = strictUtf8(buf);
  if (charset && charset !== 'utf-8') {
    if (!iconv.encodingExists(charset)) warnings.push(`unknown declared charset "${charset}"; read as UTF-8 or Windows-1252`);
    else if (utf8 !== null && SINGLE_BYTE.test(charset) && /[\u0080-\uffff]/.test(utf8)) {
      warnings.push(`declared charset ${charset} but the bytes are UTF-8; read as UTF-8`);
      return { text: utf8, encoding: 'utf-8', replaced: 0 };
    } else {
      const text = iconv.decode(buf, charset);
      return { text, encoding: charset, replaced: countReplacements(text) };
    }
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', replaced: 0 };
  if (charset === 'utf-8') warnings.push('declared UTF-8 but the bytes are not; read as Windows-1252');
  // Not valid UTF-8: most such news text is Windows-1252 (a superset of Latin-1 in practice).
  return { text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252', replaced: 0 };
}

const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|latin\d|cp125\d|koi8-[ru])$/;

function strictUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

// Signatures of formats that are never text: PDF, ZIP/Office, PNG, GIF, JPEG, gzip, WebP/RIFF, ELF.
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x1f, 0x8b],
  [0x52, 0x49, 0x46, 0x46],
  [0x7f, 0x45, 0x4c, 0x46],
];

/** A known binary signature, NUL bytes, or many C0 control characters in the first 8 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
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
