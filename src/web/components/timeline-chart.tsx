import type { TimelinePoint } from '../../server/api-types.js';

/** Days between two ISO dates, inclusive. */
function daySpan(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < 3660; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Statements per day as bars, with the same figures in a table for screen readers and keyboards. */
export function TimelineChart({ points, label }: { points: readonly TimelinePoint[]; label: string }) {
  if (points.length === 0) return <p class="muted">No dated statements.</p>;
  const perDay = new Map<string, number>();
  for (const p of points) perDay.set(p.date, (perDay.get(p.date) ?? 0) + p.count);
  const days = [...perDay.keys()].sort();
  const span = daySpan(days[0]!, days[days.length - 1]!);
  const max = Math.max(...perDay.values());
  const width = 640;
  const height = 120;
  const bar = width / span.length;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={`${label}: ${days.length} days with statements, at most ${max} a day`}>
        {span.map((day, i) => {
          const n = perDay.get(day) ?? 0;
          const h = n === 0 ? 0 : Math.max(2, (n / max) * height);
          return n === 0 ? null : (
            <rect key={day} x={i * bar + bar * 0.1} y={height - h} width={Math.max(1, bar * 0.8)} height={h} class="bar">
              <title>{`${day}: ${n}`}</title>
            </rect>
          );
        })}
        <text x="0" y={height + 14} class="axis">
          {span[0]}
        </text>
        <text x={width} y={height + 14} text-anchor="end" class="axis">
          {span[span.length - 1]}
        </text>
      </svg>
      <details>
        <summary>Figures</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Statements</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d}>
                <td>{d}</td>
                <td>{perDay.get(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
