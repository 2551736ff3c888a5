// The HTTP edge's one error type: a catalog code, a human message and optional details. Core and store
// errors are mapped to it where they cross into HTTP, keeping the original as `cause`.
import { errorCatalog } from '../../generated/errors.js';
import type { ErrorBody, ErrorCode } from '../../generated/types.js';

export type ErrorDetails = { [key: string]: unknown } | null;

/** The media type of every JSON answer, as Express's res.json writes it. */
export const JSON_TYPE = 'application/json; charset=utf-8';

export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
    // Local-only codes never reach a peer; if one does, it is a bug answered as 500.
    this.status = errorCatalog[code].status ?? 500;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, details: this.details } };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** `Retry-After` in seconds for an error whose details say when to come back ([SRV-RL-002]), none otherwise. */
export function retryAfterSeconds(error: ApiError): number | undefined {
  const seconds = error.details?.retry_after;
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds >= 1 ? seconds : undefined;
}

/** What a schema failure is made of: an ajv error, or one shaped like it (a body nested too deep). */
export interface SchemaFailure {
  instancePath: string;
  keyword: string;
  message?: string;
}

/** INVALID_FORMAT naming the first failing pointer and listing every failure. */
export function schemaError(errors: readonly SchemaFailure[] | null | undefined, what: string): ApiError {
  const first = errors?.[0];
  const pointer = first?.instancePath || '/';
  return new ApiError('INVALID_FORMAT', `${what}: ${pointer} ${first?.message ?? 'is invalid'}`, {
    pointer,
    errors: (errors ?? []).map((e) => ({ pointer: e.instancePath || '/', keyword: e.keyword, message: e.message })),
  });
}
