import { InvalidArgumentError, type Command } from 'commander';
import type { Failure } from '../../core/errors.js';
import { ingestSources, type IngestProgress } from '../../pipeline/ingest.js';
import type { Store } from '../../store/store.js';
import { EXIT, reportFailure, type CliIo } from '../io.js';
import { parseDay } from '../options.js';
import { addDbOption, withStore, type DbFlags } from '../store-options.js';

export interface WatchFlags extends DbFlags {
  /** Milliseconds between polls (15 minutes when absent). */
  interval?: number;
  once?: boolean;
  followLinks?: boolean;
  published?: string;
  quiet?: boolean;
}

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
const DEFAULT_INTERVAL_MS = 15 * 60_000;

/** `90s`, `15m`, `1h`, `500ms`, or a number of seconds; at least one second (feeds are polled, not hammered). */
export function parseInterval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(value.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[(m[2]?.toLowerCase() ?? 's') as keyof typeof UNIT_MS] : NaN;
  if (!(ms >= 1000)) throw new InvalidArgumentError('expected a duration of at least 1s, such as 90s, 15m or 1h');
  return Math.round(ms);
}

/** `communique watch FEEDS…`: poll feeds, ingest new items (idempotent), until Ctrl-C or after one poll with --once. */
export function registerWatch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const cmd = program
    .command('watch')
    .description('Poll RSS/Atom feeds at an interval and ingest their new items into the database; Ctrl-C stops')
    .argument('<feeds...>', 'feed URLs (or feed files) to poll')
    .option('--interval <duration>', 'time between polls: 90s, 15m, 1h (default 15m)', parseInterval)
    .option('--once', 'poll every feed once, then exit (for cron jobs and tests)')
    .option('--follow-links', 'fetch the linked page of items that carry no content')
    .option('--published <YYYY-MM-DD>', 'publication date for items that give none', parseDay)
    .option('--quiet', 'print failures only, no line per poll')
    .addHelpText(
      'after',
      '\nEach poll stores only items not already in the database (same source and content), so feeds can\n' +
        'be polled as often as you like and a restarted watch picks up where it stopped. A failed feed is\n' +
        'reported (once per feed and error) and polled again next time. Ctrl-C (SIGINT) or SIGTERM ends the\n' +
        'poll in progress and exits; exit code 1 when any poll had a failure.\n\n' +
        'Examples:\n  communique watch https://example.org/feed.xml https://example.com/atom --interval 10m --db news.db\n' +
        '  communique watch https://example.org/feed.xml --once      # from cron',
    );
  addDbOption(cmd).action(async (feeds: string[], flags: WatchFlags) => {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      setExit(await withStore(flags, (store) => runWatch(store, feeds, flags, io, stop.signal)));
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}

/** The polling loop; `signal` ends it between polls (or after the poll in progress). */
export async function runWatch(store: Store, feeds: readonly string[], flags: WatchFlags, io: CliIo, signal: AbortSignal): Promise<number> {
  const reported = new Set<string>();
  const onFailure = (f: Failure) => {
    // A broken feed fails the same way on every poll: say it once, not every 15 minutes.
    const key = `${f.code} ${f.source}`;
    if (reported.has(key)) return;
    reported.add(key);
    reportFailure(io, f);
  };
  let code: number = EXIT.ok;
  const total = { stored: 0, statements: 0 };
  for (let poll = 1; ; poll++) {
    const p: IngestProgress = await ingestSources(store, feeds, {
      read: { format: 'auto', followLinks: Boolean(flags.followLinks) },
      extract: { published: flags.published ?? null },
      threads: 1,
      onFailure,
    });
    total.stored += p.stored;
    total.statements += p.statements;
    if (p.failures > 0) code = EXIT.failure;
    if (!flags.quiet) {
      io.err(
        `${new Date().toISOString().slice(0, 19)}Z poll ${poll}: ${p.stored} new ${p.stored === 1 ? 'item' : 'items'}, ${p.statements} new statements ` +
          `(${p.skipped} already stored, ${p.failures} failed)\n`,
      );
    }
    if (flags.once || signal.aborted) break;
    await sleep(flags.interval ?? DEFAULT_INTERVAL_MS, signal);
    if (signal.aborted) break;
  }
  io.err(`${flags.once ? 'done' : 'stopped'}: ${total.stored} new ${total.stored === 1 ? 'item' : 'items'} and ${total.statements} new statements stored\n`);
  return code;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
