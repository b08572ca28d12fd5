/**
 * Loads the bundled extraction worker (dist/workers/extract-worker.bundle.cjs) with a V8 code cache
 * kept next to it (extract-worker.bundle.cache): every worker thread of every ingest otherwise parses
 * and compiles the 4 MB bundle and, while it extracts its first documents, each function it calls.
 * The cache holds that compiled bytecode, made by `npm run build` after extracting the bundled demo
 * corpus. V8 rejects a cache made from other source, by another V8, or under other flags; the worker
 * then compiles as before and writes a fresh cache once it has warmed up (nothing is written when the
 * directory is read-only). Same code, same results: only compilation is skipped.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * V8 flags the worker runs with (extract-worker.ts says why). They are part of a code cache's identity,
 * so they are set before the bundle is compiled, when the cache is made and when it is used.
 */
export const WORKER_V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=600000'] as const;

export function setWorkerFlags(): void {
  for (const flag of WORKER_V8_FLAGS) setFlagsFromString(flag);
}

export interface CachedBundle<T> {
  /** The bundle's exports. */
  readonly exports: T;
  /** Whether compiled code came from the cache (false: none, or rejected as stale). */
  readonly fromCache: boolean;
  /** Writes the cache of what is compiled by now; false when it could not be written. */
  saveCache(): boolean;
}

export function cacheFileOf(bundleFile: string): string {
  return bundleFile.replace(/\.cjs$/, '.cache');
}

/**
 * V8 identifies a cache's source by its length only: the cache of another bundle of the same length
 * would be taken, and run the other bundle's code. So the cache file starts with the SHA-256 of the
 * bundle it was made for (3 ms for the 4 MB bundle) and is used only for that bundle.
 */
const STAMP_BYTES = 32;

function stampOf(source: Buffer): Buffer {
  return createHash('sha256').update(source).digest();
}

/** The V8 data of a cache file made for this very bundle, else undefined. */
function readCache(cacheFile: string, stamp: Buffer): Buffer | undefined {
  try {
    const file = readFileSync(cacheFile);
    return file.subarray(0, STAMP_BYTES).equals(stamp) ? file.subarray(STAMP_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

/** Compiles and runs a CommonJS bundle, with its code cache when there is a valid one. */
export function loadCachedBundle<T>(bundleFile: string): CachedBundle<T> {
  setWorkerFlags();
  const cacheFile = cacheFileOf(bundleFile);
  const bytes = readFileSync(bundleFile);
  const source = bytes.toString('utf8');
  const stamp = stampOf(bytes);
  const cachedData = readCache(cacheFile, stamp);
  // The CommonJS module wrapper, written out so that the whole bundle is one cacheable script.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    ...(cachedData && { cachedData }),
  });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  wrapper(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  return {
    exports: module.exports,
    fromCache: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: () => {
      try {
        // Written aside and renamed: two workers saving at once, or a reader meanwhile, never see half a file.
        const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(temp, Buffer.concat([stamp, script.createCachedData()]));
        renameSync(temp, cacheFile);
        return true;
      } catch {
        return false;
      }
    },
  };
}
