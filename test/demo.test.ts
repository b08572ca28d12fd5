import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('communique demo (npm start)', () => {
  it('ingests the bundled VOA corpus and the seed, reports what it found, and a re-run adds nothing', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'communique-demo-')), 'demo.db');
    const io = capture();
    expect(await runCli(['demo', '--db', db], io)).toBe(0);
    expect(io.stderr).toMatch(/ingested 90 new documents \(0 already present/);
    expect(io.stdout).toMatch(/^90 documents, \d+ statements/m);
    // What the report holds depends on the extraction stages; the frame is the demo's own.
    expect(io.stdout).toMatch(/communique (serve|search)/);
    // Sources the stories only describe ("analysts") are listed apart, never ranked as named speakers.
    const top = /Top speakers:\n((?: +\d+ {2}.+\n)+)/.exec(io.stdout)?.[1]?.split('\n').filter(Boolean).map((l) => l.replace(/^ +\d+ {2}/, '').replace(/ \([A-Z0-9]+\)$/, '')) ?? [];
    const described = /Sources described but not named: (.+) …/.exec(io.stdout)?.[1]?.split(', ').map((x) => x.replace(/ \d+$/, '')) ?? [];
    expect(top.length).toBeGreaterThan(0);
    expect(described.length).toBeGreaterThan(0);
    expect(top.filter((name) => described.includes(name.toLowerCase()))).toEqual([]);
    const again = capture();
    expect(await runCli(['demo', '--db', db], again)).toBe(0);
    expect(again.stderr).toMatch(/ingested 0 new documents \(90 already present/);
    expect(again.stdout.replace(/\d+(\.\d+)? s\b/g, '')).toBe(io.stdout.replace(/\d+(\.\d+)? s\b/g, ''));
  }, 180_000);
});
