/**
 * `npm run gazetteer` (second half): writes src/stages/events/data/codebook.json from the CAMEO codebook
 * (../shared/datasets/cameo/cameo-codes.csv: code, name, Goldstein score) and the PLOVER mapping
 * (CAMEO2PLOVER-2021.txt), and derives for every theme in themes.json the code it takes under each act root,
 * by matching the theme's `codebook` pattern against the code names. Only names, scores and codes are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDir, projectRoot } from '../../test/support/shared.js';

const dir = datasetDir('cameo');
if (!dir) {
  process.stderr.write('build-cameo: ../shared/datasets/cameo not found; set COMMUNIQUE_SHARED. Nothing written.\n');
  process.exit(1);
}

/** Minimal RFC 4180 reader: quoted fields with doubled quotes and embedded commas. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const csv = parseCsv(readFileSync(join(dir, 'cameo-codes.csv'), 'utf8')).slice(1);
const plover = new Map<string, string>();
for (const line of readFileSync(join(dir, 'CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
  const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
  if (m && m[1]!.length > 2 && !plover.has(m[1]!)) plover.set(m[1]!, m[2]!);
}
// The 2021 table starts at root 03. PLOVER folds CAMEO 02 (appeal) and 10 (demand) into REQUEST, and keeps
// no category for plain comments (010-014, 017); the few 01 codes that are acts map to the category they express.
const SUPPLEMENT: Record<string, string | null> = { '01': null, '02': 'REQUEST', '015': 'CONCEDE', '016': 'REJECT', '018': 'SUPPORT', '019': 'AGREE' };

interface Code {
  label: string;
  goldstein: number;
  plover: string | null;
}
const codes: Record<string, Code> = {};
for (const [code, name, goldstein] of csv) {
  if (!code || !name) continue;
  const root = code.slice(0, 2);
  const mapped = plover.get(code) ?? (code in SUPPLEMENT ? SUPPLEMENT[code]! : root in SUPPLEMENT ? SUPPLEMENT[root]! : (plover.get(`${root}0`) ?? null));
  codes[code] = { label: name.trim(), goldstein: Number(goldstein), plover: code.length === 2 ? null : mapped };
}

const themes = JSON.parse(readFileSync(join(projectRoot, 'src/stages/events/data/themes.json'), 'utf8')) as {
  themes: { theme: string; codebook: string }[];
};
const roots = [...new Set(Object.keys(codes).map((c) => c.slice(0, 2)))];
const themeCodes: Record<string, Record<string, string>> = {};
for (const t of themes.themes) {
  const re = new RegExp(t.codebook, 'i');
  themeCodes[t.theme] = {};
  for (const root of roots) {
    const hit = Object.keys(codes).find((c) => c.length > 2 && c.startsWith(root) && re.test(codes[c]!.label));
    if (hit) themeCodes[t.theme]![root] = hit;
  }
}

const out = join(projectRoot, 'src/stages/events/data/codebook.json');
writeFileSync(out, `${JSON.stringify({ generatedBy: 'scripts/gazetteer/build-cameo.ts', sources: ['cameo-codes.csv (andybega/icews, MIT)', 'CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0)'], codes, themeCodes }, null, 1)}\n`);
process.stdout.write(`wrote ${Object.keys(codes).length} codes and ${themes.themes.length} themes to ${out}\n`);
