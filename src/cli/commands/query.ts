import { InvalidArgumentError, type Command } from 'commander';
import type { StatementQuery, Store } from '../../store/store.js';
import { EXIT, json, type CliIo } from '../io.js';
import { statementDetail, statementLine } from '../format.js';
import { addDbOption, addFilterOptions, filterOf, withExistingStore, type DbFlags, type FilterFlags } from '../store-options.js';

interface ListFlags extends DbFlags, FilterFlags {
  limit?: number;
  cursor?: string;
  json?: boolean;
}

/** Counting stops here: the exact size of a huge result set is not worth a second's wait. */
const COUNT_CAP = 10_000;

/** `--limit`: a whole number 1–500, else a usage error (it was silently replaced by the default). */
function limitOf(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 500) throw new InvalidArgumentError('expected a whole number from 1 to 500');
  return n;
}

/** Labels of the stats table, in words (the JSON keeps the field names). */
const STAT_LABELS: Record<string, string> = {
  duplicateDocuments: 'duplicate documents',
  statementSources: 'statement sources',
  firstDate: 'first date said',
  lastDate: 'last date said',
};

/** `search`, `statements`, `actors`, `show`, `stats`: read the database, never write it. */
export function registerQueries(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const list = async (flags: ListFlags, text?: string) =>
    withExistingStore(flags, async (store) => {
      const q: StatementQuery = { ...filterOf(flags, text), limit: flags.limit ?? 20, cursor: flags.cursor ?? null };
      const page = await store.searchStatements(q);
      if (flags.json) for (const h of page.items) io.out(json(h, false));
      else {
        for (const h of page.items) io.out(statementLine(h));
        const total = await store.countStatements(q, COUNT_CAP);
        if (total === 0) io.err(`no statement matches${await unknownActors(store, flags)}\n`);
        else io.err(`${page.items.length} of ${total >= COUNT_CAP ? `${COUNT_CAP}+` : total} statements${page.nextCursor ? ` (next page: --cursor ${page.nextCursor})` : ''}\n`);
      }
      return EXIT.ok;
    });

  const search = program
    .command('search')
    .description('Full-text search over quotes (and, with --articles, the articles they come from)')
    .argument('<text>', 'words that must all occur; "a phrase" in quotes; prefix* ends with a star')
    .option('--articles', 'also match the text of the articles that report the statements')
    .addHelpText(
      'after',
      '\nPrints one line per statement (newest first: id, date said, speaker (actor) → targets, [event stance], quote),\n' +
        'then on stderr how many match and the --cursor of the next page.\n\n' +
        'Examples:\n  communique search ceasefire --target RUS --since 2022-02-24\n  communique search \'"peaceful means"\' --actor AFG --json\n  communique search sanction* --stance critical --limit 100',
    );
  addListOptions(addFilterOptions(addDbOption(search))).action(async (text: string, flags: ListFlags) => setExit(await list(flags, text)));

  const statements = program
    .command('statements')
    .description('List statements, newest first, with filters')
    .addHelpText('after', '\nExamples:\n  communique statements --actor France --stance critical\n  communique statements --event 02 --since 2022-02-24 --until 2022-03-31 --json');
  addListOptions(addFilterOptions(addDbOption(statements))).action(async (flags: ListFlags) => setExit(await list(flags)));

  const actors = program
    .command('actors')
    .description('List actors with how often they speak and are spoken about, and their date range')
    .argument('[text]', 'code prefix or words of the name')
    .option('--limit <n>', 'how many, 1–500', limitOf, 50)
    .option('--json', 'one JSON object per line')
    .addHelpText('after', '\nColumns: code, name, statements made, statements about it, first … last date said.\n\nExamples:\n  communique actors\n  communique actors united --json');
  addDbOption(actors).action(async (text: string | undefined, flags: ListFlags) =>
    setExit(
      await withExistingStore(flags, async (store) => {
        const page = await store.listActors({ ...(text && { text }), limit: flags.limit ?? 50 });
        for (const a of page.items) {
          io.out(
            flags.json
              ? json(a, false)
              : `${a.code.padEnd(8)}${a.name.padEnd(32)}${String(a.statements).padStart(7)} said ${String(a.targeted).padStart(7)} about  ${a.firstDate ?? ''}${a.lastDate && a.lastDate !== a.firstDate ? ` … ${a.lastDate}` : ''}\n`,
          );
        }
        return EXIT.ok;
      }),
    ),
  );

  const show = program
    .command('show')
    .description('Show one statement with its evidence in context and every source that reports it')
    .argument('<id>', 'a statement id (st_…)')
    .option('--json', 'print the statement detail as JSON')
    .addHelpText('after', '\nExample:\n  communique show st_1a2b3c4d5e6f7a8b');
  addDbOption(show).action(async (id: string, flags: ListFlags) =>
    setExit(
      await withExistingStore(flags, async (store) => {
        const d = await store.getStatement(id);
        if (!d) {
          io.err(`error STORE_NOT_FOUND ${id}: no statement has this id; find ids with \`communique search\`.\n`);
          return EXIT.failure;
        }
        io.out(flags.json ? json(d, true) : statementDetail(d));
        return EXIT.ok;
      }),
    ),
  );

  const stats = program
    .command('stats')
    .description('Counts of documents, statements, sources, actors and failures (the same for the same data)')
    .option('--json', 'print as JSON (the field names of the API\'s /api/stats)')
    .addHelpText('after', '\nExamples:\n  communique stats --db news.db\n  communique stats --json');
  addDbOption(stats).action(async (flags: ListFlags) =>
    setExit(
      await withExistingStore(flags, async (store) => {
        const s = await store.stats();
        if (flags.json) io.out(json(s, true));
        else {
          const { byKind, byStance, ...counts } = s;
          for (const [k, v] of Object.entries(counts)) io.out(`${(STAT_LABELS[k] ?? k).padEnd(20)}${v ?? '-'}\n`);
          for (const [k, v] of Object.entries(byKind)) io.out(`${`kind ${k}`.padEnd(20)}${v}\n`);
          for (const [k, v] of Object.entries(byStance)) io.out(`${`stance ${k}`.padEnd(20)}${v}\n`);
        }
        return EXIT.ok;
      }),
    ),
  );
}

/**
 * Why an empty result may be a typo: an --actor or --target that is no actor's code or name, with the
 * actors whose code or name contains it (what `communique actors WORDS` lists).
 */
async function unknownActors(store: Store, flags: FilterFlags): Promise<string> {
  const notes: string[] = [];
  for (const option of ['actor', 'target'] as const) {
    const value = flags[option];
    if (!value || (await store.getActor(value))) continue;
    const close = (await store.listActors({ text: value, limit: 5 })).items;
    if (close.some((a) => a.name.toLowerCase() === value.toLowerCase())) continue;
    const hint = close.length > 0 ? `did you mean ${close.map((a) => `${a.code} (${a.name})`).join(', ')}?` : 'see `communique actors`';
    notes.push(`; --${option} "${value}" is no actor's code or name (${hint})`);
  }
  return notes.join('');
}

function addListOptions(cmd: Command): Command {
  return cmd
    .option('--limit <n>', 'statements per page (max 500)', limitOf, 20)
    .option('--cursor <cursor>', 'the next-page cursor printed by the previous call')
    .option('--json', 'one JSON object per line');
}
