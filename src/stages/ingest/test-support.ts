/** Helpers for reader tests: a temp dir with files, and every result of a reader. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDocument } from '../../core/analysis.js';
import type { Result } from '../../core/errors.js';

export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-read-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

export async function collect(gen: AsyncIterable<Result<RawDocument>>) {
  const docs: RawDocument[] = [];
  const failures: { code: string; source: string; message: string }[] = [];
  for await (const r of gen) {
    if (r.ok) docs.push(r.value);
    else failures.push(r.failure);
  }
  return { docs, failures, bodies: docs.map((d) => (typeof d.body === 'string' ? d.body : Buffer.from(d.body).toString('utf8'))) };
}

export async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}

/** A WARC record with the given type, target and HTTP block. */
export function warcRecord(type: string, uri: string, block: string | Buffer): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block) : block;
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]);
}

export function httpResponse(html: string, type = 'text/html; charset=utf-8'): string {
  return `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
}
