import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cueTables, cueTablesOf } from './cue-model.js';
import { featureRows, featureTables, tablesFromRows } from './feature-table.js';
import { modelTables, weightsOf } from './model-tables.js';
import { formatModels, packModels, readModelSources } from './pack-models.js';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const sources = readModelSources(dataDir);

/**
 * The pipeline scores with data/model-tables.json, never with the weight files themselves: a retrained model
 * whose tables were not regenerated would silently go unused. Regenerating must give the committed file exactly.
 */
describe('the generated model tables', () => {
  it('data/model-tables.json is what the weight files beside it generate (else run `npm run train:pack`)', () => {
    const committed = readFileSync(join(dataDir, 'model-tables.json'), 'utf8');
    // Not toBe on the 2.7 MB strings: a mismatch would print both.
    expect(committed === formatModels(packModels(sources))).toBe(true);
  });

  it('rows are the feature strings cut in nesting order, and rebuild the very tables featureTables makes', () => {
    const weights = new Map([['pw=a|b|c', 3], ['pw=x|y', 1], ['w=said', 2], ['w==', 4], ['other=z', 5]]);
    const arity = { pw: [1, 0], w: 1 };
    const rows = featureRows(weights, arity);
    expect(rows).toEqual({ pw: { parts: 2, keys: ['b|c', 'a', 'c', 'a|b', 'y', 'x'], weights: [3, 3, 1] }, w: { parts: 1, keys: ['said', '='], weights: [2, 4] } });
    expect(tablesFromRows(rows)).toEqual(featureTables(weights, arity));
    expect((tablesFromRows(rows).get('pw') as Map<string, Map<string, number>>).get('b|c')?.get('a')).toBe(3);
  });

  it('the pipeline’s cue head model equals the one built from cue-model.json', () => {
    const built = cueTables(sources.cue.head);
    const loaded = cueTablesOf(tablesFromRows(modelTables.cueHead.templates), modelTables.cueHead);
    for (const key of ['bias', 'threshold', 'p', 'n', 'p2', 'n2', 'p3', 'n3', 'shape', 'left', 'ppron', 'pmod', 'first', 'nq'] as const) expect(loaded[key]).toEqual(built[key]);
    for (const word of ['said', 'vowed', 'the', 'believes', 'unknownword']) expect(loaded.byWord(word)).toEqual(built.byWord(word));
  });

  it('the flat models keep every weight in order', () => {
    expect([...weightsOf(modelTables.cueCont)]).toEqual(Object.entries(sources.cue.cont.weights));
    expect([...weightsOf(modelTables.keep)]).toEqual(Object.entries(sources.keep.weights));
  });
});
