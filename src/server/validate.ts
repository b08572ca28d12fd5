import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors.js';

/** Zod issues as `{ path, message }`, the shape every 400 answer carries. */
function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

function invalid(where: string, error: z.ZodError): ApiError {
  const issues = issuesOf(error);
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid value';
  return new ApiError('API_BAD_REQUEST', `Invalid ${where}: ${summary}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`, { issues });
}

/** The query string checked against a schema, or a 400 that names each bad parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw invalid('query', result.error);
  return result.data;
}

/** A path parameter checked against a schema. */
export function parseParam<S extends z.ZodType>(c: Context, name: string, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.param(name));
  if (!result.success) throw invalid(`path parameter "${name}"`, result.error);
  return result.data;
}

/** A JSON body checked against a schema: 415 when it is not JSON, 400 when it does not parse or fit. */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError('API_UNSUPPORTED_MEDIA', 'Send the body as JSON with Content-Type: application/json.');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError('API_BAD_REQUEST', 'The body is not valid JSON.');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw invalid('body', result.error);
  return result.data;
}
