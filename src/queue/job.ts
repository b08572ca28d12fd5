/** The one job kind of the queue: ingest these sources, read and extracted with these options. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { INPUT_FORMATS, type InputFormat } from '../stages/ingest/read-files.js';

/** graphile-worker task identifier. */
export const INGEST_TASK = 'communique_ingest';

const payloadSchema = z.object({
  v: z.literal(1),
  sources: z.array(z.string().min(1)).min(1),
  format: z.enum(INPUT_FORMATS as [InputFormat, ...InputFormat[]]),
  fields: z.object({ text: z.string().optional(), date: z.string().optional(), url: z.string().optional(), title: z.string().optional() }),
  followLinks: z.boolean(),
  maxBytes: z.number().int().positive().nullable(),
  published: z.string().nullable(),
});

export type IngestJob = z.infer<typeof payloadSchema>;

/** The payload as a worker receives it, or null when it is not one of ours (a job from another version). */
export function parseJob(payload: unknown): IngestJob | null {
  const r = payloadSchema.safeParse(payload);
  return r.success ? r.data : null;
}

/**
 * The same sources with the same options always get the same key: enqueueing them again replaces the
 * waiting job instead of adding a second one (and a job that ran already only finds its documents stored).
 */
export function jobKey(job: IngestJob): string {
  return `ingest:${createHash('sha256').update(JSON.stringify(job)).digest('hex').slice(0, 32)}`;
}
