import { Hono } from 'hono';
import { ApiError } from '../errors.js';
import { rawDocumentOf } from '../raw-document.js';
import { extractBody } from '../schemas.js';
import { parseJson } from '../validate.js';

/** `POST /api/extract`: one ad-hoc document through the pipeline; nothing is stored. */
export function extractRoutes(): Hono {
  const app = new Hono();
  app.post('/extract', async (c) => {
    const body = await parseJson(c, extractBody);
    // Loaded on first use: the CLI builds this app for `serve` only, and its other commands must not pay
    // for loading the pipeline (0.6 s of CPU) at start-up.
    const { extract } = await import('../../pipeline/extract.js');
    const result = extract(rawDocumentOf(body), { published: body.published ?? null, explain: Boolean(body.explain) });
    if (!result.ok) throw ApiError.fromFailure(result.failure);
    return c.json(body.explain ? { ...result.value, trace: result.trace } : result.value);
  });
  return app;
}
