import { ActorTag, ErrorNote, Loading, StanceBadge, StanceLegend } from '../components/bits.js';
import { StatementCard } from '../components/statement-card.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { api } from '../lib/api.js';
import { href, Link } from '../lib/router.js';
import { useAsync } from '../lib/use-async.js';

/** One actor: how much it said and when, its stance toward each target, its latest statements. */
export function ActorView({ code }: { code: string }) {
  const detail = useAsync(`actor:${code}`, () => api.actor(code));
  const latest = useAsync(`actor-statements:${code}`, () => api.statements({ actor: code, limit: '10' }));
  if (detail.state === 'loading') return <Loading what="the actor" />;
  if (detail.state === 'error') return <ErrorNote error={detail.error} />;
  const { actor, timeline, toward } = detail.value;
  return (
    <section aria-labelledby="actor-title">
      <h1 id="actor-title">
        <ActorTag actor={actor} />
      </h1>
      <p>
        {actor.statements} statement{actor.statements === 1 ? '' : 's'}
        {actor.firstDate ? `, said between ${actor.firstDate} and ${actor.lastDate}` : ''}
        {actor.targeted ? `; the target of ${actor.targeted}` : ''}.{' '}
        <Link href={href('/', { actor: actor.code })}>Search them</Link>
      </p>
      <h2>Timeline</h2>
      <TimelineChart points={timeline} label={`Statements by ${actor.name} per day`} />
      <StanceLegend lead="Bars by the stance of the statements:" />
      <h2>Stance toward</h2>
      {toward.length === 0 ? (
        <p class="muted">No targets coded.</p>
      ) : (
        <div class="table-wrap">
        <table class="toward">
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Overall</th>
              <th scope="col">Supportive</th>
              <th scope="col">Critical</th>
              <th scope="col">Neutral</th>
            </tr>
          </thead>
          <tbody>
            {toward.map((c) => (
              <tr key={c.target}>
                <th scope="row">
                  <Link href={href('/', { actor: actor.code, target: c.target })}>{c.target}</Link>
                </th>
                <td>
                  <StanceBadge stance={c.stance} />
                </td>
                <td>{c.counts.supportive}</td>
                <td>{c.counts.critical}</td>
                <td>{c.counts.neutral}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <h2>Latest statements</h2>
      {latest.state === 'loading' ? <Loading what="statements" /> : null}
      {latest.state === 'error' ? <ErrorNote error={latest.error} /> : null}
      {latest.state === 'ready' ? (
        <ol class="cards">
          {latest.value.items.map((h) => (
            <li key={h.statement.id}>
              <StatementCard statement={h.statement} source={{ title: h.documentTitle, source: h.documentSource, count: h.sourceCount }} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** Every actor with its count and date range. */
export function ActorsView() {
  const result = useAsync('actors-list', () => api.actors({ limit: '500' }));
  if (result.state === 'loading') return <Loading what="actors" />;
  if (result.state === 'error') return <ErrorNote error={result.error} />;
  return (
    <section aria-labelledby="actors-title">
      <h1 id="actors-title">Actors</h1>
      <div class="table-wrap">
      <table class="actors">
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Statements</th>
            <th scope="col">Targeted</th>
            <th scope="col">First</th>
            <th scope="col">Last</th>
          </tr>
        </thead>
        <tbody>
          {result.value.items.map((a) => (
            <tr key={a.code}>
              <th scope="row">
                <Link href={`/actors/${encodeURIComponent(a.code)}`}>
                  <ActorTag actor={a} />
                </Link>
              </th>
              <td>{a.statements}</td>
              <td>{a.targeted}</td>
              <td>{a.firstDate ?? '—'}</td>
              <td>{a.lastDate ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
