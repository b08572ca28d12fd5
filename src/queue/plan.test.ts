import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJobs } from './plan.js';

function tree(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-plan-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  return dir;
}

describe('planJobs', () => {
  it('gives every container its own job and batches single documents', async () => {
    const dir = tree(['a.txt', 'b.html', 'c.txt', 'crawl.warc.gz', 'dump.jsonl', 'feed.rss', 'sub/d.txt', '.hidden.txt']);
    const { jobs, failures } = await planJobs([dir], { batchFiles: 2 });
    expect(failures).toEqual([]);
    const rel = jobs.map((j) => j.map((p) => p.slice(dir.length + 1)));
    expect(rel).toEqual([['a.txt', 'b.html'], ['crawl.warc.gz'], ['dump.jsonl'], ['feed.rss'], ['c.txt', 'sub/d.txt']]);
  });

  it('names files by absolute path, so a worker anywhere reads the same file', async () => {
    const dir = tree(['a.txt']);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await planJobs(['a.txt'])).jobs).toEqual([[join(dir, 'a.txt')]]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('keeps URLs as they are, one job each, and expands globs', async () => {
    const dir = tree(['x/1.txt', 'x/2.txt', 'x/3.csv']);
    const { jobs } = await planJobs(['https://example.org/feed.xml', `${dir}/x/*.txt`, `${dir}/x/*.csv`]);
    expect(jobs).toEqual([['https://example.org/feed.xml'], [join(dir, 'x/3.csv')], [join(dir, 'x/1.txt'), join(dir, 'x/2.txt')]]);
  });

  it('forced to a container format, every file is a job', async () => {
    const dir = tree(['a.txt', 'b.txt']);
    expect((await planJobs([dir], { format: 'jsonl' })).jobs).toHaveLength(2);
  });

  it('reports what cannot be planned, with a code, and plans the rest', async () => {
    const dir = tree(['a.txt']);
    const { jobs, failures } = await planJobs([join(dir, 'missing.txt'), `${dir}/*.nothing`, '-', dir]);
    expect(failures.map((f) => f.code)).toEqual(['INGEST_NOT_FOUND', 'INGEST_NOT_FOUND', 'INGEST_NOT_FOUND']);
    expect(failures[2]!.message).toMatch(/Standard input cannot be enqueued/);
    expect(jobs).toEqual([[join(dir, 'a.txt')]]);
  });
});
