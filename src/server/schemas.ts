import { eventFilterProblem } from '../store/event-filter.js';
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

/** The filters of `communique search`, shared by search, facets, reactions and timeline. */
const filterFields = {
  q: z.string().trim().max(500).optional().describe('Full-text search over quotes (and articles with scope=all)'),
  scope: z.enum(['quotes', 'all']).optional().describe('What `q` searches: quotes (default) or quotes and articles'),
  speaker: short('speaker').optional().describe('Words of the speaker\'s name ("Balkhi")'),
  actor: short('actor').optional().describe('Actor code (RUS, NATO) or name'),
  target: short('target').optional().describe('Target actor code or name'),
  event: short('event')
    .superRefine((v, ctx) => {
      const problem = eventFilterProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional()
    .describe('CAMEO code prefix ("02") or PLOVER category ("REQUEST")'),
  stance: stanceSchema.optional(),
  since: day.optional().describe('Said on or after (YYYY-MM-DD)'),
  until: day.optional().describe('Said on or before (YYYY-MM-DD)'),
};

const codeList = z
  .string()
  .trim()
  .max(2000)
  .transform((v) => v.split(',').map((c) => c.trim()).filter((c) => c !== ''))
  .pipe(z.array(z.string().max(100)).max(100, 'at most 100 codes'));

const cursor = z.string().max(1000).optional().describe('The nextCursor of the previous page');

export const statementsQuery = z
  .object({ ...filterFields, limit: z.coerce.number().int().min(1).max(200).default(20), cursor })
  .strict();

export const facetsQuery = z.object({ ...filterFields, limit: z.coerce.number().int().min(1).max(100).default(12) }).strict();

export const documentsQuery = z
  .object({
    q: z.string().trim().max(500).optional().describe('Full-text over titles and article text'),
    since: day.optional().describe('Published on or after'),
    until: day.optional().describe('Published on or before'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor,
  })
  .strict();

export const actorsQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('Prefix of the code or words of the name'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor,
  })
  .strict();

export const speakersQuery = z
  .object({
    ...filterFields,
    limit: z.coerce.number().int().min(1).max(200).default(20),
    // false: the sources the text describes but does not name ("analysts"), instead of named speakers.
    named: z.enum(['true', 'false']).default('true'),
  })
  .strict();

export const reactionsQuery = z
  .object({
    ...filterFields,
    toward: codeList.optional().describe('Only these targets, comma-separated codes ("RUS,UKR")'),
    maxActors: z.coerce.number().int().min(1).max(500).default(60).describe('Keep the N most active actors'),
  })
  .strict();

export const timelineQuery = z
  .object({
    ...filterFields,
    actors: codeList.optional().describe('Only these speaking actors, comma-separated codes'),
    maxActors: z.coerce.number().int().min(1).max(100).default(10),
  })
  .strict();

export const idParam = z.string().min(1).max(200);
export const codeParam = z.string().trim().min(1).max(100);

type FilterInput = { q?: string | undefined; scope?: 'quotes' | 'all' | undefined } & Record<string, unknown>;

/** Query parameters (`q` …) as the store's StatementFilter (`text` …), leaving out what is unset. */
export function toFilter<T extends FilterInput>(query: T): Omit<T, 'q'> & { text?: string } {
  const { q, ...rest } = query;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== '') out[k] = v;
  if (q) out.text = q;
  return out as Omit<T, 'q'> & { text?: string };
}
