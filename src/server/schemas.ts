import { z } from 'zod';

/** Request schemas of the HTTP API: validation and the OpenAPI description come from the same objects. */

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'not a calendar date');

const short = (what: string) => z.string().trim().min(1, `${what} is empty`).max(200, `${what} is longer than 200 characters`);

export const stanceSchema = z.enum(['supportive', 'critical', 'neutral', 'unknown']);

/** One document to extract or ingest: `text` (plain) or `html`, never both. */
const documentFields = z.object({
  text: z.string().min(1).optional().describe('Plain text of the article (a `date YYYY-MM-DD` first line is understood)'),
  html: z.string().min(1).optional().describe('An HTML page'),
  source: z.string().trim().min(1).max(2000).optional().describe('Where the document came from (a path or URL); defaults to "api"'),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional().describe('The page URL, when known'),
  title: z.string().max(1000).optional(),
  published: day.optional().describe('Publication date, YYYY-MM-DD: relative dates are resolved against it'),
});

const oneBody = { message: 'give exactly one of "text" or "html"' };
const hasOneBody = (v: { text?: string | undefined; html?: string | undefined }) => (v.text === undefined) !== (v.html === undefined);

export const documentInput = documentFields.strict().refine(hasOneBody, oneBody);

export const extractBody = documentFields
  .extend({ explain: z.boolean().optional().describe('Include the stage trace') })
  .strict()
  .refine(hasOneBody, oneBody);

export type DocumentInput = z.output<typeof documentInput>;

export const statementsQuery = z
  .object({
    q: z.string().trim().max(500).optional().describe('Full-text search over quotes and articles'),
    speaker: short('speaker').optional().describe('Speaker name (substring)'),
    actor: short('actor').optional().describe('Actor code (RUS, NATO) or name'),
    target: short('target').optional().describe('Target actor code or name'),
    event: short('event').optional().describe('CAMEO code prefix ("02") or PLOVER category ("REQUEST")'),
    stance: stanceSchema.optional(),
    since: day.optional().describe('Said on or after (YYYY-MM-DD)'),
    until: day.optional().describe('Said on or before (YYYY-MM-DD)'),
    limit: z.coerce.number().int().min(1).max(200).default(20),
    cursor: z.string().max(500).optional().describe('The nextCursor of the previous page'),
  })
  .strict();

export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const actorsQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('Code or name (substring)'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const reactionsQuery = z
  .object({
    toward: short('toward').optional().describe('Only reactions toward this target (code or name)'),
    event: short('event').optional(),
    since: day.optional(),
    until: day.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(60).describe('At most this many actors (the most active first)'),
  })
  .strict();

export const timelineQuery = z
  .object({
    actor: short('actor').optional().describe('Only this actor (code or name)'),
    target: short('target').optional(),
    since: day.optional(),
    until: day.optional(),
  })
  .strict();

export const idParam = z.string().min(1).max(200);
export const codeParam = z.string().trim().min(1).max(100);
