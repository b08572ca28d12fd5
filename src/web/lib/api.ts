import type {
  ActorDetail,
  ActorSummary,
  ApiErrorJson,
  DocumentDetail,
  DocumentSummary,
  ExtractAnswer,
  Facets,
  Page,
  ReactionsMatrix,
  StatementDetail,
  StatementHit,
  StoreStats,
  TimelinePoint,
} from '../../server/api-types.js';

/** A failed API call, with the server's stable code and sentence. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch {
    throw new ApiFailure('NETWORK', 'The server cannot be reached; is `communique serve` still running?', 0);
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as ApiErrorJson | null)?.error;
    throw new ApiFailure(err?.code ?? `HTTP_${res.status}`, err?.message ?? `The server answered ${res.status}.`, res.status);
  }
  return body as T;
}

const qs = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const api = {
  statements: (params: Record<string, string | undefined>) => call<Page<StatementHit>>(`/api/statements${qs(params)}`),
  statement: (id: string) => call<StatementDetail>(`/api/statements/${encodeURIComponent(id)}`),
  documents: (params: Record<string, string | undefined>) => call<Page<DocumentSummary>>(`/api/documents${qs(params)}`),
  document: (id: string) => call<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
  facets: (params: Record<string, string | undefined>) => call<Facets>(`/api/facets${qs(params)}`),
  actors: (params: Record<string, string | undefined> = {}) => call<Page<ActorSummary>>(`/api/actors${qs(params)}`),
  actor: (code: string) => call<ActorDetail>(`/api/actors/${encodeURIComponent(code)}`),
  reactions: (params: Record<string, string | undefined>) => call<ReactionsMatrix>(`/api/reactions${qs(params)}`),
  timeline: (params: Record<string, string | undefined>) => call<{ items: TimelinePoint[] }>(`/api/timeline${qs(params)}`),
  stats: () => call<StoreStats>('/api/stats'),
  extract: (body: { text?: string; html?: string; published?: string }) =>
    call<ExtractAnswer>('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
};
