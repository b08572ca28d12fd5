import { useMemo, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../components/bits.js';
import { FacetPanel } from '../components/facet-panel.js';
import { StatementCard } from '../components/statement-card.js';
import { api } from '../lib/api.js';
import { href, Link, navigate, type Route } from '../lib/router.js';
import { useAsync } from '../lib/use-async.js';

/** The filters of `communique search`, as URL parameters. */
export const FILTERS = ['q', 'scope', 'speaker', 'actor', 'target', 'event', 'stance', 'since', 'until'] as const;
type Filter = (typeof FILTERS)[number];

function filtersOf(query: URLSearchParams): Record<Filter, string> {
  return Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ''])) as Record<Filter, string>;
}

export function SearchView({ route }: { route: Route }) {
  const filters = filtersOf(route.query);
  const cursor = route.query.get('cursor') ?? '';
  const key = `${route.query.toString()}`;
  const result = useAsync(key, () => api.statements({ ...filters, cursor: cursor || undefined }));
  const filterKey = FILTERS.map((f) => filters[f]).join('|');
  const facets = useAsync(`facets:${filterKey}`, () => api.facets(filters));
  const actors = useAsync('actors', () => api.actors({ limit: '500' }));
  const actorOptions = actors.state === 'ready' ? actors.value.items : [];
  const active = FILTERS.filter((f) => filters[f] !== '');
  // On a phone the filter fields would fill the first screen: they fold behind a toggle (CSS shows
  // them always on wider screens, where the toggle is hidden). Active filters show as chips anyway.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const fieldFilters = active.filter((f) => f !== 'q' && f !== 'scope').length;

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const params: Record<string, string> = {};
    for (const f of FILTERS) params[f] = String(data.get(f) ?? '').trim();
    navigate(href('/', params));
  };

  const nextHref = useMemo(
    () => (result.state === 'ready' && result.value.nextCursor ? href('/', { ...filters, cursor: result.value.nextCursor }) : null),
    [result, key],
  );

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Who said what</h1>
      <form class={`search${filtersOpen ? ' filters-open' : ''}`} role="search" onSubmit={onSubmit} key={key}>
        <div class="search-main">
          <label for="f-q" class="visually-hidden">
            Search quotes and articles
          </label>
          <input id="f-q" name="q" type="search" placeholder="Search quotes and articles, e.g. ceasefire" defaultValue={filters.q} />
          <button type="submit">Search</button>
        </div>
        <label class="toggle scope">
          <input type="checkbox" name="scope" value="all" defaultChecked={filters.scope === 'all'} /> search the article text too, not only the quotes
        </label>
        <button type="button" class="filters-toggle" aria-expanded={filtersOpen} aria-controls="search-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
          {filtersOpen ? '▾' : '▸'} Filters{fieldFilters > 0 ? ` (${fieldFilters} set)` : ''}
        </button>
        <fieldset class="facets" id="search-filters">
          <legend>Filters</legend>
          <label>
            Speaker <input name="speaker" defaultValue={filters.speaker} placeholder="name" />
          </label>
          <label>
            Actor <input name="actor" list="actor-codes" defaultValue={filters.actor} placeholder="code, e.g. AFG" />
          </label>
          <label>
            Target <input name="target" list="actor-codes" defaultValue={filters.target} placeholder="code, e.g. RUS" />
          </label>
          <label>
            Event <input name="event" defaultValue={filters.event} placeholder="CAMEO 02 or REQUEST" />
          </label>
          <label>
            Stance
            <select name="stance">
              {['', 'supportive', 'critical', 'neutral', 'unknown'].map((v) => (
                <option key={v} value={v} selected={filters.stance === v}>
                  {v || 'any'}
                </option>
              ))}
            </select>
          </label>
          <label>
            Said from <input name="since" type="date" defaultValue={filters.since} />
          </label>
          <label>
            Said until <input name="until" type="date" defaultValue={filters.until} />
          </label>
        </fieldset>
        <datalist id="actor-codes">
          {actorOptions.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </datalist>
      </form>
      {active.length > 0 ? (
        <p class="active-filters">
          {active.map((f) => (
            <Link key={f} class="chip" href={href('/', { ...filters, [f]: '' })} aria-label={`Remove filter ${f}: ${filters[f]}`}>
              {f}: {filters[f]} ✕
            </Link>
          ))}
          <Link href="/">clear all</Link>
        </p>
      ) : null}
      <div class="results-layout">
        <div class="results">
          <div aria-live="polite">
            {result.state === 'loading' ? <Loading what="statements" /> : null}
            {result.state === 'error' ? <ErrorNote error={result.error} /> : null}
            {result.state === 'ready' && result.value.items.length === 0 ? (
              active.length > 0 ? (
                <p class="empty">No statement matches. Loosen a filter or search for another word.</p>
              ) : (
                // Nothing to loosen: the database itself is empty, and the way forward is to fill it.
                <p class="empty">
                  No statements yet: this database is empty. Add articles with <code>communique ingest FILES --db …</code>, or paste one under{' '}
                  <Link href="/extract">Try extraction</Link>.
                </p>
              )
            ) : null}
            {result.state === 'ready' && result.value.items.length > 0 ? (
              <p class="count muted">
                {matchCount(facets.state === 'ready' ? facets.value : null)}
                {result.value.nextCursor || cursor
                  ? `showing ${result.value.items.length}${cursor ? ' on a later page' : ', newest first'}`
                  : `newest first`}
              </p>
            ) : null}
          </div>
          {result.state === 'ready' ? (
            <ol class="cards">
              {result.value.items.map((h) => (
                <li key={h.statement.id}>
                  <StatementCard statement={h.statement} highlight={filters.q} source={{ title: h.documentTitle, source: h.documentSource, count: h.sourceCount }} />
                </li>
              ))}
            </ol>
          ) : null}
          <nav class="pager" aria-label="Result pages">
            {cursor ? <Link href={href('/', filters)}>« First page</Link> : null}
            {nextHref ? <Link href={nextHref}>Next page »</Link> : null}
          </nav>
        </div>
        {facets.state === 'ready' ? <FacetPanel facets={facets.value} filters={filters} /> : null}
      </div>
    </section>
  );
}

/** "1,688 statements match · " from the facet counts (exact when they are not sampled). */
function matchCount(facets: { sample?: number; sampled?: boolean } | null): string {
  if (!facets || facets.sample === undefined) return '';
  const n = facets.sample.toLocaleString('en');
  return facets.sampled ? `More than ${n} statements match · ` : `${n} statement${facets.sample === 1 ? '' : 's'} match · `;
}
