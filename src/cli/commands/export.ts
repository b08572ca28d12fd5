import { InvalidArgumentError, type Command } from 'commander';
import type { StatementHit, Store } from '../../store/store.js';
import { EXIT, json, type CliIo } from '../io.js';
import { addDbOption, addFilterOptions, filterOf, withExistingStore, type DbFlags, type FilterFlags } from '../store-options.js';

type Format = 'jsonl' | 'csv' | 'events-tsv';

interface ExportFlags extends DbFlags, FilterFlags {
  format: Format;
  header?: boolean;
}

function parseFormat(v: string): Format {
  if (v !== 'jsonl' && v !== 'csv' && v !== 'events-tsv') throw new InvalidArgumentError('expected jsonl, csv or events-tsv');
  return v;
}

/**
 * The earliest publication date among the documents that report a statement (DATEADDED of events-tsv),
 * looked up once per document; a statement reported by several documents asks for all its sources.
 */
function firstReportedOn(store: Store): (h: StatementHit) => Promise<string | null> {
  const byDocument = new Map<string, Promise<string | null>>();
  const published = (id: string) => {
    let p = byDocument.get(id);
    if (!p) byDocument.set(id, (p = store.getDocument(id).then((d) => d?.publishedAt ?? null)));
    return p;
  };
  return async (h) => {
    if (h.sourceCount <= 1) return published(h.documentId);
    const dates = ((await store.getStatement(h.statement.id))?.sources ?? []).map((s) => s.publishedAt).filter((d): d is string => !!d);
    return dates.length > 0 ? dates.reduce((a, b) => (new Date(b) < new Date(a) ? b : a)) : published(h.documentId);
  };
}

/** `communique export`: every statement matching the filters, streamed page by page. */
export function registerExport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const cmd = program
    .command('export')
    .description('Write statements as JSON Lines, CSV, or a TSV in GDELT 2.0 event column order')
    .option('--format <format>', 'jsonl, csv or events-tsv', parseFormat, 'jsonl')
    .option('--no-header', 'omit the header row (csv, events-tsv)')
    .option('--text <words>', 'only statements whose quote has these words')
    .addHelpText(
      'after',
      '\nevents-tsv: GDELT 2.0\'s 61 event columns in its order, one row per statement and target;\n' +
        'GLOBALEVENTID (an integer from the statement id), dates, actors, CAMEO codes, QuadClass,\n' +
        'GoldsteinScale, source counts, DATEADDED (the first report\'s publication date, as GDELT\'s is when\n' +
        'the event entered its database; SQLDATE is when it was said) and SOURCEURL are filled (README: "export").\n\n' +
        'Examples:\n  communique export --format csv --target RUS > russia.csv\n  communique export --format events-tsv --since 2022-02-24 > events.tsv',
    );
  addFilterOptions(addDbOption(cmd)).action(async (flags: ExportFlags & { text?: string }) =>
    setExit(
      await withExistingStore(flags, async (store) => {
        // Loaded here: the formats read the event lexicon (0.1 s), which other commands need not load.
        const { CSV_COLUMNS, csvRow, GDELT_EVENT_COLUMNS, gdeltRows } = await import('../export-formats.js');
        if (flags.header !== false && flags.format === 'csv') io.out(`${CSV_COLUMNS.join(',')}\n`);
        if (flags.header !== false && flags.format === 'events-tsv') io.out(`${GDELT_EVENT_COLUMNS.join('\t')}\n`);
        const firstReported = firstReportedOn(store);
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<typeof store.searchStatements>> = await store.searchStatements({ ...filterOf(flags, flags.text), limit: 500, cursor });
          for (const h of page.items) {
            if (flags.format === 'jsonl') io.out(json(h, false));
            else if (flags.format === 'csv') io.out(`${csvRow(h)}\n`);
            else for (const row of gdeltRows(h, h.documentSource, await firstReported(h))) io.out(`${row}\n`);
          }
          cursor = page.nextCursor;
        } while (cursor);
        return EXIT.ok;
      }),
    ),
  );
}
