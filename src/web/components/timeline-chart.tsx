import type { Stance } from '../../core/types.js';
import type { TimelinePoint } from '../../server/api-types.js';
import { bucketOf, buckets } from '../lib/buckets.js';

const ORDER: readonly Stance[] = ['critical', 'supportive', 'neutral', 'unknown'];


type Counts = Record<Stance, number>;

/** Statements per day (or week, or month), stacked by stance, with the same figures in a table for screen readers and keyboards. */
export function TimelineChart({ points, label }: { points: readonly TimelinePoint[]; label: string }) {
  if (points.length === 0) return <p class="muted">No dated statements.</p>;
  const dates = points.map((p) => p.date).sort();
  const { unit, keys: span } = buckets(dates[0]!, dates[dates.length - 1]!);
  const perDay = new Map<string, Counts>();
  for (const p of points) {
    const key = bucketOf(p.date, unit);
    const c = perDay.get(key) ?? { supportive: 0, critical: 0, neutral: 0, unknown: 0 };
    for (const s of ORDER) c[s] += p.counts[s];
    perDay.set(key, c);
  }
  const total = (c: Counts) => ORDER.reduce((n, s) => n + c[s], 0);
  const days = [...perDay.keys()].sort();
  const max = Math.max(...[...perDay.values()].map(total));
  const width = 640;
  const height = 110;
  const bar = width / span.length;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={`${label}, per ${unit}: ${days.length} ${unit}s with statements, at most ${max} in one`}>
        {span.map((day, i) => {
          const c = perDay.get(day);
          if (!c) return null;
          let y = height;
          return (
            <g key={day}>
              <title>{`${day}: ${total(c)} (${ORDER.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`).join(', ')})`}</title>
              {ORDER.map((s) => {
                if (c[s] === 0) return null;
                const h = Math.max(2, (c[s] / max) * height);
                y -= h;
                return <rect key={s} x={i * bar + bar * 0.1} y={y} width={Math.max(1, bar * 0.8)} height={h} class={`bar stance-fill-${s}`} />;
              })}
            </g>
          );
        })}
        <line x1="0" x2={width} y1={height + 0.5} y2={height + 0.5} class="baseline" />
        <text x="0" y={height + 15} class="axis">
          {span[0]}
        </text>
        <text x={width} y={height + 15} text-anchor="end" class="axis">
          {span[span.length - 1]}
        </text>
      </svg>
      <details>
        <summary>Figures</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{unit === 'day' ? 'Day' : unit === 'week' ? 'Week of' : 'Month'}</th>
              <th scope="col">Statements</th>
              {ORDER.map((s) => (
                <th scope="col" key={s}>
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d}>
                <td>{d}</td>
                <td>{total(perDay.get(d)!)}</td>
                {ORDER.map((s) => (
                  <td key={s}>{perDay.get(d)![s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
