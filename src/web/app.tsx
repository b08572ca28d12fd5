import { useEffect, useRef } from 'preact/hooks';
import { ErrorNote } from './components/bits.js';
import { ApiFailure } from './lib/api.js';
import { Link, useRoute } from './lib/router.js';
import { ActorsView, ActorView } from './views/actor.js';
import { DocumentView } from './views/document.js';
import { DocumentsView } from './views/documents.js';
import { ExtractView } from './views/extract.js';
import { ReactionsView } from './views/reactions.js';
import { SearchView } from './views/search.js';
import { StatementView } from './views/statement.js';

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function pageTitle(section: string, rest: string, q: string): string {
  if (section === '') return q ? `Search: ${q}` : 'Who said what';
  if (section === 'statements' && rest) return `Statement ${rest}`;
  if (section === 'documents') return rest ? `Document ${rest}` : 'Documents';
  if (section === 'actors') return rest ? `Actor ${rest.toUpperCase()}` : 'Actors';
  if (section === 'reactions') return 'Reactions';
  if (section === 'extract') return 'Try extraction';
  return 'Not found';
}

/** The page: a header with the sections, and the view the URL names. */
export function App() {
  const route = useRoute();
  const [, section, rest] = route.path.split('/');
  let view;
  if (section === '' || section === undefined) view = <SearchView route={route} />;
  else if (section === 'statements' && rest) view = <StatementView id={decode(rest)} />;
  else if (section === 'documents' && rest) view = <DocumentView id={decode(rest)} />;
  else if (section === 'documents') view = <DocumentsView route={route} />;
  else if (section === 'actors' && rest) view = <ActorView code={decode(rest)} />;
  else if (section === 'actors') view = <ActorsView />;
  else if (section === 'reactions') view = <ReactionsView route={route} />;
  else if (section === 'extract') view = <ExtractView />;
  else view = <ErrorNote error={new ApiFailure('NOT_FOUND', `Nothing at ${route.path}.`, 404)} />;
  const current = (s: string) => (section === s || (s === '' && !section) ? 'page' : undefined);
  // Each view its own tab title, so history, bookmarks and screen readers can tell the pages apart.
  const title = pageTitle(section ?? '', rest ? decode(rest) : '', route.query.get('q') ?? '');
  useEffect(() => {
    document.title = `${title} — Communiqué`;
  }, [title]);
  // A new page (not a new query on the same one) starts at its top with focus on the main region, as a
  // full page load would: otherwise focus stays on a link that no longer exists and lands on <body>,
  // and a screen reader says nothing about the page that opened.
  const firstPath = useRef(route.path);
  useEffect(() => {
    if (route.path === firstPath.current) return;
    firstPath.current = route.path;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.path]);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/" class="brand">
          Communiqué
        </Link>
        <nav aria-label="Sections">
          <Link href="/" aria-current={current('')}>
            Search
          </Link>
          <Link href="/reactions" aria-current={current('reactions')}>
            Reactions
          </Link>
          <Link href="/actors" aria-current={current('actors')}>
            Actors
          </Link>
          <Link href="/documents" aria-current={current('documents')}>
            Documents
          </Link>
          <Link href="/extract" aria-current={current('extract')}>
            <span class="long-label">Try extraction</span>
            <span class="short-label">Extract</span>
          </Link>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {view}
      </main>
      <footer class="muted">Every field links to the words that prove it. Data stays on this machine.</footer>
    </>
  );
}
