// The retry policy as pure functions: what one delivery attempt's outcome means, how long a peer asked us to
// wait, and how long to back off. The delivery worker owns the loop and the clock; nothing here sleeps.
import { isErrorCode } from '../../generated/errors.js';
import type { ErrorCode } from '../../generated/types.js';
import { toTransportError } from './classify.js';
import { isTransient } from './errors.js';

export type OutcomeKind = 'success' | 'retry' | 'final' | 'rate_limited';

export interface Outcome {
  readonly kind: OutcomeKind;
  /** Catalog code of a failure: the ErrorBody's, the transport error's, or RATE_LIMITED. */
  readonly code?: ErrorCode;
  /** For `rate_limited` and `retry`: the wait the peer asked for (`Retry-After`), when it said one. */
  readonly retryAfterMs?: number;
  /** A short human reason, for logs and the outbox's `last_error`. */
  readonly reason: string;
}

type HeaderSource = { get(name: string): string | null } | Record<string, string | readonly string[] | undefined>;

export interface AttemptResult {
  /** The HTTP status, when the peer answered. */
  status?: number;
  /** What the request threw, when it did not answer. Takes precedence over `status`. */
  error?: unknown;
  headers?: HeaderSource;
  /** The parsed response body, if any: an ErrorBody's code is recorded. */
  body?: unknown;
  /** Clock for Retry-After dates and epochs; default Date.now(). */
  now?: number;
}

function header(headers: HeaderSource | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof headers.get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  // A plain record (node's IncomingHttpHeaders style): names in any case, values possibly repeated.
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return typeof entry === 'string' ? entry : entry?.[0];
}

// Above this a Retry-After number cannot be a delay (it would be 31 years): the reference server sends the
// absolute Unix time in seconds there (WIRE.md §8.1), so it is read as an epoch.
const EPOCH_THRESHOLD_SECONDS = 1e9;

const HTTP_DATE_START = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /;

/** The wait a Retry-After value asks for, in ms (never negative): delta seconds, an HTTP date, or an epoch. */
export function parseRetryAfter(value: string | number | undefined | null, now = Date.now()): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const seconds = Number(text);
    return seconds > EPOCH_THRESHOLD_SECONDS ? Math.max(0, seconds * 1000 - now) : seconds * 1000;
  }
  // All three HTTP-date forms (RFC 9110 §5.6.7) start with the day name; Date.parse alone would take "-5".
  if (!HTTP_DATE_START.test(text)) return undefined;
  // asctime dates carry no zone; HTTP dates are always GMT, whatever the local time zone.
  const date = Date.parse(/GMT$/.test(text) ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function errorBody(body: unknown): { code?: ErrorCode; retryAfter?: unknown } {
  if (typeof body !== 'object' || body === null) return {};
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return {};
  const { code, details } = error as { code?: unknown; details?: unknown };
  const retryAfter =
    typeof details === 'object' && details !== null ? (details as Record<string, unknown>).retry_after : undefined;
  return { ...(isErrorCode(code) ? { code } : {}), retryAfter };
}

/** What one attempt's result means for the delivery: done, try again, wait as asked, or give up. */
export function classifyOutcome(result: AttemptResult): Outcome {
  if (result.error !== undefined) {
    const error = toTransportError(result.error);
    return { kind: isTransient(error) ? 'retry' : 'final', code: error.code, reason: error.message };
  }
  const status = result.status;
  if (status === undefined) throw new TypeError('classifyOutcome needs a status or an error');
  const body = errorBody(result.body);
  const reason = `HTTP ${status}${body.code ? ` ${body.code}` : ''}`;
  if (status >= 200 && status < 300) return { kind: 'success', reason };
  if (status === 429) {
    const now = result.now ?? Date.now();
    const fromHeader = parseRetryAfter(header(result.headers, 'retry-after'), now);
    const retryAfterMs =
      fromHeader ??
      (typeof body.retryAfter === 'number' || typeof body.retryAfter === 'string'
        ? parseRetryAfter(body.retryAfter, now)
        : undefined);
    return {
      kind: 'rate_limited',
      code: 'RATE_LIMITED',
      reason,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }
  if (status === 408 || (status >= 500 && status < 600)) {
    // A busy peer's 503 says when to come back: a retry before then would only be refused again.
    const retryAfterMs = parseRetryAfter(header(result.headers, 'retry-after'), result.now ?? Date.now());
    return { kind: 'retry', ...withCode(body.code), reason, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status >= 400 && status < 500) return { kind: 'final', ...withCode(body.code), reason };
  // 1xx and 3xx (redirects are not followed): not an answer the protocol allows.
  return { kind: 'final', code: 'INVALID_RESPONSE', reason: `${reason} (unexpected status)` };
}

function withCode(code: ErrorCode | undefined): { code?: ErrorCode } {
  return code === undefined ? {} : { code };
}

export interface BackoffOptions {
  /** Delay before the second attempt; default 1000 ms (the reference's 2^0 s). */
  baseMs?: number;
  /** Upper bound of any delay; default 30 000 ms. */
  maxMs?: number;
  /** Relative jitter, 0.25 = ±25 %; default 0.25. */
  jitter?: number;
  /** Lower bound of any delay; default 100 ms. */
  minMs?: number;
  /** Random source in [0, 1); injectable for tests. */
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (0 for the first retry): `baseMs * 2^attempt` capped at `maxMs`, then
 * ±`jitter` so that senders failed by the same outage do not retry in step, then clamped to [minMs, maxMs].
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  if (!Number.isInteger(attempt) || attempt < 0) throw new RangeError(`attempt must be an integer >= 0: ${attempt}`);
  const { baseMs = 1000, maxMs = 30_000, jitter = 0.25, minMs = 100, random = Math.random } = options;
  // The exponent is bounded so that a huge attempt number gives maxMs, not Infinity (or NaN when baseMs is 0).
  const raw = Math.min(baseMs * 2 ** Math.min(attempt, 64), maxMs);
  const jittered = raw * (1 + jitter * (2 * random() - 1));
  return Math.round(Math.min(maxMs, Math.max(minMs, jittered)));
}
