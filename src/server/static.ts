import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

/** Where `npm run build` puts the web page: `<package>/dist/web`, from src/server or dist/server alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built web page from `root`; any other path without a file extension gets index.html,
 * so shareable links such as `/statements/abc` open the page at that state.
 */
export function webPage(root: string = DEFAULT_WEB_ROOT): MiddlewareHandler {
  const base = resolve(root);
  const cache = new Map<string, Uint8Array | null>();

  async function load(path: string): Promise<Uint8Array | null> {
    if (cache.has(path)) return cache.get(path)!;
    const file = resolve(base, `.${path}`);
    // resolve() normalises "..": anything outside the root is not ours to serve.
    let bytes: Uint8Array | null = null;
    if (file.startsWith(base + sep) && existsSync(file)) {
      try {
        bytes = await readFile(file);
      } catch {
        bytes = null; // a directory or an unreadable file: not found
      }
    }
    cache.set(path, bytes);
    return bytes;
  }

  return async function webPageHandler(c, next) {
    const method = c.req.method;
    const path = c.req.path.includes('\0') ? null : c.req.path;
    if ((method !== 'GET' && method !== 'HEAD') || path === null || path === '/api' || path.startsWith('/api/')) return next();
    const ext = extname(path);
    const wanted = path === '/' || ext === '' ? '/index.html' : path;
    const bytes = await load(wanted);
    if (!bytes) {
      if (wanted === '/index.html') {
        return c.text('The web page is not built yet: run `npm run build`, then restart `communique serve`.', 503);
      }
      return next();
    }
    const type = TYPES[extname(wanted)] ?? 'application/octet-stream';
    // Vite names files under /assets/ by content hash: they never change under the same name.
    const cacheControl = wanted.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers = { 'content-type': type, 'cache-control': cacheControl };
    return method === 'HEAD' ? c.body(null, 200, headers) : c.body(bytes as Uint8Array<ArrayBuffer>, 200, headers);
  };
}
