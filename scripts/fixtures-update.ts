/**
 * Regenerates `test/fixtures/<slug>/output.json` for bundled fixtures (those with an input file).
 * Usage: npm run fixtures:update [-- <slug>…]   (all bundled fixtures when no slug is given)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/pipeline/extract.js';
import { loadFixtures } from '../test/support/fixtures.js';

const wanted = new Set(process.argv.slice(2));
let written = 0;
for (const fx of loadFixtures()) {
  if (!fx.bundled || !fx.raw || (wanted.size > 0 && !wanted.has(fx.slug))) continue;
  const result = extract(fx.raw, { published: fx.expected.published ?? null });
  if (!result.ok) {
    console.error(`${fx.slug}: ${result.failure.code} ${result.failure.message}`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(join(fx.dir, 'output.json'), `${JSON.stringify(result.value, null, 2)}\n`);
  console.log(`${fx.slug}: ${result.value.statements.length} statements written to output.json`);
  written++;
}
if (wanted.size > 0 && written < wanted.size) console.error('some slugs were not found or have no bundled input');
