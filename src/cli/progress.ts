/** Ingest progress: one redrawn line on a terminal, a plain line every few seconds otherwise. */
import type { IngestProgress } from '../pipeline/ingest.js';
import type { CliIo } from './io.js';

export interface ProgressView {
  update(p: IngestProgress): void;
  done(p: IngestProgress): void;
}

function rate(n: number, ms: number): string {
  return ms > 0 ? (n / (ms / 1000)).toFixed(1) : '0.0';
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

export function progressView(io: CliIo, total: number | null): ProgressView {
  // Off a terminal the first line comes after a few seconds: a short run prints its summary alone.
  let last = io.isTTY ? 0 : Date.now();
  const line = (p: IngestProgress) => {
    const docs = p.stored + p.skipped;
    const perSec = p.elapsedMs > 0 ? p.read / (p.elapsedMs / 1000) : 0;
    const eta = total && perSec > 0 ? ` ETA ${duration((total - p.read) / perSec)}` : '';
    const of = total ? `/${total}` : '';
    return `${p.read}${of} read, ${docs} stored or present, ${rate(p.read, p.elapsedMs)} docs/s, ${p.statements} statements (+${p.merged} merged), ${p.failures} failures${eta}`;
  };
  return {
    update(p) {
      const now = Date.now();
      if (io.isTTY) {
        if (now - last < 100) return;
        last = now;
        const width = 24;
        const bar = total ? `[${'#'.repeat(Math.min(width, Math.round((p.read / total) * width))).padEnd(width, '.')}] ` : '';
        io.err(`\r\x1b[2K${bar}${line(p)}`);
      } else {
        if (now - last < 5000) return;
        last = now;
        io.err(`progress: ${line(p)}\n`);
      }
    },
    // The summary that follows says it all: a final progress line would repeat it.
    done() {
      if (io.isTTY) io.err('\r\x1b[2K');
    },
  };
}
