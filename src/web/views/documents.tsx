import { ErrorNote, Loading } from '../components/bits.js';
import { api } from '../lib/api.js';
import { href, Link, navigate, type Route } from '../lib/router.js';
import { useAsync } from '../lib/use-async.js';
import { documentName } from '../lib/document-name.js';

/** Stored documents, newest first, with a full-text box over titles and article text. */
export function DocumentsView({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const cursor = route.query.get('cursor') ?? '';
  const result = useAsync(`documents:${route.query.toString()}`, () => api.documents({ q: q || undefined, cursor: cursor || undefined, limit: '50' }));
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    navigate(href('/documents', { q: String(data.get('q') ?? '').trim() }));
  };
  return (
    <section aria-labelledby="documents-title">
      <h1 id="documents-title">Documents</h1>
      <form class="search" role="search" onSubmit={onSubmit} key={q}>
        <div class="search-main">
          <label for="d-q" class="visually-hidden">
            Search article titles and text
          </label>
          <input id="d-q" name="q" type="search" placeholder="Search article titles and text" defaultValue={q} />
          <button type="submit">Search</button>
        </div>
      </form>
      {result.state === 'loading' ? <Loading what="documents" /> : null}
      {result.state === 'error' ? <ErrorNote error={result.error} /> : null}
      {result.state === 'ready' ? (
        result.value.items.length === 0 ? (
          <p class="empty">No document{q ? ' matches' : ' yet: ingest some with `communique ingest`'}.</p>
        ) : (
          <>
            <div class="table-wrap">
              <table class="documents">
                <thead>
                  <tr>
                    <th scope="col">Document</th>
                    <th scope="col">Published</th>
                    <th scope="col">Statements</th>
                  </tr>
                </thead>
                <tbody>
                  {result.value.items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">
                        <Link href={`/documents/${encodeURIComponent(d.id)}`}>{documentName(d.title, d.source)}</Link>
                        <div class="muted small">
                          {d.outlet ? `${d.outlet} · ` : ''}
                          {d.source}
                          {d.duplicateOf ? ' · duplicate' : ''}
                        </div>
                      </th>
                      <td>{d.publishedAt ?? '—'}</td>
                      <td>{d.statementCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav class="pager" aria-label="Result pages">
              {cursor ? <Link href={href('/documents', { q })}>« First page</Link> : null}
              {result.value.nextCursor ? <Link href={href('/documents', { q, cursor: result.value.nextCursor })}>Next page »</Link> : null}
            </nav>
          </>
        )
      ) : null}
    </section>
  );
}
