// What every client call returns: `{ data }` or `{ error }` with a code of the one catalog
// (spec/schemas/ErrorCode.json), as openapi-fetch does. An HTTP answer, a network failure or a refused token is
// an expected outcome, so it is a value; only misuse (a wrong argument type) throws.
import { isErrorCode } from '../../generated/errors.js';
import type { ErrorCode } from '../../generated/types.js';
import { validateErrorBody } from '../../generated/validators/ErrorBody.js';
import { ProtocolError } from '../core/errors.js';
import { isStateError } from '../state/errors.js';
import { toTransportError } from '../transport/classify.js';

export interface ClientError {
  code: ErrorCode;
  message: string;
  /** The peer's HTTP status, when the failure is its answer. */
  status?: number;
  /** The ErrorBody's details, or ours (e.g. `retry_after_ms` for RATE_LIMITED). */
  details?: Record<string, unknown> | null;
  /** The underlying error, kept for logs. */
  cause?: unknown;
}

export type ClientResult<T> = { data: T; error?: undefined } | { data?: undefined; error: ClientError };

export const ok = <T>(data: T): ClientResult<T> => ({ data });

export function fail(
  code: ErrorCode,
  message: string,
  extra: Omit<ClientError, 'code' | 'message'> = {},
): {
  error: ClientError;
} {
  return { error: { code, message, ...extra } };
}

/**
 * The catalog code of an HTTP status whose body carries none: reference peers answer routing errors, validation
 * errors and crashes without our ErrorBody (WIRE.md §7.1).
 */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 404:
      return 'ROUTE_NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 422:
      return 'INVALID_FORMAT';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 && status < 600 ? 'INTERNAL_ERROR' : 'INVALID_RESPONSE';
  }
}

/**
 * The code and message of an error answer's body. Our ErrorBody validates; a reference peer's may lack
 * `details` (WIRE.md §7.1), so any body whose `error.code` is a catalog code is read too.
 */
export function parseErrorBody(body: unknown): Omit<ClientError, 'status'> | undefined {
  if (validateErrorBody(body)) return body.error;
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error !== 'object' || error === null || !isErrorCode(error.code)) return undefined;
  return { code: error.code, message: typeof error.message === 'string' ? error.message : error.code };
}

/** A peer's refusal as a ClientError: the body's code and message when it sent them. */
export function errorFromAnswer(status: number, body: unknown): ClientError {
  const sent = parseErrorBody(body);
  if (sent) return { ...sent, status };
  const code = codeForStatus(status);
  return { code, message: `HTTP ${status} without an error body (${code})`, status };
}

/** Maps what a call threw (transport, core or store error) to a ClientError; anything else is rethrown. */
export function errorFromThrown(error: unknown): ClientError {
  if (error instanceof ProtocolError) return { code: error.code, message: error.message, cause: error };
  if (isStateError(error)) {
    const code = isErrorCode(error.code) ? error.code : 'INTERNAL_ERROR';
    return { code, message: error.message, cause: error };
  }
  if (error instanceof TypeError && !isNetworkTypeError(error)) throw error;
  const transport = toTransportError(error);
  return { code: transport.code, message: transport.message, cause: error };
}

// undici reports network failures as `TypeError('fetch failed')` with the socket error as cause; a TypeError
// without a cause is a bug in our code and must not be dressed up as a peer failure.
function isNetworkTypeError(error: TypeError): boolean {
  return error.cause !== undefined || error.message === 'fetch failed';
}

/** `CODE: reason`, the form the outbox's last_error column keeps, so the code can be read back. */
export function formatRowError(code: ErrorCode, reason: string): string {
  return `${code}: ${reason}`;
}

export function parseRowError(text: string | null): { code: ErrorCode; message: string } | undefined {
  if (text === null) return undefined;
  const match = /^([A-Z][A-Z_]*): ([\s\S]*)$/.exec(text);
  if (match && isErrorCode(match[1])) return { code: match[1], message: match[2] ?? '' };
  return { code: 'INTERNAL_ERROR', message: text };
}
