import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../../src/core/analysis.js';
import type { FailureCode } from '../../src/core/errors.js';
import type { Expected } from './expected.js';
import { datasetDir, projectRoot } from './shared.js';

export const fixturesDir = join(projectRoot, 'test', 'fixtures');

export interface Fixture {
  readonly slug: string;
  readonly dir: string;
  /**
   * `published`: the publication date passed to `extract` (for raw-news, the GDELT seen date of the file name).
   * `expectFailure`: the stable failure code the document must produce (e.g. a page with no article).
   */
  readonly expected: Expected & { published?: string; expectFailure?: FailureCode };
  /** The document, or null with the reason when its dataset is absent. */
  readonly raw: RawDocument | null;
  readonly skipReason: string | null;
  /** Fixtures whose input is in the repo (public domain) also keep a full-output snapshot. */
  readonly bundled: boolean;
}

/**
 * Every `test/fixtures/<slug>/expected.json`. Its input is `input.txt`/`input.html` beside it
 * (bundled, public-domain documents) or `expected.input` = `<dataset>/<path>` read from ../shared.
 */
export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(fixturesDir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = join(fixturesDir, slug);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Fixture['expected'];
      const local = ['input.txt', 'input.html'].map((f) => join(dir, f)).find((p) => existsSync(p));
      if (local) {
        return { slug, dir, expected, raw: { source: `${slug}/${local.split('/').pop()}`, body: readFileSync(local), mediaType: null }, skipReason: null, bundled: true };
      }
      const [dataset, ...rest] = expected.input.split('/');
      const base = datasetDir(dataset ?? '');
      const path = base ? join(base, ...rest) : null;
      if (!path || !existsSync(path)) {
        return { slug, dir, expected, raw: null, skipReason: `../shared/datasets/${expected.input} is absent`, bundled: false };
      }
      return { slug, dir, expected, raw: { source: expected.input, body: readFileSync(path), mediaType: null }, skipReason: null, bundled: false };
    });
}
