import { Hono } from 'hono';
import type { Store } from '../../store/store.js';
import type { ActorDetail } from '../api-types.js';
import { ApiError } from '../errors.js';
import { actorsQuery, codeParam, reactionsQuery, timelineQuery, toFilter } from '../schemas.js';
import { parseParam, parseQuery } from '../validate.js';

/** Actors, the reactions matrix, the timeline and counts. */
export function actorRoutes(store: Store): Hono {
  const app = new Hono();

  app.get('/actors', async (c) => {
    const { q, limit, cursor } = parseQuery(c, actorsQuery);
    return c.json(await store.listActors({ ...(q ? { text: q } : {}), limit, cursor: cursor ?? null }));
  });

  app.get('/actors/:code', async (c) => {
    const code = parseParam(c, 'code', codeParam);
    const actor = await store.getActor(code);
    if (!actor) throw new ApiError('API_NOT_FOUND', `No actor ${code} in this database; see /api/actors for the codes.`);
    const [timeline, matrix] = await Promise.all([store.timeline({ actors: [actor.code], maxActors: 1 }), store.reactions({ actor: actor.code, maxActors: 1 })]);
    const body: ActorDetail = {
      actor,
      timeline,
      toward: matrix.cells.filter((cell) => cell.actor === actor.code).sort((a, b) => b.total - a.total),
    };
    return c.json(body);
  });

  app.get('/reactions', async (c) => {
    const { toward, maxActors, ...filter } = parseQuery(c, reactionsQuery);
    return c.json(await store.reactions({ ...toFilter(filter), ...(toward?.length ? { toward } : {}), maxActors }));
  });

  app.get('/timeline', async (c) => {
    const { actors, maxActors, ...filter } = parseQuery(c, timelineQuery);
    return c.json({ items: await store.timeline({ ...toFilter(filter), ...(actors?.length ? { actors } : {}), maxActors }) });
  });

  app.get('/stats', async (c) => c.json(await store.stats()));

  return app;
}
