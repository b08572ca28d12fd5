/**
 * The learned models' weights indexed by feature template and value, so that a scorer can look a feature up
 * from its parts (token strings it already holds) instead of building the feature string `name=a|b|c` and
 * hashing it: the cue and span scorers run on every token and every candidate end, and the strings were most
 * of their cost. A look-up from parts gives exactly the weight of the string the parts would join into.
 */

/** Weights of one template, nested one map level per value part. */
export type Table1 = ReadonlyMap<string, number>;
export type Table2 = ReadonlyMap<string, Table1>;
export type Table3 = ReadonlyMap<string, Table2>;

type Nested = Map<string, Nested | number>;

/** Every way to cut `rest` at its `|` into `n` parts (a value holding `|` itself makes more than one). */
function splits(rest: string, n: number): string[][] {
  if (n === 1) return [[rest]];
  const out: string[][] = [];
  for (let k = rest.indexOf('|'); k >= 0; k = rest.indexOf('|', k + 1)) {
    for (const tail of splits(rest.slice(k + 1), n - 1)) out.push([rest.slice(0, k), ...tail]);
  }
  return out;
}

/**
 * One template's weights as rows: row r is its value parts in nesting order, keys[r × parts … (r + 1) × parts),
 * and its weight, weights[r]. The form data/model-tables.json stores (model-tables.ts): a worker builds its tables
 * from rows in a tight loop instead of parsing and cutting ~100k feature strings at start-up. Strings and numbers
 * apart: an array of numbers alone is stored unboxed, one heap object instead of one per weight.
 */
export interface TemplateRows {
  readonly parts: number;
  readonly keys: readonly string[];
  readonly weights: readonly number[];
}

/**
 * The rows of the named templates (name → number of `|`-joined parts, or the parts' nesting order: [1, 0] nests
 * by the second part first), from feature strings `name=a|b`, in the order of the weights.
 * A key whose parts can be cut in several ways is entered under each cut: every cut joins back into that same
 * key, so whichever parts a scorer holds, it finds the weight the feature string would have had.
 * @example featureRows(new Map([['pw=the|said', 0.5]]), { pw: 2 }).pw // { parts: 2, keys: ['the', 'said'], weights: [0.5] }
 */
export function featureRows(weights: ReadonlyMap<string, number>, arity: Readonly<Record<string, number | readonly number[]>>): Record<string, TemplateRows> {
  const out: Record<string, { parts: number; keys: string[]; weights: number[] }> = {};
  for (const [name, spec] of Object.entries(arity)) out[name] = { parts: typeof spec === 'number' ? spec : spec.length, keys: [], weights: [] };
  for (const [key, weight] of weights) {
    const eq = key.indexOf('=');
    if (eq < 0) continue;
    const name = key.slice(0, eq);
    const spec = arity[name];
    if (spec === undefined || !Object.hasOwn(out, name)) continue;
    const order = typeof spec === 'number' ? null : spec;
    for (const cut of splits(key.slice(eq + 1), order ? order.length : (spec as number))) {
      out[name]!.keys.push(...(order ? order.map((k) => cut[k]!) : cut));
      out[name]!.weights.push(weight);
    }
  }
  return out;
}

/** The tables of templates' rows: one map level per part, the weight at the last (row order kept). */
export function tablesFromRows(templates: Readonly<Record<string, TemplateRows>>): ReadonlyMap<string, ReadonlyMap<string, unknown>> {
  const tables = new Map<string, Nested>();
  for (const [name, { parts, keys, weights }] of Object.entries(templates)) {
    const table: Nested = new Map();
    tables.set(name, table);
    for (let r = 0, k = 0; r < weights.length; r++) {
      let level = table;
      for (const last = k + parts - 1; k < last; k++) {
        let next = level.get(keys[k]!) as Nested | undefined;
        if (next === undefined) level.set(keys[k]!, (next = new Map()));
        level = next;
      }
      level.set(keys[k++]!, weights[r]!);
    }
  }
  return tables;
}

/**
 * The weights of the named templates, nested one map level per part (see featureRows).
 * @example featureTables(new Map([['pw=the|said', 0.5]]), { pw: 2 }).get('pw') // Map { the → Map { said → 0.5 } }
 */
export function featureTables(weights: ReadonlyMap<string, number>, arity: Readonly<Record<string, number | readonly number[]>>): ReadonlyMap<string, ReadonlyMap<string, unknown>> {
  return tablesFromRows(featureRows(weights, arity));
}

/** A template's table by name, typed by its number of parts (an empty table when the weights have none). */
export function table1(tables: ReadonlyMap<string, ReadonlyMap<string, unknown>>, name: string): Table1 {
  return (tables.get(name) ?? new Map()) as Table1;
}
export function table2(tables: ReadonlyMap<string, ReadonlyMap<string, unknown>>, name: string): Table2 {
  return (tables.get(name) ?? new Map()) as Table2;
}
export function table3(tables: ReadonlyMap<string, ReadonlyMap<string, unknown>>, name: string): Table3 {
  return (tables.get(name) ?? new Map()) as Table3;
}
