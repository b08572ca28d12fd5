import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CommuniqueError, type Failure, type FailureCode } from '../core/errors.js';

/** Codes the HTTP layer adds to the pipeline's FailureCode: request problems, not document problems. */
export type ApiErrorCode =
  | 'API_BAD_REQUEST'
  | 'API_UNAUTHORIZED'
  | 'API_FORBIDDEN'
  | 'API_NOT_FOUND'
  | 'API_PAYLOAD_TOO_LARGE'
  | 'API_UNSUPPORTED_MEDIA'
  | 'API_NO_STORE'
  | 'API_INTERNAL';

export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode | FailureCode;
    readonly message: string;
    readonly detail?: Failure['detail'];
    /** Validation problems, one per field: `{ path: "limit", message: "…" }`. */
    readonly issues?: readonly { readonly path: string; readonly message: string }[];
  };
}

const API_STATUS: Record<ApiErrorCode, ContentfulStatusCode> = {
  API_BAD_REQUEST: 400,
  API_UNAUTHORIZED: 401,
  API_FORBIDDEN: 403,
  API_NOT_FOUND: 404,
  API_PAYLOAD_TOO_LARGE: 413,
  API_UNSUPPORTED_MEDIA: 415,
  API_NO_STORE: 503,
  API_INTERNAL: 500,
};

// Failure codes whose meaning is not "the document you sent cannot be processed" (422).
// Partial on purpose: codes other stages add later fall back by prefix instead of breaking the build.
const FAILURE_STATUS: Partial<Record<FailureCode, ContentfulStatusCode>> = {
  INGEST_NOT_FOUND: 404,
  INGEST_TOO_LARGE: 413,
  INGEST_UNSUPPORTED_MEDIA: 415,
  STORE_FAILED: 500,
  STORE_BAD_QUERY: 400,
  STORE_NOT_FOUND: 404,
};

/**
 * The one place error codes become HTTP statuses.
 * @example statusFor('DECODE_EMPTY') // 422
 */
export function statusFor(code: string): ContentfulStatusCode {
  if (code in API_STATUS) return API_STATUS[code as ApiErrorCode];
  const known = FAILURE_STATUS[code as FailureCode];
  if (known) return known;
  // A store that fails is the server's problem; any other stage failure is about the input.
  return code.startsWith('STORE_') ? 500 : 422;
}

/** Thrown by handlers and middleware; turned into a JSON error by the app's onError. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | FailureCode,
    message: string,
    readonly extra: Omit<ApiErrorBody['error'], 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** A CommuniqueError (thrown by the store or a stage) as an ApiError with the same code. */
  static fromCommunique(err: CommuniqueError): ApiError {
    return new ApiError(err.code, err.message, err.detail ? { detail: err.detail } : {});
  }

  static fromFailure(failure: Failure): ApiError {
    return new ApiError(failure.code, failure.message, failure.detail ? { detail: failure.detail } : {});
  }
}

/** Any thrown value as the ApiError to answer with; null for bugs (they become API_INTERNAL). */
export function asApiError(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err instanceof CommuniqueError) return ApiError.fromCommunique(err);
  return null;
}

export function errorResponse(c: Context, err: ApiError): Response {
  const body: ApiErrorBody = { error: { code: err.code, message: err.message, ...err.extra } };
  return c.json(body, statusFor(err.code));
}
