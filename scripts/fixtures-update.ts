/**
 * Regenerates golden fixture outputs:
 * - `test/fixtures/<slug>/output.json` for bundled fixtures (those with an input file in the repo);
 * - `test/fixtures/baseline.json`, the accepted score of each fixture read from ../shared.
 * Usage: npm run fixtures:update [-- <slug>…]   (every fixture when no slug is given)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures } from '../test/support/fixtures.js';
import { readBaseline, scoreFixture, writeBaseline } from '../test/support/golden.js';

const wanted = new Set(process.argv.slice(2));
const baseline = readBaseline();
let seen = 0;
for (const fx of loadFixtures()) {
  if (wanted.size > 0 && !wanted.has(fx.slug)) continue;
  seen++;
  if (!fx.raw) {
    console.log(`${fx.slug}: skipped (${fx.skipReason})`);
    continue;
  }
  const score = scoreFixture(fx);
  if (fx.bundled) {
    if (!score.extraction) {
      console.error(`${fx.slug}: extraction failed with ${score.failureCode}`);
      process.exitCode = 1;
      continue;
    }
    writeFileSync(join(fx.dir, 'output.json'), `${JSON.stringify(score.extraction, null, 2)}\n`);
    console.log(`${fx.slug}: output.json (${score.extraction.statements.length} statements), ${score.passed}/${score.checks.length} checks`);
  } else {
    const before = baseline[fx.slug]?.passed;
    baseline[fx.slug] = { passed: score.passed, total: score.checks.length };
    console.log(`${fx.slug}: ${score.passed}/${score.checks.length} checks${before === undefined ? '' : ` (was ${before})`}`);
  }
}
writeBaseline(baseline);
if (wanted.size > 0 && seen < wanted.size) console.error('some slugs were not found');
