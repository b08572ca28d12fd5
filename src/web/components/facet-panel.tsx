import type { Facets } from '../../server/api-types.js';
import { href, Link } from '../lib/router.js';

const GROUPS: { key: 'speakers' | 'unnamedSpeakers' | 'actors' | 'targets' | 'events' | 'stances'; param: string; title: string }[] = [
  { key: 'speakers', param: 'speaker', title: 'Speakers' },
  // Sources the articles describe without naming ("analysts", "officials"): a kind of source, not a person.
  { key: 'unnamedSpeakers', param: 'speaker', title: 'Sources not named' },
  { key: 'actors', param: 'actor', title: 'Actors' },
  { key: 'targets', param: 'target', title: 'Targets' },
  { key: 'events', param: 'event', title: 'Event types' },
  { key: 'stances', param: 'stance', title: 'Stance' },
];

/** Counts of the current results by speaker, actor, target, event and stance; each value narrows the search. */
export function FacetPanel({ facets, filters }: { facets: Facets; filters: Record<string, string> }) {
  return (
    <aside class="facet-panel" aria-label="Refine the results">
      {facets.sampled && facets.sample ? <p class="muted small">{sampleNote(facets)}</p> : null}
      {GROUPS.map((g) =>
        (facets[g.key] ?? []).length === 0 || filters[g.param] ? null : (
          <section key={g.key}>
            <h2>{g.title}</h2>
            <ul>
              {(facets[g.key] ?? []).map((v) => (
                <li key={v.value}>
                  <Link href={href('/', { ...filters, [g.param]: v.value })} title={`Only ${g.title.toLowerCase()}: ${v.label}`}>
                    {v.label !== v.value && g.key !== 'events' ? `${v.value} ${v.label}` : v.label || v.value}
                    {g.key === 'events' ? <span class="code">{v.value}</span> : null}
                  </Link>{' '}
                  <span class="muted count">{v.count}</span>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </aside>
  );
}

/** Which counts are over the newest matches only, and which over all of them. */
function sampleNote(facets: Facets): string {
  const newest = `the newest ${(facets.sample ?? 0).toLocaleString('en')} matches`;
  const exact = new Set<string>(facets.exact ?? []);
  if (exact.size === 0) return `Counts over ${newest}.`;
  const partial = GROUPS.filter((g) => !exact.has(g.key)).map((g) => g.title.toLowerCase());
  return `${partial.join(' and ').replace(/^./, (c) => c.toUpperCase())} counted over ${newest}; the others over all.`;
}
