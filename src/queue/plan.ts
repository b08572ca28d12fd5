/**
 * `communique enqueue` splits its sources into jobs: one per container (a WARC file, a feed, a JSONL or
 * CSV dump, a URL) and one per batch of single-document files (text, HTML). Paths become absolute: a
 * worker on another machine reads the same path (a shared mount), and the documents are named by it.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { fail, type Failure } from '../core/errors.js';
import { formatOf, type InputFormat } from '../stages/ingest/read-files.js';

export interface PlanOptions {
  /** Single-document files per job (default 100). */
  readonly batchFiles?: number;
  /** The --format every source is read with; a container format makes every file its own job. */
  readonly format?: InputFormat;
}

export interface Plan {
  /** Each job's sources, in the order the sources were given (directories in name order). */
  readonly jobs: readonly (readonly string[])[];
  /** Sources that could not be planned (missing paths, empty globs, standard input): reported, not enqueued. */
  readonly failures: readonly Failure[];
}

export const DEFAULT_BATCH_FILES = 100;

export async function planJobs(sources: readonly string[], options: PlanOptions = {}): Promise<Plan> {
  const batchFiles = Math.max(1, options.batchFiles ?? DEFAULT_BATCH_FILES);
  const format = options.format ?? 'auto';
  const jobs: string[][] = [];
  const failures: Failure[] = [];
  let batch: string[] = [];
  const single = (path: string) => {
    batch.push(path);
    if (batch.length >= batchFiles) {
      jobs.push(batch);
      batch = [];
    }
  };
  const file = (path: string) => {
    const f = format === 'auto' ? formatOf(path) : format;
    if (f && f !== 'text' && f !== 'html') jobs.push([path]);
    else single(path);
  };
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) {
      failures.push(failOf(fail('INGEST_NOT_FOUND', path, `Cannot read ${path}; check the path (workers read it at the same path).`)));
      return;
    }
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
      if (!entries) {
        failures.push(failOf(fail('INGEST_UNREADABLE', path, `Cannot list directory ${path}; check its permissions.`)));
        return;
      }
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) if (!e.name.startsWith('.')) await walk(join(path, e.name));
    } else if (info.isFile()) {
      file(path);
    }
  };

  for (const source of sources) {
    if (source === '-') {
      failures.push(
        failOf(fail('INGEST_NOT_FOUND', 'stdin', 'Standard input cannot be enqueued: workers read their sources themselves. Save it to a file and enqueue the file.')),
      );
    } else if (/^https?:\/\//i.test(source)) {
      jobs.push([source]);
    } else if (!(await stat(source).catch(() => null)) && /[*?[\]{}]/.test(source)) {
      const paths = (await glob(source, { onlyFiles: true, dot: false, expandDirectories: false, absolute: true })).sort();
      if (paths.length === 0) failures.push(failOf(fail('INGEST_NOT_FOUND', source, `No file matches ${source}; check the pattern (quote it so the shell does not expand it).`)));
      for (const p of paths) file(p);
    } else {
      await walk(isAbsolute(source) ? source : resolve(source));
    }
  }
  if (batch.length > 0) jobs.push(batch);
  return { jobs, failures };
}

function failOf(r: ReturnType<typeof fail>): Failure {
  if (r.ok) throw new Error('unreachable');
  return r.failure;
}
