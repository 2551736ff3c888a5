// The client side of an agent: composing and queueing messages, the delivery worker that works the outbox,
// the SwarmClient library API, and peer key handling.
export {
  composeMessage,
  composeSystemMessage,
  deliveriesTo,
  enqueueMessage,
  type SenderIdentity,
} from './compose.js';
export {
  type AttemptResult,
  type DeliveryAttempt,
  type DeliveryLogger,
  DeliveryWorker,
  type DeliveryWorkerOptions,
  type DrainSummary,
} from './delivery-worker.js';
export type { JoinResult } from './join.js';
export {
  createKeyResolver,
  DEFAULT_KEY_TTL_MS,
  fetchInfo,
  infoFetcher,
  type KeyResolver,
  type KeyResolverOptions,
  PeerRequestError,
  type ResolvedKey,
} from './keys.js';
export type { QueuedMessage, QueuedOperation, SystemAction } from './membership.js';
export type { PeerRequestOptions } from './peer-request.js';
export { type ClientError, type ClientResult, codeForStatus } from './result.js';
export {
  type DeliveryReport,
  MAX_CONTENT_CHARACTERS,
  type OperationOptions,
  type OperationResult,
  type SendInput,
  type SentMessage,
  SwarmClient,
  type SwarmClientOptions,
} from './swarm-client.js';
