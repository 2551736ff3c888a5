// The one error type of the outbound HTTP layer. Every failure (refused connection, timeout, bad certificate,
// unreadable answer) leaves the transport as a TransportError with a code from the catalog
// (spec/schemas/ErrorCode.json), so the delivery worker and the CLI map it to a retry decision or an exit code
// without matching on messages. The low-level error stays reachable as `cause`.
import type { ErrorCode } from '../../generated/types.js';

/** The catalog codes a transport failure can carry. */
export type TransportErrorCode = Extract<
  ErrorCode,
  'PEER_UNREACHABLE' | 'PEER_TIMEOUT' | 'TLS_ERROR' | 'INVALID_RESPONSE' | 'CANCELLED' | 'CONFIG_INVALID'
>;

export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly code: TransportErrorCode;
  /** The URL that was asked for, when the failure concerns one. */
  readonly url: string | undefined;
  /**
   * A short machine-readable reason under the code: the low-level error code (`ECONNREFUSED`,
   * `CERT_HAS_EXPIRED`, `UND_ERR_HEADERS_TIMEOUT`) or one of ours (`insecure_scheme`, `not_json`, `too_large`).
   */
  readonly reason: string;

  constructor(code: TransportErrorCode, reason: string, message: string, url?: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.reason = reason;
    this.url = url;
  }
}

export function isTransportError(error: unknown, code?: TransportErrorCode): error is TransportError {
  return error instanceof TransportError && (code === undefined || error.code === code);
}

/**
 * Whether a failure may go away by itself. TLS failures and bad answers never do (they fail closed), nor does
 * an endpoint that is not a URL at all.
 */
export function isTransient(error: TransportError): boolean {
  if (error.reason === 'invalid_url') return false;
  return error.code === 'PEER_UNREACHABLE' || error.code === 'PEER_TIMEOUT' || error.code === 'CANCELLED';
}
