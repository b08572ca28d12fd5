import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../core/analysis.js';
import { createContext } from '../../core/stage.js';
import { decode } from './index.js';

const run = (body: Uint8Array | string, hints: RawDocument['hints'] = {}, mediaType: RawDocument['mediaType'] = null) =>
  decode.run({ source: 't', body, mediaType, hints }, createContext());

const html = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decode: charsets', () => {
  const cases: ReadonlyArray<[string, Uint8Array, RawDocument['hints'], string, string]> = [
    ['UTF-8', Buffer.from('Zelensky said “no”.'), {}, 'utf-8', 'Zelensky said “no”.'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café')]), {}, 'utf-8', 'Café'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html('', 'Київ'), 'utf-16le')]), {}, 'utf-16le', 'Київ'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(html('', 'Київ'), 'utf-16be')]), {}, 'utf-16be', 'Київ'],
    ['Windows-1252 without a declaration', Buffer.from('The president\x92s \x93plan\x94', 'latin1'), {}, 'windows-1252', 'The president’s “plan”'],
    ['Windows-1252 declared in <meta>', iconv.encode(html('<meta charset="windows-1252">', 'Déjà vu – “quoted”'), 'windows-1252'), {}, 'windows-1252', 'Déjà vu – “quoted”'],
    ['Shift_JIS declared in <meta http-equiv>', iconv.encode(html('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', '東京で会談'), 'shift_jis'), {}, 'shift_jis', '東京で会談'],
    ['Shift_JIS from the HTTP header only', iconv.encode(html('', '東京で会談'), 'shift_jis'), { charset: 'Shift_JIS' }, 'shift_jis', '東京で会談'],
    ['ISO-8859-1 declared but the bytes are UTF-8', Buffer.from(html('<meta charset="iso-8859-1">', 'Zürich – “talks”')), {}, 'utf-8', 'Zürich – “talks”'],
    ['UTF-8 declared but the bytes are Windows-1252', Buffer.from(html('<meta charset="utf-8">', 'caf\xe9'), 'latin1'), {}, 'windows-1252', 'café'],
  ];
  for (const [name, bytes, hints, encoding, contains] of cases) {
    it(name, () => {
      const r = run(bytes, hints);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.encoding).toBe(encoding);
      expect(r.value.text).toContain(contains);
      expect(r.value.text.charCodeAt(0)).not.toBe(0xfeff);
    });
  }
});

describe('decode: bad input is a coded failure, never a throw', () => {
  const cases: ReadonlyArray<[string, Uint8Array, string]> = [
    ['empty', new Uint8Array(0), 'DECODE_EMPTY'],
    ['white space only', Buffer.from('  \n\t '), 'DECODE_EMPTY'],
    ['PNG posing as HTML', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]), 'DECODE_BINARY_INPUT'],
    ['PDF posing as HTML', Buffer.from('%PDF-1.7\n<html><body>not really</body></html>'), 'DECODE_BINARY_INPUT'],
    ['gzip that was not unpacked', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x3c, 0x68, 0x74, 0x6d]), 'DECODE_BINARY_INPUT'],
    ['bytes with NULs', Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0x41, 0x42]), 'DECODE_BINARY_INPUT'],
  ];
  for (const [name, bytes, code] of cases) {
    it(name, () => {
      const r = run(bytes);
      expect(r.ok ? 'ok' : r.failure.code).toBe(code);
    });
  }
});

describe('decode: media type', () => {
  it('sniffs HTML and plain text, and keeps a reader-given type', () => {
    expect(run(Buffer.from('<!DOCTYPE html><html><body><p>x</p></body></html>')).ok && run(Buffer.from('<!DOCTYPE html><p>x</p>'))).toMatchObject({ ok: true, value: { mediaType: 'text/html' } });
    expect(run(Buffer.from('date 2022-02-26 The ministry said.'))).toMatchObject({ ok: true, value: { mediaType: 'text/plain' } });
    expect(run('<p>tag-like text</p>', {}, 'text/plain')).toMatchObject({ ok: true, value: { mediaType: 'text/plain' } });
  });
});
