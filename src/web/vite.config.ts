import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * The world map's shapes, shipped with the page (no tile server): world-atlas's 1:110m countries,
 * with each ISO 3166 numeric id replaced by the alpha-3 code statements use.
 */
function worldAtlas(): Plugin {
  return {
    name: 'communique-world-atlas',
    generateBundle() {
      const countries = require('i18n-iso-countries') as { numericToAlpha3(n: string): string | undefined };
      const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as {
        objects: { countries: { geometries: { id?: string; properties: Record<string, unknown> }[] } };
      };
      for (const g of topo.objects.countries.geometries) {
        const alpha3 = g.id ? countries.numericToAlpha3(g.id) : undefined;
        if (alpha3) g.id = alpha3;
        else delete g.id;
      }
      this.emitFile({ type: 'asset', fileName: 'world-110m.json', source: JSON.stringify(topo) });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [worldAtlas()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
