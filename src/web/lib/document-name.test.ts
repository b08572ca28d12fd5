import { describe, expect, it } from 'vitest';
import { documentName } from './document-name.js';

describe('documentName: what a document is called on the page', () => {
  it.each([
    ['its title', 'Paris condemns the invasion', '/data/a.txt', 'Paris condemns the invasion'],
    ['an untitled file: its name, not the path', null, '/work/corpus/2022/seed/input.txt', 'input.txt'],
    ['a Windows path too', null, 'C:\\news\\story.html', 'story.html'],
    ['a blank title counts as none', '  ', 'saved/b.txt', 'b.txt'],
    ['an untitled URL whole', null, 'https://news.test/a/b?id=1', 'https://news.test/a/b?id=1'],
    ['a JSONL line keeps its line number', null, '/dumps/export.jsonl#line=12', 'export.jsonl#line=12'],
    ['standard input', null, '-', '-'],
  ])('%s', (_, title, source, expected) => expect(documentName(title, source)).toBe(expected));
});
