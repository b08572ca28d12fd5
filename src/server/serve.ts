import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { isLoopback } from './auth.js';
import { createApp, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'loopback'> {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
}

export interface RunningServer {
  readonly url: string;
  readonly server: ServerType;
  close(): Promise<void>;
}

/** Starts the HTTP server and resolves once it listens. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = createApp({ ...options, loopback: isLoopback(options.host) });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${host}:${info.port}/`,
        server,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}
