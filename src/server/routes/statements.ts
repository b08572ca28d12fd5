import { Hono } from 'hono';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { facetsQuery, idParam, speakersQuery, statementsQuery, toFilter } from '../schemas.js';
import { parseParam, parseQuery } from '../validate.js';

/** Search, detail, facets and speakers over stored statements. */
export function statementRoutes(store: Store): Hono {
  const app = new Hono();

  app.get('/statements', async (c) => {
    const { limit, cursor, ...filter } = parseQuery(c, statementsQuery);
    return c.json(await store.searchStatements({ ...toFilter(filter), limit, cursor: cursor ?? null }));
  });

  app.get('/statements/:id', async (c) => {
    const id = parseParam(c, 'id', idParam);
    const detail = await store.getStatement(id);
    if (!detail) throw new ApiError('API_NOT_FOUND', `No statement ${id}; it may come from another database.`);
    return c.json(detail);
  });

  app.get('/facets', async (c) => {
    const { limit, ...filter } = parseQuery(c, facetsQuery);
    return c.json(await store.facets(toFilter(filter), limit));
  });

  app.get('/speakers', async (c) => {
    const { limit, named, ...filter } = parseQuery(c, speakersQuery);
    return c.json({ items: await store.listSpeakers(toFilter(filter), limit, { named: named === 'true' }) });
  });

  return app;
}
