import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFileOf, loadCachedBundle } from './code-cache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A small CommonJS bundle in its own directory; `salt` makes its source differ from every other one. */
function bundle(body: string, salt = Math.random()): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-code-cache-'));
  dirs.push(dir);
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, `// ${salt}\nconst { join } = require('node:path');\n${body}`);
  return file;
}

const SOURCE = 'exports.default = (x) => join("a", String(x * 2)); exports.where = __filename;';

describe('loadCachedBundle', () => {
  it('runs the bundle as CommonJS (exports, require, __filename) without a cache', () => {
    const file = bundle(SOURCE);
    const b = loadCachedBundle<{ default: (x: number) => string; where: string }>(file);
    expect(b.fromCache).toBe(false);
    expect(b.exports.default(21)).toBe(join('a', '42'));
    expect(b.exports.where).toBe(file);
  });

  it('writes a cache beside the bundle and a later load uses it, with the same results', () => {
    const file = bundle(SOURCE);
    const first = loadCachedBundle<{ default: (x: number) => string }>(file);
    first.exports.default(1);
    expect(first.saveCache()).toBe(true);
    expect(existsSync(cacheFileOf(file))).toBe(true);
    const second = loadCachedBundle<{ default: (x: number) => string }>(file);
    expect(second.fromCache).toBe(true);
    expect(second.exports.default(5)).toBe(join('a', '10'));
  });

  it('does not take the cache of an earlier bundle of the same length (V8 would: it checks the length only)', () => {
    const file = bundle(SOURCE, 0.5);
    const first = loadCachedBundle<{ default: (x: number) => string }>(file);
    first.exports.default(1);
    expect(first.saveCache()).toBe(true);
    const rebuilt = SOURCE.replace('x * 2', 'x * 3');
    expect(rebuilt.length).toBe(SOURCE.length);
    writeFileSync(file, `// 0.5\nconst { join } = require('node:path');\n${rebuilt}`);
    const second = loadCachedBundle<{ default: (x: number) => string }>(file);
    expect(second.fromCache).toBe(false);
    expect(second.exports.default(5)).toBe(join('a', '15'));
  });

  it.each([
    ['a cache of other source', (file: string) => {
      const other = bundle(SOURCE);
      const b = loadCachedBundle(other);
      b.saveCache();
      writeFileSync(cacheFileOf(file), readFileSync(cacheFileOf(other)));
    }],
    ['a truncated cache', (file: string) => writeFileSync(cacheFileOf(file), Buffer.alloc(10))],
    ['a cache of garbage', (file: string) => writeFileSync(cacheFileOf(file), Buffer.from('not a code cache at all, just text'.repeat(50)))],
  ])('rejects %s and still runs the bundle', (_label, spoil) => {
    const file = bundle(SOURCE);
    spoil(file);
    const b = loadCachedBundle<{ default: (x: number) => string }>(file);
    expect(b.fromCache).toBe(false);
    expect(b.exports.default(3)).toBe(join('a', '6'));
  });
});
