/**
 * The job queue in the PostgreSQL database (graphile-worker): `enqueue` adds ingest jobs, `work` runs
 * them. Workers share nothing but the database; each job is an ordinary ingest into the store, so it
 * is idempotent and resumable, and a failed document is recorded with its code and skipped.
 */
import { Logger, makeWorkerUtils, run, runOnce, type Task } from 'graphile-worker';
import type { Failure } from '../core/errors.js';
import { ingestSources, type IngestProgress } from '../pipeline/ingest.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { createExtractor } from '../workers/pool.js';
import { INGEST_TASK, jobKey, parseJob, type IngestJob } from './job.js';

/** Where graphile-worker keeps the queue: beside the store's schema when the URL names one. */
export function queueSchema(store: PostgresStore): string {
  return store.schema ? `${store.schema}_queue` : 'graphile_worker';
}

/** A job is retried this many times when it fails as a whole (the database went away); bad documents never fail it. */
const MAX_ATTEMPTS = 5;

/** Warnings and errors of graphile-worker itself, one line each; its info chatter is left out. */
function quietLogger(write: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') write(`worker ${level}: ${message}\n`);
  });
}

export interface EnqueueReport {
  /** Jobs added or replaced (same sources and options: the waiting job is updated, not doubled). */
  readonly jobs: number;
  /** Jobs waiting or running in the queue now. */
  readonly waiting: number;
}

export async function enqueue(store: PostgresStore, jobs: readonly IngestJob[], log: (line: string) => void = () => undefined): Promise<EnqueueReport> {
  const schema = queueSchema(store);
  const utils = await makeWorkerUtils({ pgPool: store.pool, schema, logger: quietLogger(log) });
  try {
    await utils.migrate();
    for (const job of jobs) await utils.addJob(INGEST_TASK, job, { jobKey: jobKey(job), maxAttempts: MAX_ATTEMPTS });
    return { jobs: jobs.length, waiting: await waitingJobs(store) };
  } finally {
    await utils.release();
  }
}

/** Jobs not yet done (waiting, running, or waiting to be retried). */
export async function waitingJobs(store: PostgresStore): Promise<number> {
  const r = await store.pool.query<{ n: number }>(`select count(*)::int as n from "${queueSchema(store)}".jobs where task_identifier = $1`, [INGEST_TASK]);
  return r.rows[0]?.n ?? 0;
}

export interface WorkOptions {
  /** Jobs at once in this process (default 1). Ignored with `once`. */
  readonly concurrency?: number;
  /** Extraction threads shared by this process's jobs. */
  readonly threads?: number;
  /** Run the waiting jobs, then return (otherwise run until `signal` aborts). */
  readonly once?: boolean;
  readonly signal?: AbortSignal;
  /** One line per job done, and graphile-worker's warnings. */
  readonly log?: (line: string) => void;
  readonly onFailure?: (failure: Failure) => void;
}

export interface WorkReport {
  readonly jobs: number;
  readonly progress: Omit<IngestProgress, 'elapsedMs'>;
}

/** Runs ingest jobs from the queue into `store` until the queue is empty (`once`) or `signal` aborts. */
export async function work(store: PostgresStore, options: WorkOptions = {}): Promise<WorkReport> {
  const log = options.log ?? (() => undefined);
  const extractor = createExtractor(options.threads ?? 1);
  const total = { read: 0, skipped: 0, stored: 0, statements: 0, merged: 0, duplicates: 0, failures: 0 };
  let jobs = 0;
  const ingest: Task = async (payload, helpers) => {
    const job = parseJob(payload);
    // Not ours (another version's payload): failing it keeps it visible in the queue for a person to see.
    if (!job) throw new Error(`job ${helpers.job.id} has a payload this version cannot read; enqueue its sources again`);
    const p = await ingestSources(store, job.sources, {
      read: { format: job.format, fields: job.fields, followLinks: job.followLinks, ...(job.maxBytes && { maxBytes: job.maxBytes }) },
      extract: { published: job.published },
      extractor,
      ...(options.onFailure && { onFailure: options.onFailure }),
    });
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += p[k];
    jobs++;
    log(
      `job ${helpers.job.id}: ${job.sources.length} source(s) → ${p.stored} stored, ${p.skipped} already present, ${p.failures} failed; ` +
        `${p.statements} statements (+${p.merged} reported again)\n`,
    );
  };
  const common = { pgPool: store.pool, schema: queueSchema(store), taskList: { [INGEST_TASK]: ingest }, logger: quietLogger(log), noHandleSignals: true };
  try {
    if (options.once) {
      await runOnce(common);
    } else {
      const runner = await run({ ...common, concurrency: options.concurrency ?? 1, pollInterval: 1000 });
      const stop = () => void runner.stop();
      if (options.signal?.aborted) stop();
      options.signal?.addEventListener('abort', stop, { once: true });
      await runner.promise;
    }
  } finally {
    await extractor.close();
  }
  return { jobs, progress: total };
}
