import { InvalidArgumentError, type Command } from 'commander';
import type { Extraction } from '../../core/types.js';
import { reactions, reactionsTable } from '../../reactions/aggregate.js';
import { readSources } from '../../stages/ingest/read-files.js';
import { EXIT, json, reportFailure, type CliIo } from '../io.js';
import { withExistingStore } from '../store-options.js';
import { parseBytes, parseDay } from '../options.js';

interface ReactionsFlags {
  db?: string;
  toward?: string[];
  json?: boolean;
  pretty?: boolean;
  published?: string;
  maxBytes?: number;
}

/** `--toward RUS,UKR`: actor codes (letters, 2–8 of them), upper-cased. */
export function parseCodes(value: string): string[] {
  const codes = value.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (codes.length === 0 || codes.some((c) => !/^[A-Z][A-Z0-9]{1,7}$/.test(c))) {
    throw new InvalidArgumentError('expected actor codes separated by commas, e.g. RUS,UKR or NATO');
  }
  return codes;
}

/** `communique reactions FILES… --toward RUS,UKR`: each actor's position toward the targets, with its statements. */
export function registerReactions(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('reactions')
    .description("Group statements by the actor that made them: each actor's position toward the chosen targets")
    .argument('[sources...]', 'files, directories, or - for standard input (or none, with --db)')
    .option('--db <path>', 'read the statements of an ingested database instead of extracting files')
    .option('--toward <codes>', 'target codes, comma-separated (default: every target)', parseCodes)
    .option('--json', 'print JSON instead of a table')
    .option('--pretty', 'indent the JSON output')
    .option('--published <YYYY-MM-DD>', 'publication date to resolve relative dates against', parseDay)
    .option('--max-bytes <size>', 'largest document to read', parseBytes)
    .addHelpText('after', '\nExamples:\n  communique reactions articles/ --toward RUS,UKR\n  communique reactions a.txt b.txt --toward NATO --json\n  communique reactions --db news.db --toward RUS,UKR')
    .action(async (sources: string[], flags: ReactionsFlags) => {
      const extractions: Extraction[] = [];
      let failed = 0;
      const options = { published: flags.published ?? null };
      if (flags.db !== undefined || sources.length === 0) {
        if (sources.length > 0) {
          io.err('error: give either files or --db, not both (run with --help for usage)\n');
          setExit(EXIT.usage);
          return;
        }
        extractions.push(...(await storedExtractions(flags)));
      }
      // Loaded on use: other commands must not pay for loading the pipeline (see extract.ts).
      const { extract } = await import('../../pipeline/extract.js');
      for await (const raw of readSources(sources, flags.maxBytes ? { maxBytes: flags.maxBytes } : {})) {
        if (!raw.ok) {
          failed++;
          reportFailure(io, raw.failure);
          continue;
        }
        const result = extract(raw.value, options);
        if (!result.ok) {
          failed++;
          reportFailure(io, result.failure);
          continue;
        }
        extractions.push(result.value);
      }
      const rows = reactions(extractions, { toward: flags.toward ?? [] });
      io.out(flags.json ? json(rows, Boolean(flags.pretty)) : reactionsTable(rows));
      setExit(failed > 0 ? EXIT.failure : EXIT.ok);
    });
}

/** The seam to the store: every ingested document as the Extraction it came from (--db, else the default database). */
async function storedExtractions(flags: { db?: string }): Promise<Extraction[]> {
  return withExistingStore(flags, async (store) => {
    const out: Extraction[] = [];
    for await (const e of store.extractions()) out.push(e);
    return out;
  });
}
