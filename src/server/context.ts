// What every route of the agent server works with: the store, the agent's identity, the resolved
// options, the rate limiters, a clock and a logger, plus hooks to the parts that run beside the server
// (the delivery worker, the wake method, the key fetcher). Built once at start-up.
import type { AgentInfo, MessageType, Priority } from '../../generated/types.js';
import type { ProtocolNegotiator } from '../client/negotiation.js';
import type { KeyPair } from '../core/keys.js';
import type { Store } from '../state/store.js';
import { BodyBudget } from './body.js';
import type { Logger } from './logger.js';
import { DEFAULT_RATE_LIMITS, type RateLimitConfig, RateLimits } from './rate-limit.js';

export interface AgentIdentity {
  agentId: string;
  endpoint: string;
  keyPair: KeyPair;
  /** Standard base64 of keyPair.publicKey, derived from the private key, never configured apart. */
  publicKey: string;
  name?: string;
  description?: string;
}

export interface ServerOptions {
  basePath: string;
  bodyLimit: number;
  /** Request-body bytes held at once over all requests (see BodyBudget). */
  bodiesInFlight: number;
  replayWindowMs: number;
  rateLimits: RateLimitConfig;
  management: { token: string; loopbackOnly: boolean };
  trustProxy: boolean;
  /** How long an approval-required join request waits for a decision. */
  pendingJoinTtlMs: number;
  /** Protocol 0.2 (config `protocol`): spoken and advertised; downgrades refused; how long /info is trusted. */
  protocol: ProtocolOptions;
}

export interface ProtocolOptions {
  v02: boolean;
  refuseDowngrade: boolean;
  peerInfoTtlMs: number;
}

export const DEFAULT_SERVER_OPTIONS: Omit<ServerOptions, 'management'> = {
  basePath: '/swarm',
  bodyLimit: 1024 * 1024,
  bodiesInFlight: 64 * 1024 * 1024,
  replayWindowMs: 5 * 60 * 1000,
  rateLimits: DEFAULT_RATE_LIMITS,
  trustProxy: false,
  pendingJoinTtlMs: 7 * 24 * 3600 * 1000,
  protocol: { v02: true, refuseDowngrade: true, peerInfoTtlMs: 60 * 60 * 1000 },
};

/** A stored message the agent may want to be woken for. */
export interface ReceivedEvent {
  messageId: string;
  swarmId: string;
  senderId: string;
  /** `broadcast` or this agent's id. */
  recipient: string;
  type: MessageType;
  priority: Priority;
  /** What the wake rules' keywords are matched against. */
  content: string;
}

export interface ServerHooks {
  /** New outbox rows are waiting (the delivery worker should look now). */
  outboxQueued?(): void;
  /** A message was stored; runs after the answer was sent and can neither delay nor fail it. */
  received?(event: ReceivedEvent): void | Promise<void>;
  /** Learns which protocol versions members speak (NEG-002), shared with the delivery worker. */
  negotiator?: ProtocolNegotiator;
  /** Fetches a peer's /info (used when a reference master announces a member without its key). */
  fetchInfo?(endpoint: string): Promise<AgentInfo>;
  /** Wakes the local agent on POST /api/wake; absent when no wake method is configured. */
  wake?(request: {
    message_id: string;
    swarm_id: string;
    sender_id: string;
    notification_level: string;
  }): Promise<'invoked' | 'already_active' | 'skipped'>;
}

export interface ServerContext {
  store: Store;
  identity: AgentIdentity;
  options: ServerOptions;
  limits: RateLimits;
  /** Shared by the body readers of every request. */
  bodies: BodyBudget;
  now: () => number;
  logger: Logger;
  hooks: ServerHooks;
}

export function createServerContext(input: {
  store: Store;
  identity: AgentIdentity;
  options: Partial<ServerOptions> & { management: ServerOptions['management'] };
  logger: Logger;
  hooks?: ServerHooks;
  now?: () => number;
}): ServerContext {
  // An option given as undefined means "the default", never "none".
  const given = Object.fromEntries(Object.entries(input.options).filter(([, value]) => value !== undefined));
  const options = { ...DEFAULT_SERVER_OPTIONS, ...given } as ServerOptions;
  const now = input.now ?? Date.now;
  return {
    store: input.store,
    identity: input.identity,
    options,
    limits: new RateLimits(options.rateLimits, now),
    // Never below one body: a request of the largest size allowed must be able to arrive alone.
    bodies: new BodyBudget(Math.max(options.bodiesInFlight, options.bodyLimit)),
    now,
    logger: input.logger,
    hooks: input.hooks ?? {},
  };
}
