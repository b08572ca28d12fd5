import { z } from 'zod';
import { actorsQuery, codeParam, documentInput, documentsQuery, extractBody, facetsQuery, idParam, reactionsQuery, speakersQuery, statementsQuery, timelineQuery } from './schemas.js';

interface Operation {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly summary: string;
  readonly query?: z.ZodObject;
  readonly params?: Readonly<Record<string, z.ZodType>>;
  readonly body?: z.ZodType;
  readonly write?: boolean;
  readonly ok: string;
}

/** Every endpoint of the API; the OpenAPI document is generated from this list and the zod schemas. */
const OPERATIONS: readonly Operation[] = [
  { method: 'get', path: '/api/statements', summary: 'Search statements (full text and filters), newest first, cursor pagination', query: statementsQuery, ok: 'Page<StatementHit>: { items, nextCursor }' },
  { method: 'get', path: '/api/statements/{id}', summary: 'One statement with its evidence spans, source document and every reporting source', params: { id: idParam }, ok: 'StatementDetail' },
  { method: 'get', path: '/api/facets', summary: 'Counts per speaker, actor, target, event and stance for the same filters', query: facetsQuery, ok: 'Facets' },
  { method: 'get', path: '/api/speakers', summary: 'Named speakers by statement count (named=false: sources described but not named, such as "analysts")', query: speakersQuery, ok: '{ items: SpeakerSummary[] }' },
  { method: 'get', path: '/api/documents', summary: 'Stored documents, newest published first', query: documentsQuery, ok: 'Page<DocumentSummary>' },
  { method: 'get', path: '/api/documents/{id}', summary: 'One document: clean text, removed spans and its statements', params: { id: idParam }, ok: '{ document: StoredDocument, statements: Statement[] }' },
  { method: 'get', path: '/api/actors', summary: 'Actors with statement counts and the date range they spoke in', query: actorsQuery, ok: 'Page<ActorSummary>' },
  { method: 'get', path: '/api/actors/{code}', summary: 'One actor: counts, date range, timeline, stance toward its targets', params: { code: codeParam }, ok: '{ actor, timeline, toward }' },
  { method: 'get', path: '/api/reactions', summary: 'Reactions matrix: actors × targets, stance counts per cell', query: reactionsQuery, ok: 'ReactionsMatrix' },
  { method: 'get', path: '/api/timeline', summary: 'Statements per day per actor', query: timelineQuery, ok: '{ items: TimelinePoint[] }' },
  { method: 'get', path: '/api/stats', summary: 'Counts of documents, statements, actors, failures', ok: 'StoreStats' },
  { method: 'post', path: '/api/extract', summary: 'Extract statements from one ad-hoc text or HTML page (nothing stored)', body: extractBody, ok: 'Extraction (the contract of `communique extract`)' },
  { method: 'post', path: '/api/documents', summary: 'Ingest one document: extract and store it (idempotent: 201 when new, 200 when already stored)', body: documentInput, write: true, ok: 'IngestReport & { documentId }' },
];

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Stable code, e.g. API_BAD_REQUEST, DECODE_EMPTY' },
        message: { type: 'string' },
        issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

let cached: Record<string, unknown> | null = null;

/** The OpenAPI 3.1 description served at /api/openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters: unknown[] = [];
    for (const [name, schema] of Object.entries(op.params ?? {})) {
      parameters.push({ name, in: 'path', required: true, schema: jsonSchema(schema) });
    }
    if (op.query) {
      for (const [name, schema] of Object.entries(op.query.shape)) {
        const s = jsonSchema(schema as z.ZodType);
        parameters.push({ name, in: 'query', required: false, ...(s.description ? { description: s.description } : {}), schema: s });
      }
    }
    const responses: Record<string, unknown> = {
      200: { description: op.ok },
      400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
    };
    if (op.body) {
      responses[413] = { description: 'Body too large', content: { 'application/json': { schema: errorSchema } } };
      responses[415] = { description: 'Body is not JSON', content: { 'application/json': { schema: errorSchema } } };
      responses[422] = { description: 'The document cannot be processed (code says why)', content: { 'application/json': { schema: errorSchema } } };
    }
    if (op.write) {
      responses[401] = { description: 'Missing or wrong token (COMMUNIQUE_TOKEN)', content: { 'application/json': { schema: errorSchema } } };
      responses[403] = { description: 'Writes disabled: public address without a token', content: { 'application/json': { schema: errorSchema } } };
    }
    if (op.params) responses[404] = { description: 'Not found', content: { 'application/json': { schema: errorSchema } } };
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        summary: op.summary,
        ...(parameters.length ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } } } : {}),
        ...(op.write ? { security: [{ bearer: [] }] } : {}),
        responses,
      },
    };
  }
  cached = {
    openapi: '3.1.0',
    info: { title: 'Communiqué API', version: '0.1.0', description: 'Who said what, to whom, when, and with what stance: statements with their evidence.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'COMMUNIQUE_TOKEN' } } },
    paths,
  };
  return cached;
}
