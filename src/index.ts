/** The public API of Communiqué. */
export { extract, cleanDocument, type ExtractOptions, type ExtractResult } from './pipeline/extract.js';
export type * from './core/types.js';
export type { RawDocument, SourceHints, MediaType } from './core/analysis.js';
export type { Failure, FailureCode, Result } from './core/errors.js';
