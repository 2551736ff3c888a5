// Turns whatever undici, node:net or node:tls threw into a TransportError. undici's fetch wraps the real
// failure: `TypeError('fetch failed')` whose `cause` is the socket or TLS error, sometimes an AggregateError
// (one error per address tried), so the codes are looked for along the whole `cause` / `errors` graph.
import { TransportError, type TransportErrorCode } from './errors.js';

// OpenSSL verification results as Node reports them in `error.code` (X509_V_ERR_* without the prefix), plus
// EPROTO, which Node uses for a handshake the peer broke off.
const TLS_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'EPROTO',
]);

const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

// Our own side gave up: the caller's signal fired or the transport was closed under the request.
const CANCEL_CODES = new Set(['ABORT_ERR', 'UND_ERR_ABORTED', 'UND_ERR_CLOSED', 'UND_ERR_DESTROYED']);

interface Found {
  readonly code: TransportErrorCode;
  readonly reason: string;
  readonly detail: string;
}

function kindOf(code: string | undefined, name: string): TransportErrorCode | undefined {
  if (code !== undefined && (TLS_CODES.has(code) || /^ERR_(TLS|SSL)_/.test(code))) return 'TLS_ERROR';
  if (name === 'TimeoutError' || (code !== undefined && TIMEOUT_CODES.has(code))) return 'PEER_TIMEOUT';
  if (name === 'AbortError' || (code !== undefined && CANCEL_CODES.has(code))) return 'CANCELLED';
  return code === undefined ? undefined : 'PEER_UNREACHABLE';
}

// TLS outranks everything (a reset after a failed handshake is still a certificate problem: fail closed),
// then a timeout, then our own cancellation, then plain unreachability.
const RANK: Record<TransportErrorCode, number> = {
  TLS_ERROR: 4,
  PEER_TIMEOUT: 3,
  CANCELLED: 2,
  PEER_UNREACHABLE: 1,
  INVALID_RESPONSE: 0,
  CONFIG_INVALID: 0,
};

function findCause(error: unknown): Found | undefined {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  let best: Found | undefined;
  while (queue.length > 0 && seen.size < 32) {
    const node = queue.shift();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const { code, name, message, cause, errors } = node as Record<string, unknown>;
    const textCode = typeof code === 'string' ? code : undefined;
    const kind = kindOf(textCode, typeof name === 'string' ? name : '');
    // `>=` lets a deeper error of the same kind win: it names the real reason, not undici's wrapper.
    if (kind !== undefined && (best === undefined || RANK[kind] >= RANK[best.code])) {
      const reason = textCode ?? (kind === 'PEER_TIMEOUT' ? 'timeout' : 'aborted');
      best = { code: kind, reason, detail: typeof message === 'string' && message !== '' ? message : reason };
    }
    queue.push(cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return best;
}

const SUMMARY: Record<TransportErrorCode, string> = {
  TLS_ERROR: 'TLS handshake or certificate check failed for',
  PEER_TIMEOUT: 'Timed out waiting for',
  CANCELLED: 'Request cancelled:',
  PEER_UNREACHABLE: 'Cannot reach',
  INVALID_RESPONSE: 'Invalid response from',
  CONFIG_INVALID: 'Invalid transport configuration for',
};

/**
 * Classifies any thrown value as a TransportError naming `url`; a TransportError passes through unchanged.
 * `timeoutMs`, when known, replaces the abort signal's vague "operation was aborted" in timeout messages.
 */
export function toTransportError(error: unknown, url?: string, context: { timeoutMs?: number } = {}): TransportError {
  if (error instanceof TransportError) return error;
  const found = findCause(error) ?? {
    code: 'PEER_UNREACHABLE',
    reason: 'network_error',
    detail: error instanceof Error ? error.message : String(error),
  };
  const detail =
    found.code === 'PEER_TIMEOUT' && context.timeoutMs !== undefined
      ? `no complete answer within ${context.timeoutMs} ms`
      : found.detail.replace(/\s+/g, ' ').trim(); // OpenSSL messages span lines
  const message = `${SUMMARY[found.code]} ${url ?? 'the peer'}: ${detail} (${found.reason})`;
  return new TransportError(found.code, found.reason, message, url, { cause: error });
}
