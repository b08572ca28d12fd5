import { useEffect, useState } from 'preact/hooks';
import type { Stance } from '../../core/types.js';

interface Shape {
  readonly id: string | null;
  readonly name: string;
  readonly d: string;
}

const WIDTH = 960;
const HEIGHT = 500;

let shapesPromise: Promise<Shape[]> | null = null;

/** Country outlines projected once: world-atlas shapes from this server, d3-geo loaded on demand. */
function loadShapes(): Promise<Shape[]> {
  shapesPromise ??= (async () => {
    const [{ geoNaturalEarth1, geoPath }, { feature }, res] = await Promise.all([import('d3-geo'), import('topojson-client'), fetch('/world-110m.json')]);
    if (!res.ok) throw new Error(`map data: HTTP ${res.status}`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TopoJSON typing is loose; the shape is checked by feature()
    const topo = (await res.json()) as any;
    const collection = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name?: string }>;
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    const path = geoPath(projection);
    return collection.features.map((f) => ({ id: f.id === undefined ? null : String(f.id), name: f.properties?.name ?? '', d: path(f) ?? '' }));
  })();
  return shapesPromise;
}

/** A world map with each country coloured by its stance (alpha-3 code → stance); no tiles, no network. */
export function WorldMap({ stances, label, focus }: { stances: ReadonlyMap<string, { stance: Stance; summary: string }>; label: string; focus?: string }) {
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    loadShapes().then(setShapes, (e: unknown) => setFailed(String(e)));
  }, []);
  if (failed) return <p class="error">The map could not be drawn: {failed}</p>;
  if (!shapes) return <p class="loading">Drawing the map…</p>;
  return (
    <svg class="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {shapes.map((s, i) => {
        const st = s.id ? stances.get(s.id) : undefined;
        return (
          <path key={s.id ?? `x${i}`} d={s.d} class={['country', st ? `stance-fill-${st.stance}` : '', s.id && s.id === focus ? 'focus' : ''].filter(Boolean).join(' ')} data-code={s.id ?? undefined}>
            <title>{s.id && s.id === focus ? `${s.name}: the target` : st ? `${s.name}: ${st.summary}` : s.name}</title>
          </path>
        );
      })}
    </svg>
  );
}
