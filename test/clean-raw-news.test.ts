import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLines, cleanFile, loadLineFixtures } from './support/raw-news-lines.js';
import { datasetDir } from './support/shared.js';

// Hand-checked lines of raw-news/dev (test/fixtures/clean/raw-news-lines.json).
const base = datasetDir('raw-news');
describe('clean stage on raw-news/dev', () => {
  const run = base ? it : it.skip;
  run(`keeps hand-checked prose and removes hand-checked junk${base ? '' : ' (skipped: ../shared/datasets/raw-news is absent)'}`, () => {
    const dir = join(base!, 'dev');
    const failed = checkLines(loadLineFixtures(), (f) => cleanFile(dir, f)).filter((c) => !c.ok);
    expect(failed).toEqual([]);
  });
});
