import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { compress } from 'hono/compress';
import type { Store } from '../store/store.js';
import { createExtractor, type Extractor } from '../workers/pool.js';
import { loopbackHostCheck, sameOrigin, writeGuard } from './auth.js';
import { ApiError, asApiError, errorResponse } from './errors.js';
import { securityHeaders } from './headers.js';
import { openApiDocument } from './openapi.js';
import { actorRoutes } from './routes/actors.js';
import { documentRoutes } from './routes/documents.js';
import { extractRoutes } from './routes/extract.js';
import { statementRoutes } from './routes/statements.js';
import { webPage } from './static.js';
import { DEFAULT_MAX_BODY_BYTES } from './limits.js';

export interface AppOptions {
  /** The statement database; null serves extraction alone (store endpoints answer 503). */
  readonly store?: Store | null;
  /** `COMMUNIQUE_TOKEN`: writes need `Authorization: Bearer <token>` when set. */
  readonly token?: string | null;
  /** The server listens on loopback only: writes are open without a token, Host must be local. */
  readonly loopback?: boolean;
  /** The built web page (dist/web); null serves the API alone. */
  readonly webRoot?: string | null;
  /** Runs extraction for ingest (a worker pool from `serve --threads`); inline when absent. */
  readonly extractor?: Extractor;
  /** Largest request body, in bytes (default 8 MiB). */
  readonly maxBodyBytes?: number;
}

export { DEFAULT_MAX_BODY_BYTES };

/**
 * The HTTP app: JSON API under /api, the web page everywhere else. No socket here —
 * tests call `app.request()`, `communique serve` hands `app.fetch` to node-server.
 */
export function createApp(options: AppOptions = {}): Hono {
  const loopback = options.loopback ?? true;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();

  app.onError((err, c) => {
    const known = asApiError(err);
    if (known) return errorResponse(c, known);
    console.error(`communique serve: internal error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.stack : String(err)}`);
    return errorResponse(c, new ApiError('API_INTERNAL', 'The server failed on this request (a bug; please report it).'));
  });
  app.notFound((c) => errorResponse(c, new ApiError('API_NOT_FOUND', `No such endpoint: ${c.req.method} ${c.req.path}.`)));

  app.use(securityHeaders());
  if (loopback) app.use(loopbackHostCheck());
  app.use(compress());

  const api = new Hono();
  api.use(
    bodyLimit({
      maxSize: maxBody,
      onError: (c) => errorResponse(c, new ApiError('API_PAYLOAD_TOO_LARGE', `The body is over the ${maxBody}-byte limit; split the document or raise --max-body.`)),
    }),
  );
  api.get('/health', (c) => c.json({ ok: true }));
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.route('/', extractRoutes());
  const store = options.store ?? null;
  if (store) {
    const guard = every(sameOrigin(), writeGuard({ token: options.token ?? null, loopback }));
    api.route('/', statementRoutes(store));
    api.route('/', documentRoutes(store, guard, options.extractor ?? createExtractor(1)));
    api.route('/', actorRoutes(store));
  } else {
    api.use(async function noStoreHandler(c, next) {
      if (/^\/api\/(statements|documents|facets|speakers|actors|reactions|timeline|stats)(\/|$)/.test(c.req.path)) {
        throw new ApiError('API_NO_STORE', 'This server runs without a database; start it with `communique serve --db PATH`.');
      }
      await next();
    });
  }
  app.route('/api', api);

  if (options.webRoot !== null) app.use(webPage(options.webRoot ?? undefined));
  return app;
}
