/**
 * The learned quote models in the form the pipeline scores with, ready-made. data/model-tables.json is
 * GENERATED from the trained weights (data/cue-model.json, span-model.json, keep-model.json) by pack-models.ts
 * — the train:cues/spans/keep scripts rewrite it, `npm run train:pack` does it alone — and pack-models.test.ts
 * fails when it no longer matches them. Why: every extraction worker used to build these tables at start-up
 * from ~125k feature strings (parse `name=a|b`, cut at `|`, nest), ~0.3 s of CPU per thread on every run for
 * the same result each time; from rows already cut and ordered, building the maps is a tight loop.
 */
import type { TemplateRows } from './feature-table.js';
import tables from './data/model-tables.json' with { type: 'json' };

/** A flat model: its feature strings and, at the same index, their weights. */
export interface FlatRows {
  readonly bias: number;
  readonly threshold: number;
  readonly keys: readonly string[];
  readonly weights: readonly number[];
}

export interface ModelTables {
  readonly about: string;
  /** The cue head model by template (cue-model.ts CUE_ARITY), for cueScoreAt. */
  readonly cueHead: { readonly bias: number; readonly threshold: number; readonly templates: Readonly<Record<string, TemplateRows>> };
  /** The cue continuation model, scored from its feature strings. */
  readonly cueCont: FlatRows;
  /** The span model by template (span-model.ts END_ARITY), for endScore; `size`: its number of weights. */
  readonly span: { readonly size: number; readonly templates: Readonly<Record<string, TemplateRows>> };
  /** The keep model, scored from its feature strings. */
  readonly keep: FlatRows;
}

/** The models of this build (data/model-tables.json). */
export const modelTables = tables as ModelTables;

/** A flat model's weights by feature string, in its order. */
export function weightsOf(flat: FlatRows): Map<string, number> {
  const out = new Map<string, number>();
  const { keys, weights } = flat;
  for (let r = 0; r < weights.length; r++) out.set(keys[r]!, weights[r]!);
  return out;
}
