import type { Stance } from '../../core/types.js';
import type { ReactionCell, ReactionsMatrix } from '../../server/api-types.js';
import { dominantStance } from '../../store/store.js';
import { ErrorNote, Loading, StanceLegend } from '../components/bits.js';
import { WorldMap } from '../components/world-map.js';
import { api } from '../lib/api.js';
import { href, Link, navigate, type Route } from '../lib/router.js';
import { useAsync } from '../lib/use-async.js';

const GLYPH: Record<Stance, string> = { supportive: '▲', critical: '▼', neutral: '●', unknown: '?' };

function summary(c: ReactionCell): string {
  const parts = (['supportive', 'critical', 'neutral', 'unknown'] as const).filter((k) => c.counts[k] > 0).map((k) => `${c.counts[k]} ${k}`);
  return `${c.stance} (${parts.join(', ')})`;
}

/** Stance toward one target per country: all actors of a country pooled (government, ministry …). */
function stancesToward(m: ReactionsMatrix, target: string): Map<string, { stance: Stance; summary: string }> {
  const countryOf = new Map(m.actors.map((a) => [a.code, a.country]));
  const pooled = new Map<string, ReactionCell>();
  for (const c of m.cells) {
    const country = countryOf.get(c.actor);
    if (c.target !== target || !country) continue;
    const prev = pooled.get(country);
    const counts = prev
      ? { supportive: prev.counts.supportive + c.counts.supportive, critical: prev.counts.critical + c.counts.critical, neutral: prev.counts.neutral + c.counts.neutral, unknown: prev.counts.unknown + c.counts.unknown }
      : c.counts;
    pooled.set(country, { actor: country, target, counts, total: (prev?.total ?? 0) + c.total, stance: dominantStance(counts) });
  }
  return new Map([...pooled].map(([k, c]) => [k, { stance: c.stance, summary: summary(c) }]));
}

/** Columns shown in the matrix: the targets spoken about most (all remain on the map). */
const MAX_COLUMNS = 16;

/** Targets by how often they are spoken about, actors by how much they said, rows without a shown cell dropped. */
export function arrange(m: ReactionsMatrix): { targets: ReactionsMatrix['targets']; all: ReactionsMatrix['targets']; actors: ReactionsMatrix['actors']; hiddenTargets: number } {
  const totals = new Map<string, number>();
  const add = (k: string, n: number) => totals.set(k, (totals.get(k) ?? 0) + n);
  for (const c of m.cells) {
    add(`t:${c.target}`, c.total);
    add(`a:${c.actor}`, c.total);
  }
  const byTotal = (prefix: string) => (x: { code: string }, y: { code: string }) => (totals.get(prefix + y.code) ?? 0) - (totals.get(prefix + x.code) ?? 0) || x.code.localeCompare(y.code);
  const targets = [...m.targets].sort(byTotal('t:'));
  const shown = new Set(targets.slice(0, MAX_COLUMNS).map((t) => t.code));
  const actors = [...m.actors].filter((a) => m.cells.some((c) => c.actor === a.code && shown.has(c.target))).sort(byTotal('a:'));
  return { targets: targets.slice(0, MAX_COLUMNS), all: targets, actors, hiddenTargets: Math.max(0, targets.length - MAX_COLUMNS) };
}

export function ReactionsView({ route }: { route: Route }) {
  const params = { since: route.query.get('since') ?? '', until: route.query.get('until') ?? '', event: route.query.get('event') ?? '' };
  const result = useAsync(`reactions:${JSON.stringify(params)}`, () => api.reactions(params));
  if (result.state === 'loading') return <Loading what="the reactions" />;
  if (result.state === 'error') return <ErrorNote error={result.error} />;
  const m = result.value;
  const shown = arrange(m);
  const toward = route.query.get('toward') || shown.targets[0]?.code || '';
  const cellOf = new Map(m.cells.map((c) => [`${c.actor}|${c.target}`, c]));
  const onChange = (e: Event) => navigate(href('/reactions', { ...params, toward: (e.currentTarget as HTMLSelectElement).value }), { replace: true });
  const onFilter = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    navigate(href('/reactions', { since: value('since'), until: value('until'), event: value('event'), toward: route.query.get('toward') }));
  };
  return (
    <section aria-labelledby="reactions-title">
      <h1 id="reactions-title">Reactions</h1>
      <p class="muted">Who stands where: each row an actor, each column whom it spoke about; the colour is the stance most of its statements take. Open a cell for the statements.</p>
      <form class="row-form" onSubmit={onFilter} key={JSON.stringify(params)} aria-label="Filter the reactions">
        <label>
          Said from <input name="since" type="date" defaultValue={params.since} />
        </label>
        <label>
          to <input name="until" type="date" defaultValue={params.until} />
        </label>
        <label>
          Event <input name="event" defaultValue={params.event} placeholder="CAMEO 02 or REQUEST" />
        </label>
        <button type="submit">Apply</button>
      </form>
      {m.targets.length === 0 ? (
        <p class="empty">No statement has a coded target yet.</p>
      ) : (
        <>
          <div class="matrix-wrap" tabIndex={0} aria-label="Reactions matrix, scrolls sideways">
            <table class="matrix">
              <caption class="visually-hidden">Stance of each actor toward each target</caption>
              <thead>
                <tr>
                  <th scope="col">Actor \ target</th>
                  {shown.targets.map((t) => (
                    <th scope="col" key={t.code} title={t.name}>
                      {t.code}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.actors.map((a) => (
                  <tr key={a.code}>
                    <th scope="row" title={a.name}>
                      <Link href={`/actors/${encodeURIComponent(a.code)}`}>{a.code}</Link> <span class="muted name">{a.name}</span>
                    </th>
                    {shown.targets.map((t) => {
                      const c = cellOf.get(`${a.code}|${t.code}`);
                      const n = c?.total ?? 0;
                      return c ? (
                        <td key={t.code} class={`cell stance-fill-${c.stance}`}>
                          <Link href={href('/', { actor: a.code, target: t.code })} title={`${a.name} toward ${t.name}: ${summary(c)}`} aria-label={`${a.code} toward ${t.code}: ${summary(c)}`}>
                            {GLYPH[c.stance]} {n}
                          </Link>
                        </td>
                      ) : (
                        <td key={t.code} class="cell empty-cell" />
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.hiddenTargets > 0 ? (
            <p class="muted small">
              The {MAX_COLUMNS} targets spoken about most are shown; {shown.hiddenTargets} more are on the map and in search.
            </p>
          ) : null}
          <StanceLegend />
          <h2>
            <label for="toward">World map: stance toward </label>
            <select id="toward" value={toward} onChange={onChange}>
              {shown.all.map((t) => (
                <option key={t.code} value={t.code}>
                  {t.code} {t.name}
                </option>
              ))}
            </select>
          </h2>
          <StanceLegend lead={`Each country by the stance of its statements toward ${toward}:`} none="no statement" />
          <WorldMap stances={stancesToward(m, toward)} focus={toward} label={`Countries coloured by their stance toward ${toward}`} />
        </>
      )}
    </section>
  );
}
