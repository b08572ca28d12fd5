import type { Failure } from '../core/errors.js';

/** Where a command writes: the process streams in use, string buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly isTTY: boolean;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  get isTTY() {
    return Boolean(process.stderr.isTTY);
  },
};

/** Exit codes of every command (DESIGN.md, Interfaces). */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** One line on stderr per failed document: `error CODE source: message`. */
export function reportFailure(io: CliIo, failure: Failure): void {
  io.err(`error ${failure.code} ${failure.source}: ${failure.message}\n`);
}

export function json(value: unknown, pretty: boolean): string {
  return `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

/**
 * `communique export | head`: when the reader closes the pipe early, stop quietly with exit 0 (as a
 * Unix filter does) instead of dying on an unhandled EPIPE with a stack trace. Installed once, by the
 * process entry points only (tests run the CLI in-process with string buffers).
 */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
}
