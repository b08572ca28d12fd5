/**
 * The feature templates of the learned cue head and span models, by name, with their number of `|`-joined value
 * parts (or the parts' nesting order: [1, 0] nests by the second part first). featureTables and pack-models.ts cut
 * the models' feature strings by them. A module of its own, loading no model: pack-models.ts must run even when
 * data/model-tables.json is out of date or unreadable, to regenerate it.
 */

/** The templates of cueFeatures (cue-model.ts). */
export const CUE_ARITY = { w: 1, s3: 1, s2: 1, p: 1, n: 1, p2: 1, n2: 1, pw: [1, 0], wn: 2, shape: 3, lex: 1, lexn: 2, ppron: 1, pmod: 1, first: 1, q: 2, nq: 1, p3: 1, n3: 1, stem: 1, stemn: 2, nc: [1, 0], left: 2 };

/** The templates of endFeatures (span-model.ts). */
export const END_ARITY = {
  clause: 3, lex: 3, vclause: 3, rest: 2, r: 1, full: 1, 'r|full': 2, L: 1, N: 1, N2: 1, LN: 2, NN2: 2, Nc: 2, Lc: 2, len: 1, op: 2, opc: 3,
  'op|len': 2, vN: 2, vNc: 3, vop: 3, 'cue|N': 2, 'cue|r': 2, inq: 1, commas: 2, nextcue: 1, 'nextcue|v': 2, N2v: 2,
};
