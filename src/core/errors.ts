/**
 * User-facing failures: a stable code and a sentence that says what to do.
 * A batch never dies on one bad document: the failure is reported, counted and skipped.
 * Throwing is for bugs only.
 */

export type FailureCode =
  | 'INGEST_NOT_FOUND'
  | 'INGEST_UNREADABLE'
  | 'INGEST_TOO_LARGE'
  | 'INGEST_UNSUPPORTED_MEDIA'
  | 'INGEST_MALFORMED_CONTAINER'
  | 'INGEST_UNSAFE_XML'
  | 'DECODE_EMPTY'
  | 'DECODE_BINARY_INPUT'
  | 'DECODE_BAD_ENCODING'
  | 'CLEAN_NO_ARTICLE'
  | 'CLEAN_MALFORMED_HTML'
  | 'EXTRACT_TOO_LONG'
  | 'STORE_FAILED'
  | 'STORE_BAD_QUERY'
  | 'STORE_NOT_FOUND'
  /** The PostgreSQL server of COMMUNIQUE_DATABASE_URL cannot be reached or refuses the login. */
  | 'STORE_UNREACHABLE'
  /** COMMUNIQUE_DATABASE_URL (or --db) is not a usable postgres:// URL. */
  | 'STORE_BAD_URL'
  /** `communique eval` runs outside a source checkout or without its dev dependencies. */
  | 'EVAL_UNAVAILABLE';

export interface Failure {
  readonly code: FailureCode;
  readonly source: string;
  /** One sentence: what went wrong and what to do. */
  readonly message: string;
  readonly detail?: Readonly<Record<string, string | number | boolean | null>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: FailureCode,
  source: string,
  message: string,
  detail?: Failure['detail'],
): Result<T> {
  return { ok: false, failure: detail ? { code, source, message, detail } : { code, source, message } };
}

/** Thrown at a stage boundary and turned into a `Failure` by the pipeline. */
export class CommuniqueError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly detail?: Failure['detail'],
  ) {
    super(message);
    this.name = 'CommuniqueError';
  }
}
