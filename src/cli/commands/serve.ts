import { InvalidArgumentError, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { isLoopback } from '../../server/auth.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../server/limits.js';
import { openStore } from '../../store/open-store.js';
import { isDatabaseUrl } from '../../store/postgres/url.js';
import { createExtractor } from '../../workers/pool.js';
import { EXIT, type CliIo } from '../io.js';
import { parseBytes } from '../options.js';
import { dbPath } from '../store-options.js';
import { demoDbPath } from './demo.js';

interface ServeFlags {
  db?: string;
  threads?: number;
  demo?: boolean;
  port: number;
  host: string;
  maxBody?: number;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535 (0 picks a free one)');
  return n;
}

/**
 * `communique serve`: the JSON API and the statement explorer page. Resolves when the server
 * closes (SIGINT/SIGTERM, or `signal` in tests).
 */
export function registerServe(program: Command, io: CliIo, setExit: (code: number) => void, signal?: AbortSignal): void {
  program
    .command('serve')
    .description('Serve the statement explorer (web page) and the JSON API over a database')
    .option('--db <path|url>', 'database file or postgres:// URL (default: $COMMUNIQUE_DATABASE_URL, else $COMMUNIQUE_DB, else the per-user data directory)')
    .option('--demo', 'serve the database `communique demo` built')
    .option('--port <n>', 'port to listen on', parsePort, 8080)
    .option('--host <address>', 'address to bind; anything but loopback needs COMMUNIQUE_TOKEN for writes', '127.0.0.1')
    .option('--threads <n>', 'worker threads for POST /api/documents extraction (default 1: in the server thread)', (v) => Math.max(1, Math.floor(Number(v)) || 1))
    .option('--max-body <size>', `largest request body (default ${DEFAULT_MAX_BODY_BYTES / 1024 / 1024}m)`, parseBytes)
    .addHelpText('after', '\nExamples:\n  communique serve --demo\n  communique serve --db news.db --port 3000\n  COMMUNIQUE_TOKEN=… communique serve --host 0.0.0.0')
    .action(async (flags: ServeFlags) => {
      const path = flags.demo ? demoDbPath() : dbPath(flags);
      if (flags.demo && !existsSync(path)) {
        io.err(`No demo database at ${path}: run \`communique demo\` first.\n`);
        setExit(EXIT.failure);
        return;
      }
      const token = process.env.COMMUNIQUE_TOKEN?.trim() || null;
      // A mistyped --db opens a new, empty database: say so, or the page's empty lists read as "nothing found".
      const fresh = !isDatabaseUrl(path) && !existsSync(path);
      const store = await openStore({ path });
      const extractor = createExtractor(flags.threads ?? 1);
      // Loaded here: the server (hono, zod, the API) is 0.1 s of start-up that other commands need not pay.
      const { startServer } = await import('../../server/serve.js');
      let server;
      try {
        server = await startServer({ host: flags.host, port: flags.port, store, token, extractor, ...(flags.maxBody ? { maxBodyBytes: flags.maxBody } : {}) });
      } catch (e) {
        await extractor.close();
        await store.close();
        const code = (e as NodeJS.ErrnoException).code;
        io.err(`Cannot listen on ${flags.host}:${flags.port} (${code ?? String(e)}); ${code === 'EADDRINUSE' ? 'choose another --port' : 'check --host'}.\n`);
        setExit(EXIT.failure);
        return;
      }
      const writes = token ? 'writes need the bearer token' : isLoopback(flags.host) ? 'writes open to this machine only' : 'read-only (set COMMUNIQUE_TOKEN to allow writes)';
      io.out(`Communiqué explorer on ${store.path}\n  ${server.url}\n  API: ${server.url}api/openapi.json · ${writes}\n  Ctrl-C to stop.\n`);
      if (fresh) io.err(`${store.path} did not exist: it is a new, empty database. Add documents with \`communique ingest SOURCES --db ${path}\`, or check the path.\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        signal?.addEventListener('abort', stop, { once: true });
      });
      await server.close();
      await extractor.close();
      await store.close();
    });
}
