import { Hono } from 'hono';
import { extract } from '../../pipeline/extract.js';
import { ApiError } from '../errors.js';
import { rawDocumentOf } from '../raw-document.js';
import { extractBody } from '../schemas.js';
import { parseJson } from '../validate.js';

/** `POST /api/extract`: one ad-hoc document through the pipeline; nothing is stored. */
export function extractRoutes(): Hono {
  const app = new Hono();
  app.post('/extract', async (c) => {
    const body = await parseJson(c, extractBody);
    const result = extract(rawDocumentOf(body), { published: body.published ?? null, explain: Boolean(body.explain) });
    if (!result.ok) throw ApiError.fromFailure(result.failure);
    return c.json(body.explain ? { ...result.value, trace: result.trace } : result.value);
  });
  return app;
}
