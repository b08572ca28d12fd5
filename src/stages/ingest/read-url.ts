import type { RawDocument } from '../../core/analysis.js';
import { fail, ok, type Result } from '../../core/errors.js';
import { readFeed } from './read-feed.js';

export interface UrlOptions {
  readonly maxBytes: number;
  readonly followLinks?: boolean;
  readonly timeoutMs?: number;
}

/** A feed or a page by URL: feeds yield their items, pages one document. Network errors are coded failures. */
export async function* readUrl(url: string, options: UrlOptions): AsyncGenerator<Result<RawDocument>> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 30_000), headers: { 'user-agent': 'communique' } });
  } catch (e) {
    yield fail('INGEST_UNREADABLE', url, `Cannot fetch ${url}: ${(e as Error).message}; check the address and the network.`);
    return;
  }
  if (!response.ok || !response.body) {
    yield fail('INGEST_UNREADABLE', url, `Fetching ${url} gave HTTP ${response.status}; check the address.`, { status: response.status });
    return;
  }
  const type = response.headers.get('content-type') ?? '';
  const body = response.body as unknown as AsyncIterable<Uint8Array>;
  if (/(rss|atom|xml)/i.test(type)) {
    yield* readFeed(body, url, {
      maxBytes: options.maxBytes,
      ...(options.followLinks && { fetchLinked: (link: string) => fetchPage(link, options) }),
    });
    return;
  }
  yield await collect(body, url, type, options.maxBytes);
}

async function fetchPage(url: string, options: UrlOptions): Promise<Result<RawDocument>> {
  try {
    const r = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    if (!r.ok || !r.body) return fail('INGEST_UNREADABLE', url, `Fetching ${url} gave HTTP ${r.status}.`, { status: r.status });
    return await collect(r.body as unknown as AsyncIterable<Uint8Array>, url, r.headers.get('content-type') ?? '', options.maxBytes);
  } catch (e) {
    return fail('INGEST_UNREADABLE', url, `Cannot fetch ${url}: ${(e as Error).message}.`);
  }
}

async function collect(body: AsyncIterable<Uint8Array>, url: string, type: string, maxBytes: number): Promise<Result<RawDocument>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of body) {
    size += c.length;
    if (size > maxBytes) return fail('INGEST_TOO_LARGE', url, `${url} is over the ${maxBytes}-byte limit; raise --max-bytes.`);
    chunks.push(c);
  }
  const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? null;
  return ok({ source: url, body: Buffer.concat(chunks), mediaType: /html/i.test(type) ? 'text/html' : /text\/plain/i.test(type) ? 'text/plain' : null, hints: { url, charset } });
}
