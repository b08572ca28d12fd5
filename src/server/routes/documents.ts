import { Hono, type MiddlewareHandler } from 'hono';
import type { Statement } from '../../core/types.js';
import { rawHash } from '../../pipeline/ingest.js';
import { documentPublicId } from '../../store/shared/ingest.js';
import type { Store } from '../../store/store.js';
import type { Extractor } from '../../workers/pool.js';
import type { DocumentDetail, IngestAnswer } from '../api-types.js';
import { ApiError } from '../errors.js';
import { rawDocumentOf } from '../raw-document.js';
import { documentInput, documentsQuery, idParam } from '../schemas.js';
import { parseJson, parseParam, parseQuery } from '../validate.js';

/**
 * Stored documents, and `POST /documents` to extract and store one (behind `guard`), the same way
 * `communique ingest` does: the extractor's task (extraction + dedup fingerprint), then one transaction.
 */
export function documentRoutes(store: Store, guard: MiddlewareHandler, extractor: Extractor): Hono {
  const app = new Hono();

  app.get('/documents', async (c) => {
    const { q, limit, cursor, since, until } = parseQuery(c, documentsQuery);
    return c.json(await store.listDocuments({ ...(q ? { text: q } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}), limit, cursor: cursor ?? null }));
  });

  app.get('/documents/:id', async (c) => {
    const id = parseParam(c, 'id', idParam);
    const document = await store.getDocument(id);
    if (!document) throw new ApiError('API_NOT_FOUND', `No document ${id}; see /api/documents for the stored ones.`);
    const body: DocumentDetail = { document, statements: await statementsOf(store, id) };
    return c.json(body);
  });

  app.post('/documents', guard, async (c) => {
    const input = await parseJson(c, documentInput);
    const raw = rawDocumentOf(input);
    const result = await extractor.run(raw, { published: input.published ?? null });
    if (!result.ok) {
      await store.recordFailures([{ source: raw.source, code: result.failure.code, message: result.failure.message }]);
      throw ApiError.fromFailure(result.failure);
    }
    const { extraction, signature } = result;
    const report = await store.ingest([{ extraction, raw: { source: raw.source, rawHash: rawHash(raw) }, ...(signature ? { signature } : {}) }]);
    const body: IngestAnswer = { ...report, documentId: documentPublicId(extraction.document.id, raw.source) };
    return c.json(body, report.documents > 0 ? 201 : 200);
  });

  return app;
}

/**
 * The statements of one document with offsets into ITS text. A statement first reported elsewhere
 * is stored once with many sources; its copy as extracted from this document is among the sources.
 */
async function statementsOf(store: Store, documentId: string): Promise<Statement[]> {
  const out: Statement[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store['searchStatements']>> = await store.searchStatements({ documentId, limit: 500, cursor });
    for (const hit of page.items) {
      if (hit.documentId === documentId) {
        out.push(hit.statement);
        continue;
      }
      const detail = await store.getStatement(hit.statement.id);
      const own = detail?.sources.find((s) => s.documentId === documentId);
      if (own) out.push(own.statement);
    }
    cursor = page.nextCursor;
  } while (cursor && out.length < 5000);
  return out.sort((a, b) => a.content.start - b.content.start);
}
