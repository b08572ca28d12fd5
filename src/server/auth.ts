import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export interface WriteGuardOptions {
  /** `COMMUNIQUE_TOKEN`; when set, every write needs `Authorization: Bearer <token>`. */
  readonly token: string | null;
  /** True when the server listens on loopback only: writes are then open without a token. */
  readonly loopback: boolean;
}

/**
 * Guards write endpoints. With a token: bearer auth, always. Without one: writes only when the
 * server is bound to loopback (a public server without a token is read-only).
 */
export function writeGuard(options: WriteGuardOptions): MiddlewareHandler {
  const expected = options.token ? Buffer.from(options.token) : null;
  return async function writeGuardHandler(c, next) {
    if (expected) {
      const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
      const given = Buffer.from(m?.[1]?.trim() ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new ApiError('API_UNAUTHORIZED', 'This endpoint writes to the database: send Authorization: Bearer <COMMUNIQUE_TOKEN>.');
      }
    } else if (!options.loopback) {
      throw new ApiError('API_FORBIDDEN', 'Writes are disabled on a public address without a token; set COMMUNIQUE_TOKEN and restart the server.');
    }
    await next();
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * On a loopback server, refuses requests whose Host header names another machine: a web page
 * cannot reach the local API through DNS rebinding. Cross-site POSTs are refused by Origin.
 */
export function loopbackHostCheck(): MiddlewareHandler {
  return async function loopbackHostCheckHandler(c, next) {
    // node-server builds the request URL from the Host header; tests give it directly.
    const host = new URL(c.req.url).hostname;
    if (!isLoopback(host)) {
      throw new ApiError('API_FORBIDDEN', `This server only answers requests addressed to localhost, not ${host}.`);
    }
    await next();
  };
}

/** Refuses a write whose Origin header is another site (a browser sends it on cross-site POSTs). */
export function sameOrigin(): MiddlewareHandler {
  return async function sameOriginHandler(c, next) {
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = '';
      }
      if (originHost !== new URL(c.req.url).host) {
        throw new ApiError('API_FORBIDDEN', 'Cross-site requests cannot write to this server.');
      }
    } else if (origin === 'null') {
      throw new ApiError('API_FORBIDDEN', 'Cross-site requests cannot write to this server.');
    }
    await next();
  };
}
