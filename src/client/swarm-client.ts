// The library API of an agent: send, join, leave, kick, transfer, dissolve, and the peer lookups. Every call
// returns `{ data } | { error }` with a catalog code. Whatever is sent is written to the durable outbox first
// (one row per recipient, in the same transaction as the local state change it announces) and then delivered
// by a DeliveryWorker: the client's own, one it shares (the `swarm serve` worker), or none (queue only).
import { randomUUID } from 'node:crypto';
import type {
  AgentInfo,
  Attachment,
  Health,
  Message,
  OutboxStatus,
  Priority,
  Reference,
} from '../../generated/types.js';
import { validateMessage } from '../../generated/validators/Message.js';
import { signEnvelope } from '../core/envelope-signature.js';
import { sealContent } from '../core/sealed.js';
import type { Repositories } from '../state/repositories.js';
import type { Store } from '../state/store.js';
import type { BackoffOptions } from '../transport/retry.js';
import { createTransport, DEFAULT_TIMEOUT_MS, type Transport } from '../transport/transport.js';
import { composeMessage, deliveriesTo, enqueueMessage, type SenderIdentity } from './compose.js';
import { DeliveryWorker, type DeliveryWorkerOptions, defaultLeaseMs } from './delivery-worker.js';
import { type JoinResult, joinSwarm } from './join.js';
import { createKeyResolver, fetchInfo, type KeyResolver, type ResolvedKey } from './keys.js';
import {
  type OperationContext,
  type QueuedOperation,
  queueDissolve,
  queueKick,
  queueLeave,
  queueTransfer,
  type SystemAction,
} from './membership.js';
import { type Peer, ProtocolNegotiator } from './negotiation.js';
import { type PeerRequestOptions, requestHealth, requestInfo } from './peer-request.js';
import { type ClientError, type ClientResult, errorFromThrown, fail, ok, parseRowError } from './result.js';

/** Senders refuse longer content (spec: Message.content). */
export const MAX_CONTENT_CHARACTERS = 65_536;

export interface SwarmClientOptions {
  store: Store;
  identity: SenderIdentity;
  /** Extra CA (PEM file or text) trusted besides the system roots. */
  caFile?: string;
  caPem?: string;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
  /** Plain http:// to loopback hosts (tests, a local TLS proxy); never elsewhere. */
  allowHttpLoopback?: boolean;
  /** A transport to share (not closed by close()); by default the client makes its own from the options above. */
  transport?: Transport;
  /** A worker to hand deliveries to (e.g. the server's), or `false` to only queue; default: the client's own. */
  worker?: DeliveryWorker | false;
  /** Settings of the client's own worker. */
  workerOptions?: Omit<DeliveryWorkerOptions, 'store' | 'agentId' | 'transport' | 'transportOptions'>;
  /** Attempts of join, info and health requests; default 3. */
  requestAttempts?: number;
  backoff?: BackoffOptions;
  /** How long send() and the operations wait for a first attempt per recipient; default timeout + 5 s. */
  deliveryWaitMs?: number;
  /** Lifetime of a public key fetched from a peer's /info; default 1 h. */
  keyTtlMs?: number;
  /**
   * Protocol 0.2 with the members that advertise it (NEG-002), on by default: `v02: false` speaks 0.1.0 alone.
   * `peerInfoTtlMs`: how long what a member's /info said is trusted (default 1 h). A shared worker negotiates
   * with its own owner's settings.
   */
  protocol?: { v02?: boolean; peerInfoTtlMs?: number };
  now?: () => number;
  newId?: () => string;
}

interface SendFields {
  swarmId: string;
  content: string;
  type?: 'message' | 'notification';
  priority?: Priority;
  inReplyTo?: string;
  threadId?: string;
  expiresAt?: string;
  attachments?: Attachment[];
  references?: Reference[];
  metadata?: Message['metadata'];
  /** Wait for a first delivery attempt to every recipient (default), or return as soon as it is queued. */
  wait?: boolean;
  /**
   * Seal the content for its recipients (SEAL-001), who must speak 0.2: a direct message to a member that does
   * not is refused (SEALING_UNSUPPORTED); a broadcast leaves such members out and lists them in `skipped`.
   */
  sealed?: boolean;
}

/** A direct message (`to` a member) or a broadcast to every other member. */
export type SendInput = SendFields & ({ to: string; broadcast?: never } | { broadcast: true; to?: never });

export interface DeliveryReport {
  recipientId: string;
  status: OutboxStatus;
  attempts: number;
  statusCode?: number;
  /** The last failure (for failed rows, and queued rows waiting for a retry). */
  error?: Pick<ClientError, 'code' | 'message'>;
}

export interface SentMessage {
  messageId: string;
  deliveries: DeliveryReport[];
  /** Members a sealed broadcast left out, and why. */
  skipped?: { recipientId: string; reason: string }[];
}

export interface OperationResult {
  swarmId: string;
  messages: (SentMessage & { action: SystemAction })[];
}

export interface OperationOptions {
  /** As for send(): false returns once the messages are queued. */
  wait?: boolean;
}

export class SwarmClient {
  readonly #store: Store;
  readonly #identity: SenderIdentity;
  readonly #transport: Transport;
  readonly #ownsTransport: boolean;
  readonly #worker: DeliveryWorker | undefined;
  readonly #ownsWorker: boolean;
  readonly #request: PeerRequestOptions;
  readonly #keys: KeyResolver;
  readonly #deliveryWaitMs: number;
  readonly #ctx: OperationContext;
  readonly #negotiator: ProtocolNegotiator | undefined;

  constructor(options: SwarmClientOptions) {
    const { store, identity } = options;
    this.#store = store;
    this.#identity = identity;
    this.#ownsTransport = options.transport === undefined;
    this.#transport =
      options.transport ??
      createTransport({
        caFile: options.caFile,
        caPem: options.caPem,
        timeoutMs: options.timeoutMs,
        allowHttpLoopback: options.allowHttpLoopback,
        agentId: identity.agentId,
      });
    const now = options.now ?? Date.now;
    this.#request = {
      fetch: this.#transport.fetch,
      agentId: identity.agentId,
      attempts: options.requestAttempts,
      backoff: options.backoff,
    };
    this.#negotiator =
      options.protocol?.v02 === false
        ? undefined
        : new ProtocolNegotiator({
            store,
            fetchInfo: this.fetchInfo,
            ttlMs: options.protocol?.peerInfoTtlMs,
            now,
          });
    this.#ownsWorker = options.worker === undefined;
    this.#worker =
      options.worker === false
        ? undefined
        : (options.worker ??
          new DeliveryWorker({
            leaseMs: defaultLeaseMs(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
            ...options.workerOptions,
            store,
            agentId: identity.agentId,
            keyPair: identity.keyPair,
            now: options.now,
            transport: this.#transport,
            negotiator: this.#negotiator,
          }));
    this.#keys = createKeyResolver({ store, request: this.#request, ttlMs: options.keyTtlMs, now });
    this.#deliveryWaitMs = options.deliveryWaitMs ?? (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) + 5000;
    this.#ctx = { identity, now, newId: options.newId ?? randomUUID };
  }

  /** The worker deliveries go to (undefined when the client only queues). */
  get worker(): DeliveryWorker | undefined {
    return this.#worker;
  }

  /** Signs and queues a message, then (by default) waits for a first delivery attempt to each recipient. */
  async send(input: SendInput): Promise<ClientResult<SentMessage>> {
    if ((input.to === undefined) === (input.broadcast !== true)) {
      throw new TypeError('send() needs exactly one of `to` and `broadcast: true`');
    }
    if (input.sealed) return this.#sendSealed(input);
    const message = this.#compose(input, this.#everyTargetSpeaksV02(input));
    if (message.error) return message;
    const self = this.#identity.agentId;
    let queued: ClientResult<string[]>;
    try {
      queued = await this.#store.write((repositories) => {
        const swarm = repositories.swarms.get(message.data.swarm_id);
        if (!swarm) return fail('SWARM_NOT_FOUND', `This agent is not in swarm ${input.swarmId}`);
        if (input.to !== undefined && !swarm.members.some((m) => m.agentId === input.to)) {
          return fail('MEMBER_NOT_FOUND', `${input.to} is not a member of swarm ${swarm.swarmId}`);
        }
        const deliveries =
          input.to === undefined ? deliveriesTo(swarm.members, [self]) : [{ recipientId: input.to, endpoint: null }];
        enqueueMessage(repositories, message.data, deliveries);
        return ok(deliveries.map((d) => d.recipientId));
      });
    } catch (error) {
      return { error: errorFromThrown(error) };
    }
    if (queued.error) return queued;
    const messageId = message.data.message_id;
    return ok({ messageId, deliveries: await this.#deliverSent(messageId, queued.data, input.wait) });
  }

  /** Hands a sent message's new rows to the worker (waiting, by default) and reports each recipient's delivery. */
  async #deliverSent(messageId: string, recipients: string[], wait = true): Promise<DeliveryReport[]> {
    await this.#deliver(
      recipients.map((recipientId) => ({ messageId, recipientId })),
      wait,
    );
    return this.#report(messageId);
  }

  async #sendSealed(input: SendInput): Promise<ClientResult<SentMessage>> {
    const checked = this.#checkContent(input);
    if (checked.error) return checked;
    const negotiator = this.#negotiator;
    const self = this.#identity.agentId;
    const swarm = this.#store.swarms.get(input.swarmId.toLowerCase());
    if (!swarm) return fail('SWARM_NOT_FOUND', `This agent is not in swarm ${input.swarmId}`);
    const targets = swarm.members.filter((m) => (input.to === undefined ? m.agentId !== self : m.agentId === input.to));
    if (input.to !== undefined && targets.length === 0) {
      return fail('MEMBER_NOT_FOUND', `${input.to} is not a member of swarm ${swarm.swarmId}`);
    }
    const peers: (Peer & { publicKey: string })[] = targets.map((m) => ({
      agentId: m.agentId,
      endpoint: m.endpoint,
      publicKey: m.publicKey,
    }));
    const speaks = negotiator ? await Promise.all(peers.map((peer) => negotiator.speaksV02(peer))) : [];
    const readers = peers.filter((_, i) => speaks[i] === true);
    const left = peers.filter((_, i) => speaks[i] !== true).map((peer) => peer.agentId);
    if (readers.length === 0 || (input.to !== undefined && left.length > 0)) {
      return fail(
        'SEALING_UNSUPPORTED',
        negotiator
          ? `${left.join(', ') || 'nobody'}: no recipient speaks protocol 0.2, which sealed content needs`
          : 'protocol 0.2 is off here, and sealed content needs it',
        { details: { members: left } },
      );
    }
    const messageId = this.#ctx.newId();
    let message: Message;
    try {
      const sealed = sealContent({
        content: input.content,
        messageId,
        swarmId: swarm.swarmId,
        senderId: self,
        // The sender reads its own copy too (SEAL-001).
        readers: [{ agentId: self, publicKey: this.#identity.keyPair.publicKey }, ...readers],
      });
      message = signEnvelope(
        {
          ...this.#draftOf(input),
          message_id: messageId,
          swarm_id: swarm.swarmId,
          content: '',
          sealed,
          sender: { agent_id: self, endpoint: this.#identity.endpoint },
        },
        this.#identity.keyPair,
        { now: () => new Date(this.#ctx.now()) },
      );
    } catch (error) {
      if (error instanceof TypeError) return fail('INVALID_FORMAT', error.message);
      throw error;
    }
    const valid = this.#validate(message);
    if (valid.error) return valid;
    let queued: ClientResult<string[]>;
    try {
      queued = await this.#store.write((repositories) => {
        const current = repositories.swarms.get(swarm.swarmId);
        if (!current) return fail('SWARM_NOT_FOUND', `This agent is not in swarm ${input.swarmId}`);
        // Sealed for those who were members when it was sealed, and still are.
        const still = readers.filter((reader) => current.members.some((m) => m.agentId === reader.agentId));
        const deliveries = still.map((reader) => ({ recipientId: reader.agentId, endpoint: null }));
        enqueueMessage(repositories, message, deliveries);
        return ok(deliveries.map((d) => d.recipientId));
      });
    } catch (error) {
      return { error: errorFromThrown(error) };
    }
    if (queued.error) return queued;
    return ok({
      messageId,
      deliveries: await this.#deliverSent(messageId, queued.data, input.wait),
      ...(left.length > 0
        ? { skipped: left.map((recipientId) => ({ recipientId, reason: 'does not speak protocol 0.2' })) }
        : {}),
    });
  }

  /** Joins with a `swarm://` invite; the swarm is saved locally once the master admitted us. */
  join(inviteUrl: string): Promise<ClientResult<JoinResult>> {
    return joinSwarm(
      { store: this.#store, identity: this.#identity, request: this.#request, now: this.#ctx.now },
      inviteUrl,
    );
  }

  /** Non-master only: member_left to every other member, then the swarm is forgotten here. */
  leave(swarmId: string, options?: OperationOptions): Promise<ClientResult<OperationResult>> {
    return this.#operate((repositories, ctx) => queueLeave(repositories, ctx, swarmId), options);
  }

  /** Master only: `kicked` to the target, member_kicked to the others; the target is removed here. */
  kick(swarmId: string, agentId: string, reason?: string, options?: OperationOptions) {
    return this.#operate((repositories, ctx) => queueKick(repositories, ctx, swarmId, agentId, reason), options);
  }

  /** Master only: master_transfer to the new master, master_changed to the others; we become a member. */
  transfer(swarmId: string, newMaster: string, reason?: string, options?: OperationOptions) {
    return this.#operate((repositories, ctx) => queueTransfer(repositories, ctx, swarmId, newMaster, reason), options);
  }

  /** Master only: swarm_dissolved to every member, then the swarm is forgotten here. */
  dissolve(swarmId: string, reason?: string, options?: OperationOptions) {
    return this.#operate((repositories, ctx) => queueDissolve(repositories, ctx, swarmId, reason), options);
  }

  /** GET <endpoint>/info, validated. */
  info(endpoint: string): Promise<ClientResult<AgentInfo>> {
    return requestInfo(endpoint, this.#request);
  }

  /** GET <endpoint>/health, validated (a degraded agent's 503 is returned as data). */
  health(endpoint: string): Promise<ClientResult<Health>> {
    return requestHealth(endpoint, this.#request);
  }

  /** A peer's public key: member list, then the key cache, then its /info (cached). */
  publicKey(agentId: string, where?: { swarmId?: string; endpoint?: string }): Promise<ClientResult<ResolvedKey>> {
    return this.#keys.resolve(agentId, where);
  }

  /** In the shape of the server's `hooks.fetchInfo`: rejects with a PeerRequestError. */
  readonly fetchInfo = (endpoint: string): Promise<AgentInfo> => fetchInfo(endpoint, { ...this.#request, attempts: 1 });

  /** Stops the client's own worker (letting in-flight deliveries finish) and closes its own transport. */
  async close(): Promise<void> {
    if (this.#ownsWorker) await this.#worker?.stop();
    if (this.#ownsTransport) await this.#transport.close();
  }

  #checkContent(input: SendInput): ClientResult<true> {
    if (input.type !== undefined && input.type !== 'message' && input.type !== 'notification') {
      return fail('INVALID_FORMAT', 'type must be message or notification (system messages have their own calls)');
    }
    if (typeof input.content !== 'string' || input.content.length === 0) {
      return fail('INVALID_FORMAT', 'content must be a non-empty string');
    }
    if (input.content.length > MAX_CONTENT_CHARACTERS) {
      return fail('INVALID_FORMAT', `content is longer than ${MAX_CONTENT_CHARACTERS} characters`);
    }
    return ok(true);
  }

  #draftOf(input: SendInput) {
    return {
      recipient: input.to ?? 'broadcast',
      swarm_id: input.swarmId,
      type: input.type ?? 'message',
      content: input.content,
      in_reply_to: input.inReplyTo,
      thread_id: input.threadId,
      priority: input.priority,
      expires_at: input.expiresAt,
      attachments: input.attachments,
      references: input.references,
      metadata: input.metadata,
    } as const;
  }

  #validate(message: Message): ClientResult<Message> {
    if (!validateMessage(message)) {
      const first = validateMessage.errors?.[0];
      return fail('INVALID_FORMAT', `message ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
    }
    return ok(message);
  }

  /**
   * Whether a message is signed as 0.2 at once: when every recipient is known to speak it. Only what was learnt
   * is asked (no look-up here); the worker still decides per recipient at delivery and re-signs when it must, so
   * this only spares the common case a second signature.
   */
  #everyTargetSpeaksV02(input: SendInput): boolean {
    const negotiator = this.#negotiator;
    if (!negotiator) return false;
    const swarm = this.#store.swarms.get(input.swarmId.toLowerCase());
    if (!swarm) return false;
    const self = this.#identity.agentId;
    const targets = swarm.members.filter((m) => (input.to === undefined ? m.agentId !== self : m.agentId === input.to));
    return (
      targets.length > 0 &&
      targets.every((m) => negotiator.known({ agentId: m.agentId, endpoint: m.endpoint, publicKey: m.publicKey }))
    );
  }

  #compose(input: SendInput, v02 = false): ClientResult<Message> {
    const checked = this.#checkContent(input);
    if (checked.error) return checked;
    let message: Message;
    try {
      const draft = { message_id: this.#ctx.newId(), ...this.#draftOf(input) };
      message = v02
        ? signEnvelope(
            { ...draft, sender: { agent_id: this.#identity.agentId, endpoint: this.#identity.endpoint } },
            this.#identity.keyPair,
            { now: () => new Date(this.#ctx.now()) },
          )
        : composeMessage(this.#identity, draft, this.#ctx.now);
    } catch (error) {
      // Signing refuses malformed ids and timestamps with a TypeError: here they are user input.
      if (error instanceof TypeError) return fail('INVALID_FORMAT', error.message);
      throw error;
    }
    return this.#validate(message);
  }

  async #operate(
    queue: (repositories: Repositories, ctx: OperationContext) => ClientResult<QueuedOperation>,
    options: OperationOptions = {},
  ): Promise<ClientResult<OperationResult>> {
    let queued: ClientResult<QueuedOperation>;
    try {
      queued = await this.#store.write((repositories) => queue(repositories, this.#ctx));
    } catch (error) {
      return { error: errorFromThrown(error) };
    }
    if (queued.error) return queued;
    const { swarmId, messages } = queued.data;
    const rows = messages.flatMap((m) => m.recipients.map((recipientId) => ({ messageId: m.messageId, recipientId })));
    await this.#deliver(rows, options.wait ?? true);
    return ok({
      swarmId,
      messages: messages.map((m) => ({
        messageId: m.messageId,
        action: m.action,
        deliveries: this.#report(m.messageId),
      })),
    });
  }

  /** Hands the new rows to the worker and, with `wait`, waits until each had a first attempt (or the wait ends). */
  async #deliver(rows: { messageId: string; recipientId: string }[], wait: boolean): Promise<void> {
    const worker = this.#worker;
    if (worker === undefined || rows.length === 0) return;
    // The client's own worker runs from the first send on (retries continue in the background until close());
    // a shared worker is its owner's to start.
    if (this.#ownsWorker && !worker.running) worker.start();
    if (!wait) return worker.notify();
    const attempted = worker.awaitAttempts(rows, this.#deliveryWaitMs);
    if (worker.running) worker.notify();
    else worker.drain().catch(() => undefined); // a closed worker: the wait runs out
    await attempted;
  }

  #report(messageId: string): DeliveryReport[] {
    return this.#store.outbox.get(messageId).map((row) => {
      const error = row.status === 'delivered' ? undefined : parseRowError(row.lastError);
      return {
        recipientId: row.recipientId,
        status: row.status,
        attempts: row.attempts,
        ...(row.lastStatusCode === null ? {} : { statusCode: row.lastStatusCode }),
        ...(error ? { error } : {}),
      };
    });
  }
}
