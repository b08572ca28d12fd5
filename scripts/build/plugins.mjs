/** esbuild plugins shared by the bundles of `npm run build` (bundle-worker.mjs, bundle-cli.mjs). */

/**
 * i18n-iso-countries' Node entry registers all of its 79 languages at load; the pipeline registers and
 * reads English only (src/stages/quotes/lexicon.ts). The bundles take the library without the other 78
 * (0.9 MB of source, parsed and built by every thread that loads the pipeline): the same names, in English.
 */
export const englishCountriesOnly = {
  name: 'i18n-iso-countries-without-locales',
  setup(b) {
    b.onResolve({ filter: /^i18n-iso-countries$/ }, (args) => b.resolve('i18n-iso-countries/index.js', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};
