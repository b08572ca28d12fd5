/** `communique enqueue SOURCES…` and `communique worker`: ingest spread over processes and machines (PostgreSQL only). */
import type { Command } from 'commander';
import { CommuniqueError } from '../../core/errors.js';
import type { IngestJob } from '../../queue/job.js';
import { DEFAULT_BATCH_FILES, planJobs } from '../../queue/plan.js';
import type { PostgresStore } from '../../store/postgres/postgres-store.js';
import { isDatabaseUrl } from '../../store/postgres/url.js';
import { defaultThreads } from '../../workers/pool.js';
import { EXIT, reportFailure, type CliIo } from '../io.js';
import { addReadingOptions, parseCount, type ReadingFlags } from '../options.js';
import { addDbOption, dbLabel, dbPath, type DbFlags } from '../store-options.js';

interface EnqueueFlags extends DbFlags, ReadingFlags {
  batchFiles: number;
}

interface WorkerFlags extends DbFlags {
  concurrency: number;
  threads?: number;
  once?: boolean;
}

/** The queue lives in PostgreSQL: a SQLite file cannot be shared by machines. */
function requirePostgres(flags: DbFlags, command: string): string {
  const location = dbPath(flags);
  if (!isDatabaseUrl(location)) {
    throw new CommuniqueError(
      'STORE_BAD_URL',
      `\`communique ${command}\` needs a PostgreSQL database: set COMMUNIQUE_DATABASE_URL=postgres://… or pass --db postgres://… (on one machine, \`communique ingest\` uses every core).`,
    );
  }
  return location;
}

async function withPostgres<T>(flags: DbFlags, command: string, fn: (store: PostgresStore) => Promise<T>, max = 4): Promise<T> {
  const location = requirePostgres(flags, command);
  const { PostgresStore } = await import('../../store/postgres/postgres-store.js');
  const store = await PostgresStore.open(location, { max });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function registerQueue(program: Command, io: CliIo, setExit: (code: number) => void, signal?: AbortSignal): void {
  const enq = program
    .command('enqueue')
    .description('Split sources into ingest jobs in the PostgreSQL job queue, for `communique worker` processes on any machine')
    .argument('<sources...>', 'files, directories, globs, or feed/page URLs; workers read them at the same path')
    .option('--batch-files <n>', 'single-document files (text, HTML) per job; each WARC, feed, dump or URL is a job of its own', parseCount, DEFAULT_BATCH_FILES);
  addReadingOptions(enq).addHelpText(
    'after',
    '\nEnqueueing the same sources again replaces their waiting jobs; a job that already ran finds its documents stored.\n' +
      '\nExamples:\n  COMMUNIQUE_DATABASE_URL=postgres://news:…@db.internal/news communique enqueue /mnt/crawl/*.warc.gz\n  communique enqueue saved-pages/ --batch-files 200 --db postgres://…',
  );
  addDbOption(enq).action(async (sources: string[], flags: EnqueueFlags) => {
    requirePostgres(flags, 'enqueue');
    const plan = await planJobs(sources, { batchFiles: flags.batchFiles, format: flags.format ?? 'auto' });
    for (const f of plan.failures) reportFailure(io, f);
    const fields = Object.fromEntries(
      Object.entries({ text: flags.textField, date: flags.dateField, url: flags.urlField, title: flags.titleField }).filter(([, v]) => v !== undefined),
    ) as IngestJob['fields'];
    const jobs: IngestJob[] = plan.jobs.map((s) => ({
      v: 1,
      sources: [...s],
      format: flags.format ?? 'auto',
      fields,
      followLinks: Boolean(flags.followLinks),
      maxBytes: flags.maxBytes ?? null,
      published: flags.published ?? null,
    }));
    // graphile-worker is loaded only by the commands that use it: every other command starts faster.
    const { enqueue } = await import('../../queue/queue.js');
    const r = await withPostgres(flags, 'enqueue', (store) => enqueue(store, jobs, io.err));
    const files = plan.jobs.reduce((n, j) => n + j.length, 0);
    io.err(`enqueued ${r.jobs} job(s) for ${files} source(s) into ${dbLabel(flags)}; ${r.waiting} job(s) waiting. Run \`communique worker\` on any machine.\n`);
    setExit(plan.failures.length > 0 ? EXIT.failure : EXIT.ok);
  });

  const wrk = program
    .command('worker')
    .description('Run ingest jobs from the PostgreSQL job queue (start any number, on any machine)')
    .option('--concurrency <n>', 'jobs at once in this process', parseCount, 1)
    .option('--threads <n>', `extraction worker threads shared by those jobs (default: all ${defaultThreads()} cores)`, parseCount)
    .option('--once', 'run the waiting jobs, then exit (otherwise wait for more until Ctrl-C)')
    .addHelpText('after', '\nExamples:\n  COMMUNIQUE_DATABASE_URL=postgres://news:…@db.internal/news communique worker --concurrency 2\n  communique worker --once --db postgres://…');
  addDbOption(wrk).action(async (flags: WorkerFlags) => {
    const stop = new AbortController();
    const onSignal = () => {
      io.err('stopping: finishing the jobs in hand …\n');
      stop.abort();
    };
    signal?.addEventListener('abort', onSignal, { once: true });
    if (!flags.once) {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
    try {
      requirePostgres(flags, 'worker');
      const { work } = await import('../../queue/queue.js');
      const r = await withPostgres(
        flags,
        'worker',
        (store) =>
          work(store, {
            concurrency: flags.concurrency,
            threads: flags.threads ?? defaultThreads(),
            once: Boolean(flags.once),
            signal: stop.signal,
            log: io.err,
            onFailure: (f) => reportFailure(io, f),
          }),
        flags.concurrency + 4,
      );
      const p = r.progress;
      io.err(
        `worker done: ${r.jobs} job(s), ${p.stored} documents stored (${p.skipped} already present, ${p.duplicates} duplicates of others, ${p.failures} failed), ` +
          `${p.statements} new statements (+${p.merged} reported again) into ${dbLabel(flags)}\n`,
      );
      setExit(p.failures > 0 ? EXIT.failure : EXIT.ok);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
