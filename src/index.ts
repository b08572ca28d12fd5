/** The public API of Communiqué. */
export { extract, cleanDocument, type ExtractOptions, type ExtractResult } from './pipeline/extract.js';
export type * from './core/types.js';
export type { RawDocument, SourceHints, MediaType } from './core/analysis.js';
export type { Failure, FailureCode, Result } from './core/errors.js';
export { createApp, type AppOptions } from './server/app.js';
export { startServer, type ServeOptions, type RunningServer } from './server/serve.js';
