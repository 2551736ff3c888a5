// The outbound HTTP layer: one transport (pooled HTTPS, timeouts, protocol headers, typed errors), peer URL
// derivation, JSON answers read safely, and the retry policy as pure functions.
export { trustedCas } from './ca.js';
export { toTransportError } from './classify.js';
export { isTransient, isTransportError, TransportError, type TransportErrorCode } from './errors.js';
export { mapConcurrent } from './pool.js';
export { type JsonValidator, MAX_RESPONSE_BYTES, type ReadJsonOptions, readJsonResponse } from './response.js';
export {
  type AttemptResult,
  type BackoffOptions,
  backoffDelay,
  classifyOutcome,
  type Outcome,
  type OutcomeKind,
  parseRetryAfter,
} from './retry.js';
export {
  createTransport,
  DEFAULT_CONNECTIONS_PER_ORIGIN,
  DEFAULT_TIMEOUT_MS,
  PROTOCOL_VERSION,
  type Transport,
  type TransportFetch,
  type TransportOptions,
} from './transport.js';
export { checkPeerUrl, isLoopbackHost, type PeerRoute, peerBaseUrl, peerUrl } from './url.js';
