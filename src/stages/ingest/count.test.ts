import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from './count.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'communique-count-'));
  const docs = join(root, 'docs');
  mkdirSync(join(docs, 'nested', 'deeper'), { recursive: true });
  for (const f of ['a.txt', 'b.html', 'nested/c.txt', 'nested/deeper/d.txt', '.hidden.txt']) writeFileSync(join(docs, f), 'x');
  mkdirSync(join(docs, '.git'));
  writeFileSync(join(docs, '.git', 'e.txt'), 'x');
  // A link to a directory is walked like the directory; a link to a file counts as the file.
  const linked = join(root, 'linked');
  mkdirSync(linked);
  writeFileSync(join(linked, 'f.txt'), 'x');
  writeFileSync(join(linked, 'g.txt'), 'x');
  symlinkSync(linked, join(docs, 'link-to-dir'));
  symlinkSync(join(linked, 'f.txt'), join(docs, 'link-to-file.txt'));
  symlinkSync(join(root, 'missing'), join(docs, 'dangling'));
  const mixed = join(root, 'mixed');
  mkdirSync(mixed);
  writeFileSync(join(mixed, 'h.txt'), 'x');
  writeFileSync(join(mixed, 'dump.jsonl'), '{}\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('countDocuments', () => {
  const cases: [string, () => string[], number | null, number?][] = [
    ['plain files in nested directories, dot entries skipped, links followed, a dangling link ignored', () => [join(root, 'docs')], 7],
    ['one file', () => [join(root, 'docs', 'a.txt')], 1],
    ['several sources add up', () => [join(root, 'docs', 'nested'), join(root, 'linked')], 4],
    ['a missing path counts nothing', () => [join(root, 'nope')], 0],
    ['a container (JSONL) inside: unknown until read', () => [join(root, 'mixed')], null],
    ['standard input: unknown', () => ['-'], null],
    ['a URL: unknown', () => ['https://example.org/feed.xml'], null],
    ['over the limit: unknown', () => [join(root, 'docs')], null, 6],
  ];
  it.each(cases)('%s', async (_label, sources, expected, limit) => {
    expect(await countDocuments(sources(), limit)).toBe(expected);
  });
});
