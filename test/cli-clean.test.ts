import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { projectRoot } from './support/shared.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

const para = 'The delegations met again on Monday, and both sides said the talks had been useful and would go on.';
const html = `<html lang="en"><head><title>Talks go on | Herald</title><meta property="article:published_time" content="2022-03-01T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Talks go on</h1><p>${para}</p><p>${para}</p><p>${para}</p></article></body></html>`;

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-clean-'));
  writeFileSync(join(dir, 'a.txt'), `date 2022-02-26 ${para}\nAdvertisement\n${para}`);
  writeFileSync(join(dir, 'b.html'), html);
  writeFileSync(join(dir, 'c.html.gz'), gzipSync(Buffer.from(html)));
  writeFileSync(join(dir, 'd.txt'), 'Newsletter As news happens\n\nSign up for our newsletter to get the news in your inbox.');
  return dir;
}

describe('communique clean', () => {
  it('reads many files in one process and prints JSON Lines {source, title, publishedAt, text, removed}', async () => {
    const dir = fixtureDir();
    const io = capture();
    const code = await runCli(['clean', dir], io);
    expect(code).toBe(1); // d.txt has no article
    const docs = io.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => Object.keys(d))).toEqual(Array(3).fill(['source', 'title', 'publishedAt', 'text', 'removed']));
    const [txt, page, gz] = docs;
    expect(txt).toMatchObject({ publishedAt: '2022-02-26', text: `${para}\n\n${para}` });
    expect(txt.removed.map((r: { reason: string }) => r.reason)).toEqual(['header', 'ad']);
    expect(page).toMatchObject({ title: 'Talks go on', publishedAt: '2022-03-01', text: [para, para, para].join('\n\n') });
    expect(gz.text).toBe(page.text);
    expect(io.stderr).toMatch(/CLEAN_NO_ARTICLE .*d\.txt/);
  });

  it('prints only the text with --format text, and the removed spans with --explain', async () => {
    const dir = fixtureDir();
    const io = capture();
    await runCli(['clean', '--format', 'text', '--explain', join(dir, 'a.txt')], io);
    expect(io.stdout.trim()).toBe(`${para}\n\n${para}`);
    expect(io.stderr).toMatch(/\[clean\] removed ad \(ad label\)/);
  });

  it('reads HTML from standard input', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'clean', '-'], { input: html, encoding: 'utf8', cwd: projectRoot });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: 'stdin', title: 'Talks go on', text: [para, para, para].join('\n\n') });
  });
});
