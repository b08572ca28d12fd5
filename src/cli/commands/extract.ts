import { Option, type Command } from 'commander';
import { readSources, DEFAULT_MAX_BYTES } from '../../stages/ingest/read-files.js';
import { EXIT, json, reportFailure, type CliIo } from '../io.js';
import { parseBytes, parseCount, parseDay } from '../options.js';
import { DEFAULT_MAX_ARTICLE_CHARS } from '../../core/stage.js';

interface ExtractFlags {
  published?: string;
  pretty?: boolean;
  explain?: boolean;
  maxBytes?: number;
  maxChars?: number;
  format?: 'json' | 'text';
}

/** `communique extract` and `communique clean`: one JSON object per document, JSON Lines for several. */
export function registerExtract(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('Extract statements (who said what, to whom, when, with what stance) from documents')
    .argument('<sources...>', 'files, directories, globs, feed or page URLs, or - for standard input')
    .option('--published <YYYY-MM-DD>', 'publication date to resolve relative dates against', parseDay)
    .option('--pretty', 'indent the JSON output')
    .option('--explain', 'print the stage trace of each document on stderr')
    .option('--max-bytes <size>', `largest document to read (default ${DEFAULT_MAX_BYTES / 1024 / 1024}m)`, parseBytes)
    .option('--max-chars <n>', `longest clean article text to extract statements from (default ${DEFAULT_MAX_ARTICLE_CHARS})`, parseCount)
    .addHelpText('after', '\nExamples:\n  communique extract article.txt --pretty\n  communique extract pages/ > statements.jsonl\n  cat a.html | communique extract - --published 2022-02-26')
    .action(async (sources: string[], flags: ExtractFlags) => {
      setExit(await runDocuments(sources, flags, io, 'extract'));
    });

  program
    .command('clean')
    .description('Print the clean stage alone: article text, metadata and removed spans')
    .argument('<sources...>', 'files, directories, globs, feed or page URLs, or - for standard input')
    .option('--published <YYYY-MM-DD>', 'publication date to report', parseDay)
    .addOption(new Option('--format <format>', 'json, or text (the article text alone)').choices(['json', 'text']).default('json'))
    .option('--pretty', 'indent the JSON output')
    .option('--explain', 'print the stage trace of each document on stderr')
    .option('--max-bytes <size>', `largest document to read (default ${DEFAULT_MAX_BYTES / 1024 / 1024}m)`, parseBytes)
    .addHelpText('after', '\nExamples:\n  communique clean page.html --pretty\n  communique clean scraped.txt --format text    # what is kept of the article')
    .action(async (sources: string[], flags: ExtractFlags) => {
      setExit(await runDocuments(sources, flags, io, 'clean'));
    });
}

async function runDocuments(sources: string[], flags: ExtractFlags, io: CliIo, mode: 'extract' | 'clean'): Promise<number> {
  // Loaded here, not at the top: every other command (ingest above all, whose workers load their own
  // copy) would pay 0.6 s of CPU to load the pipeline at start-up.
  const { cleanDocument, extract } = await import('../../pipeline/extract.js');
  const options = {
    published: flags.published ?? null,
    explain: Boolean(flags.explain),
    ...(flags.maxChars !== undefined && { maxArticleChars: flags.maxChars }),
  };
  let failed = 0;
  let read = 0;
  for await (const raw of readSources(sources, flags.maxBytes ? { maxBytes: flags.maxBytes } : {})) {
    read++;
    if (!raw.ok) {
      failed++;
      reportFailure(io, raw.failure);
      continue;
    }
    const result = mode === 'extract' ? extract(raw.value, options) : cleanDocument(raw.value, options);
    if (flags.explain) for (const t of result.trace) io.err(`[${t.stage}] ${t.line}\n`);
    if (!result.ok) {
      failed++;
      reportFailure(io, result.failure);
      continue;
    }
    if (mode === 'extract') {
      io.out(json(result.value, Boolean(flags.pretty)));
    } else if ('text' in result.value) {
      const d = result.value;
      if (flags.format === 'text') io.out(`${d.text}\n\n`);
      else io.out(json({ source: d.source, title: d.title, publishedAt: d.publishedAt, text: d.text, removed: d.removed }, Boolean(flags.pretty)));
    }
  }
  // No output at all and exit 0 would look like "no statements" rather than "no documents".
  if (read === 0) io.err(`nothing to ${mode}: no documents found in ${sources.join(', ')}\n`);
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
