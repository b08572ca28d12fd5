/**
 * Checks the clean stage on raw-news/dev against the hand-checked lines of
 * test/fixtures/clean/raw-news-lines.json: prose that must stay, junk that must go (with its reason),
 * and files that hold no article. Shared by the dataset test and `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../../src/core/analysis.js';
import { cleanDocument } from '../../src/pipeline/extract.js';
import type { RemovedSpan } from '../../src/core/types.js';
import { fixturesDir } from './fixtures.js';

export interface LineFixtures {
  readonly prose: readonly { file: string; snippet: string }[];
  readonly junk: readonly { file: string; snippet: string; reason: string }[];
  readonly noArticle: readonly string[];
}

export function loadLineFixtures(): LineFixtures {
  return JSON.parse(readFileSync(join(fixturesDir, 'clean', 'raw-news-lines.json'), 'utf8')) as LineFixtures;
}

export interface CleanedFile {
  readonly file: string;
  readonly text: string | null;
  readonly failure: string | null;
  readonly removed: readonly RemovedSpan[];
}

export function cleanFile(dir: string, file: string): CleanedFile {
  const raw: RawDocument = { source: file, body: readFileSync(join(dir, file)), mediaType: 'text/plain' };
  const r = cleanDocument(raw);
  return r.ok
    ? { file, text: r.value.text, failure: null, removed: r.value.removed }
    : { file, text: null, failure: r.failure.code, removed: [] };
}

export interface LineCheck {
  readonly kind: 'prose' | 'junk' | 'noArticle';
  readonly file: string;
  readonly snippet: string;
  readonly ok: boolean;
  readonly got: string;
}

/** One check per fixture line: prose kept in the text, junk removed with the expected reason. */
export function checkLines(fx: LineFixtures, get: (file: string) => CleanedFile): LineCheck[] {
  const out: LineCheck[] = [];
  for (const p of fx.prose) {
    const c = get(p.file);
    const removedBy = c.removed.find((r) => r.text.includes(p.snippet));
    out.push({ kind: 'prose', file: p.file, snippet: p.snippet, ok: Boolean(c.text?.includes(p.snippet)) && !removedBy, got: removedBy ? `removed as ${removedBy.reason} (${removedBy.rule})` : c.failure ?? 'kept' });
  }
  for (const j of fx.junk) {
    const c = get(j.file);
    const hit = c.removed.find((r) => r.text.includes(j.snippet));
    const kept = Boolean(c.text?.includes(j.snippet));
    out.push({ kind: 'junk', file: j.file, snippet: j.snippet, ok: Boolean(hit) && hit?.reason === j.reason && !kept, got: hit ? `${hit.reason} (${hit.rule})` : kept ? 'kept' : c.failure ?? 'absent' });
  }
  for (const f of fx.noArticle) {
    const c = get(f);
    out.push({ kind: 'noArticle', file: f, snippet: '', ok: c.failure === 'CLEAN_NO_ARTICLE', got: c.failure ?? 'article kept' });
  }
  return out;
}
