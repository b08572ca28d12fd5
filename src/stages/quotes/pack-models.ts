/**
 * Generates data/model-tables.json (model-tables.ts says why) from the trained weights: the cue head and span
 * models cut into rows by template exactly as featureTables cuts them, the flat models as their keys and weights in order.
 * scripts/train/pack-models.ts writes it; pack-models.test.ts checks the committed file against the weights.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CueModel } from './cue-model.js';
import { featureRows } from './feature-table.js';
import type { KeepModel } from './keep-model.js';
import type { FlatRows, ModelTables } from './model-tables.js';
import type { SpanModel } from './span-model.js';
import { CUE_ARITY, END_ARITY } from './templates.js';

export interface ModelSources {
  readonly cue: { readonly head: CueModel; readonly cont: CueModel };
  readonly span: SpanModel;
  readonly keep: KeepModel;
}

/** The weight files model-tables.json is made from, under src/stages/quotes/data/. */
export const MODEL_SOURCES = { cue: 'cue-model.json', span: 'span-model.json', keep: 'keep-model.json' } as const;

/** The weight files as they are on disk now (read afresh: a training script has just rewritten one). */
export function readModelSources(dataDir: string): ModelSources {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  return { cue: read(MODEL_SOURCES.cue) as ModelSources['cue'], span: read(MODEL_SOURCES.span) as SpanModel, keep: read(MODEL_SOURCES.keep) as KeepModel };
}

function flat(model: CueModel | KeepModel): FlatRows {
  return { bias: model.bias, threshold: model.threshold, keys: Object.keys(model.weights), weights: Object.values(model.weights) };
}

export function packModels({ cue, span, keep }: ModelSources): ModelTables {
  const spanWeights = new Map(Object.entries(span.weights));
  return {
    about: `GENERATED from ${Object.values(MODEL_SOURCES).join(', ')} by src/stages/quotes/pack-models.ts (npm run train:pack); do not edit. See model-tables.ts.`,
    cueHead: { bias: cue.head.bias, threshold: cue.head.threshold, templates: featureRows(new Map(Object.entries(cue.head.weights)), CUE_ARITY) },
    cueCont: flat(cue.cont),
    span: { size: spanWeights.size, templates: featureRows(spanWeights, END_ARITY) },
    keep: flat(keep),
  };
}

/** The file's text. */
export function formatModels(tables: ModelTables): string {
  return `${JSON.stringify(tables)}\n`;
}
