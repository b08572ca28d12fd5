/**
 * Writes src/stages/quotes/data/model-tables.json from the trained weights beside it (cue-model.json,
 * span-model.json, keep-model.json): the tables every extraction worker loads ready-made
 * (src/stages/quotes/model-tables.ts). The train:cues, train:spans and train:keep scripts call it after
 * writing their weights; run it alone with `npm run train:pack` after editing a weight file by other means.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatModels, packModels, readModelSources } from '../../src/stages/quotes/pack-models.js';
import { projectRoot } from '../../test/support/shared.js';

export function writeModelTables(): void {
  const dir = join(projectRoot, 'src', 'stages', 'quotes', 'data');
  const path = join(dir, 'model-tables.json');
  writeFileSync(path, formatModels(packModels(readModelSources(dir))));
  console.log(`→ ${path}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeModelTables();
