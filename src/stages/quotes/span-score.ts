/**
 * The span model as tables by feature template and `endScore`, the fast scorer that sums the same weights as
 * endFeatures (span-features.ts) without building feature strings; a test checks the two agree to the last bit.
 */
import { featureTables, table1, table2, table3, type Table1, type Table2, type Table3 } from './feature-table.js';
import { END_ARITY } from './templates.js';
import { endParts, type Context } from './span-features.js';

/** The span model by feature template (see feature-table.ts), for endScore. */
export interface SpanTables {
  readonly tables: true;
  readonly size: number;
  readonly clause: Table3; readonly lex: Table3; readonly vclause: Table3; readonly rest: Table2; readonly r: Table1; readonly full: Table1;
  readonly rFull: Table2; readonly L: Table1; readonly N: Table1; readonly N2: Table1; readonly LN: Table2; readonly NN2: Table2; readonly Nc: Table2;
  readonly Lc: Table2; readonly len: Table1; readonly op: Table2; readonly opc: Table3; readonly opLen: Table2; readonly vN: Table2; readonly vNc: Table3;
  readonly vop: Table3; readonly cueN: Table2; readonly cueR: Table2; readonly inq: Table1; readonly commas: Table2; readonly nextcue: Table1;
  readonly nextcueV: Table2; readonly N2v: Table2;
}

/** The span model's tables from its weights (the pipeline loads them ready-made: model-tables.ts). */
export function spanTables(weights: ReadonlyMap<string, number>): SpanTables {
  return spanTablesOf(featureTables(weights, END_ARITY), weights.size);
}

/** The span model from its tables by template (featureTables of its `size` weights with END_ARITY). */
export function spanTablesOf(t: ReadonlyMap<string, ReadonlyMap<string, unknown>>, size: number): SpanTables {
  const one = (name: string) => table1(t, name);
  const two = (name: string) => table2(t, name);
  const three = (name: string) => table3(t, name);
  return {
    tables: true,
    size,
    clause: three('clause'), lex: three('lex'), vclause: three('vclause'), rest: two('rest'), r: one('r'), full: one('full'),
    rFull: two('r|full'), L: one('L'), N: one('N'), N2: one('N2'), LN: two('LN'), NN2: two('NN2'), Nc: two('Nc'),
    Lc: two('Lc'), len: one('len'), op: two('op'), opc: three('opc'), opLen: two('op|len'), vN: two('vN'), vNc: three('vNc'),
    vop: three('vop'), cueN: two('cue|N'), cueR: two('cue|r'), inq: one('inq'), commas: two('commas'), nextcue: one('nextcue'),
    nextcueV: two('nextcue|v'), N2v: two('N2v'),
  };
}

/**
 * The summed weights of endFeatures(x, e), to the last bit, without building the feature strings: the same
 * values looked up part by part, added in the same order. Keep it in step with endFeatures (a test compares them).
 */
export function endScore(m: SpanTables, x: Context, e: number): number {
  const { N, N2, Cn, Cn2, L, Cl, A, clause, rule, inQuote, afterCue, verb, rest, full, atFull, len, commas, verbNext } = endParts(x, e);
  let s = 0;
  s += m.clause.get(Cn)?.get(A)?.get(clause) ?? 0;
  s += m.lex.get(x.strength)?.get(rule)?.get(Cn) ?? 0;
  s += m.vclause.get(verb)?.get(Cn)?.get(clause) ?? 0;
  s += m.rest.get(rest)?.get(Cn) ?? 0;
  s += m.r.get(rule) ?? 0;
  s += m.full.get(full) ?? 0;
  s += m.rFull.get(rule)?.get(atFull) ?? 0;
  s += m.L.get(L) ?? 0;
  s += m.N.get(N) ?? 0;
  s += m.N2.get(N2) ?? 0;
  s += m.LN.get(L)?.get(N) ?? 0;
  s += m.NN2.get(N)?.get(N2) ?? 0;
  s += m.Nc.get(Cn)?.get(Cn2) ?? 0;
  s += m.Lc.get(Cl)?.get(Cn) ?? 0;
  s += m.len.get(len) ?? 0;
  s += m.op.get(x.opener)?.get(N) ?? 0;
  s += m.opc.get(x.opener)?.get(Cn)?.get(Cn2) ?? 0;
  s += m.opLen.get(x.opener)?.get(len) ?? 0;
  s += m.vN.get(verb)?.get(N) ?? 0;
  s += m.vNc.get(verb)?.get(Cn)?.get(Cn2) ?? 0;
  s += m.vop.get(verb)?.get(x.opener)?.get(rule) ?? 0;
  s += m.cueN.get(x.lemma)?.get(Cn) ?? 0;
  s += m.cueR.get(x.lemma)?.get(rule) ?? 0;
  s += m.inq.get(inQuote ? 'y' : 'n') ?? 0;
  s += m.commas.get(commas)?.get(Cn) ?? 0;
  s += m.nextcue.get(afterCue) ?? 0;
  s += m.nextcueV.get(afterCue)?.get(verb) ?? 0;
  s += m.N2v.get(N)?.get(verbNext) ?? 0;
  return s;
}
