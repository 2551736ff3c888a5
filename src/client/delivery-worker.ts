// The delivery worker: works the durable outbox of one store. It claims due rows under a lease (so two workers
// on one file, `swarm serve` and a CLI, never send a row at the same time), POSTs each stored envelope to its
// recipient with bounded concurrency over one keep-alive transport, and records the outcome:
//
//   200/202                         → delivered
//   network error, timeout, 408, 5xx → retry after backoffDelay (± jitter), failed after maxAttempts
//   429                             → retry at the peer's Retry-After (capped), failed after maxRateLimitedAttempts
//   other 4xx, TLS, bad URL         → failed with the ErrorBody's code (or the transport's)
//   recipient gone, no fixed endpoint → failed MEMBER_NOT_FOUND
//
// A 429 is the peer telling us when to come back, not a failure, so it gets a larger budget than failures do:
// the store counts every attempt alike, hence two ceilings on the same counter rather than two counters.
//
// Slots are refilled one by one as deliveries finish (not batch by batch), so one slow peer holds one slot, not
// the whole batch; claims and outcomes go through the store's group commit, so a fan-out costs a few fsyncs.
import type { ErrorCode, Message } from '../../generated/types.js';
import { signEnvelope } from '../core/envelope-signature.js';
import type { KeyPair } from '../core/keys.js';
import { peerUrl, protocolHeaders } from '../core/peer.js';
import { PROTOCOL_V01, PROTOCOL_V02, rulesOf } from '../core/protocol.js';
import { signMessage } from '../core/signature.js';
import { timestampToDate } from '../core/timestamp.js';
import type { OutboxJob, OutboxRepository } from '../state/outbox.js';
import type { Store } from '../state/store.js';
import { type BackoffOptions, backoffDelay, classifyOutcome, type Outcome } from '../transport/retry.js';
import { createTransport, DEFAULT_TIMEOUT_MS, type Transport, type TransportOptions } from '../transport/transport.js';
import type { Peer, ProtocolNegotiator } from './negotiation.js';
import { readBodyPrefix, readJsonPrefix } from './peer-request.js';
import { codeForStatus, formatRowError, parseErrorBody } from './result.js';

export interface DeliveryLogger {
  log(level: 'debug' | 'info' | 'warn' | 'error', event: string, fields?: Record<string, unknown>): void;
}

export interface DeliveryWorkerOptions {
  store: Store;
  /** Our agent id: the X-Agent-ID of every POST. */
  agentId: string;
  /** A shared transport (left open by stop()); without one the worker makes its own from transportOptions. */
  transport?: Transport;
  transportOptions?: Omit<TransportOptions, 'agentId'>;
  /** Deliveries in flight at once; default DEFAULT_CONCURRENCY. */
  concurrency?: number;
  /** Most rows claimed per claim; default = concurrency. */
  batchSize?: number;
  /** Attempts before a transient failure becomes final; default 8. */
  maxAttempts?: number;
  /** Attempts before a peer that keeps answering 429 is given up on; default 24. */
  maxRateLimitedAttempts?: number;
  /** Longest Retry-After honoured as asked; default 15 min. */
  maxRetryAfterMs?: number;
  /** Lease of a claimed row; must exceed the transport timeout. Default max(60 s, 2 × timeout + 10 s). */
  leaseMs?: number;
  /** Longest sleep between looks at the outbox (other processes queue rows without telling us); default 1 s. */
  pollIntervalMs?: number;
  backoff?: BackoffOptions;
  logger?: DeliveryLogger;
  /**
   * Our key: a retry of a message older than `resignAfterMs` is re-signed with a fresh timestamp (same id and
   * content), so a long outage does not push it out of the receivers' replay window. Without it, rows are sent
   * as stored.
   */
  keyPair?: KeyPair;
  /** Age past which a retried envelope is re-signed; default 4 min (receivers' default window is 5). */
  resignAfterMs?: number;
  /** The clock that dates re-signed envelopes (tests fix it). */
  now?: () => number;
  /**
   * Speaks 0.2 to the members that do (NEG-002): a stored 0.1.0 envelope is re-signed whole as 0.2.0 for such a
   * recipient (same id, timestamp and fields). Needs `keyPair`. Without it every row goes out as stored.
   */
  negotiator?: ProtocolNegotiator;
}

export type AttemptResult = 'delivered' | 'retry' | 'failed';

/** One delivery attempt, reported to onAttempt listeners once its outcome is on disk. */
export interface DeliveryAttempt {
  messageId: string;
  recipientId: string;
  swarmId: string;
  endpoint: string | null;
  /** Attempts so far, this one included. */
  attempt: number;
  result: AttemptResult;
  statusCode?: number;
  code?: ErrorCode;
  error?: string;
  retryInMs?: number;
  durationMs: number;
}

export interface DrainSummary {
  delivered: number;
  retried: number;
  failed: number;
}

type Decision =
  | { result: 'delivered' }
  | { result: 'retry'; code: ErrorCode; error: string; delayMs: number }
  | { result: 'failed'; code: ErrorCode; error: string };

type Claim = { jobs: OutboxJob[]; exhausted: boolean };

/** Re-sign retries older than this: receivers refuse messages outside their replay window (5 min by default). */
export const DEFAULT_RESIGN_AFTER_MS = 4 * 60_000;
/** Re-signed bodies kept, and the largest envelope kept: at most a few MB, enough for the broadcasts in flight. */
const RESIGNED_CACHE_SIZE = 128;
const RESIGNED_CACHE_MAX_BYTES = 16 * 1024;
/** Deliveries in flight at once: enough for a 50-member broadcast to go out in one wave. */
export const DEFAULT_CONCURRENCY = 64;
const MAX_SUCCESS_BODY_BYTES = 64 * 1024;
const MIN_SLEEP_MS = 5;
const silent: DeliveryLogger = { log() {} };

/** Long enough that a live worker never loses a row it is still sending (timeout, then recording). */
export function defaultLeaseMs(timeoutMs: number): number {
  return Math.max(60_000, 2 * timeoutMs + 10_000);
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be an integer >= 1, got ${value}`);
  return value;
}

export class DeliveryWorker {
  readonly #store: Store;
  readonly #agentId: string;
  readonly #transport: Transport;
  readonly #ownsTransport: boolean;
  readonly #concurrency: number;
  readonly #batchSize: number;
  readonly #maxAttempts: number;
  readonly #maxRateLimitedAttempts: number;
  readonly #maxRetryAfterMs: number;
  readonly #leaseMs: number;
  readonly #pollIntervalMs: number;
  readonly #backoff: BackoffOptions;
  readonly #logger: DeliveryLogger;
  readonly #keyPair: KeyPair | undefined;
  readonly #resignAfterMs: number;
  readonly #now: () => number;
  readonly #negotiator: ProtocolNegotiator | undefined;
  #state: 'idle' | 'running' | 'stopping' | 'closed' = 'idle';
  readonly #inFlight = new Set<Promise<void>>();
  #filling: Promise<void> | undefined;
  /** Rows claimed inside a pending store write, not launched yet. */
  #reserved = 0;
  #refill = false;
  #timer: NodeJS.Timeout | undefined;
  #lastRelease = 0;
  readonly #listeners = new Set<(attempt: DeliveryAttempt) => void>();
  /** Re-signed bodies by version and stored envelope, oldest first (see #wire). */
  readonly #resigned = new Map<string, { body: string; version: string }>();

  constructor(options: DeliveryWorkerOptions) {
    this.#store = options.store;
    this.#agentId = options.agentId;
    this.#concurrency = positiveInteger(options.concurrency ?? DEFAULT_CONCURRENCY, 'concurrency');
    this.#batchSize = positiveInteger(options.batchSize ?? this.#concurrency, 'batchSize');
    this.#maxAttempts = positiveInteger(options.maxAttempts ?? 8, 'maxAttempts');
    this.#maxRateLimitedAttempts = positiveInteger(options.maxRateLimitedAttempts ?? 24, 'maxRateLimitedAttempts');
    this.#maxRetryAfterMs = positiveInteger(options.maxRetryAfterMs ?? 15 * 60_000, 'maxRetryAfterMs');
    const timeoutMs = options.transportOptions?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#leaseMs = positiveInteger(options.leaseMs ?? defaultLeaseMs(timeoutMs), 'leaseMs');
    this.#pollIntervalMs = positiveInteger(options.pollIntervalMs ?? 1000, 'pollIntervalMs');
    this.#backoff = options.backoff ?? {};
    this.#logger = options.logger ?? silent;
    this.#keyPair = options.keyPair;
    this.#resignAfterMs = options.resignAfterMs ?? DEFAULT_RESIGN_AFTER_MS;
    this.#now = options.now ?? Date.now;
    this.#negotiator = options.keyPair ? options.negotiator : undefined;
    this.#ownsTransport = options.transport === undefined;
    this.#transport = options.transport ?? createTransport({ ...options.transportOptions, agentId: this.#agentId });
  }

  get running(): boolean {
    return this.#state === 'running';
  }

  /** Deliveries being sent right now. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Releases leases a dead worker left behind, then works the outbox until stop(). */
  start(): void {
    this.#assertOpen();
    if (this.#state === 'running') return;
    this.#state = 'running';
    this.#releaseStale();
    void this.#fill();
  }

  /** New rows were queued: look now rather than at the next timer. */
  notify(): void {
    if (this.#state === 'running') void this.#fill();
  }

  /** Stops claiming, lets in-flight deliveries finish and record their outcome; closes an owned transport. */
  async stop(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#state = 'stopping';
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#filling;
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
    if (this.#ownsTransport) {
      this.#state = 'closed';
      await this.#transport.close();
    } else {
      this.#state = 'idle';
    }
  }

  /** Delivers until nothing is due now (rows waiting for a later retry stay queued); for tests and the CLI. */
  async drain(): Promise<DrainSummary> {
    this.#assertOpen();
    const summary: DrainSummary = { delivered: 0, retried: 0, failed: 0 };
    const key = { delivered: 'delivered', retry: 'retried', failed: 'failed' } as const;
    const off = this.onAttempt((attempt) => {
      summary[key[attempt.result]] += 1;
    });
    try {
      this.#releaseStale();
      for (;;) {
        await this.#fill();
        if (this.#inFlight.size === 0) break;
        await Promise.race(this.#inFlight);
      }
    } finally {
      off();
    }
    return summary;
  }

  /** Calls `listener` after each attempt's outcome is stored; returns the unsubscribe function. */
  onAttempt(listener: (attempt: DeliveryAttempt) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Resolves once each (message, recipient) had an attempt by this worker, or after `timeoutMs`. Subscribe
   * before queuing or notifying, so that no attempt is missed.
   */
  awaitAttempts(rows: readonly { messageId: string; recipientId: string }[], timeoutMs: number): Promise<void> {
    const waiting = new Set(rows.map((row) => `${row.messageId}\u0000${row.recipientId}`));
    if (waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        off();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      const off = this.onAttempt((attempt) => {
        waiting.delete(`${attempt.messageId}\u0000${attempt.recipientId}`);
        if (waiting.size === 0) done();
      });
    });
  }

  #assertOpen(): void {
    if (this.#state === 'closed') throw new Error('DeliveryWorker: stopped, and its transport is closed');
  }

  #releaseStale(): void {
    this.#lastRelease = Date.now();
    try {
      const released = this.#store.outbox.releaseLeases();
      if (released > 0) this.#logger.log('info', 'outbox.leases_released', { rows: released });
    } catch (error) {
      this.#logger.log('error', 'outbox.release_failed', { error: String(error) });
    }
  }

  /** Claims due rows while slots are free. Concurrent callers share one run (and ask it to look again). */
  #fill(): Promise<void> {
    if (this.#filling) {
      this.#refill = true;
      return this.#filling;
    }
    const run = async () => {
      do {
        this.#refill = false;
        for (;;) {
          let claim: Claim = { jobs: [], exhausted: true };
          try {
            claim = await this.#store.write(({ outbox }) => {
              claim = this.#claim(outbox, 0);
              return claim;
            });
          } catch (error) {
            this.#reserved -= claim.jobs.length; // rolled back: nothing was claimed
            throw error;
          }
          this.#launchAll(claim.jobs);
          if (claim.exhausted) break;
        }
      } while (this.#refill);
    };
    this.#filling = run()
      .catch((error: unknown) => this.#logger.log('error', 'outbox.claim_failed', { error: String(error) }))
      .finally(() => {
        this.#filling = undefined;
        this.#arm();
      });
    return this.#filling;
  }

  /**
   * Claims as many due rows as there are free slots (`extra`: slots about to be freed by the caller), inside a
   * store write. They stay reserved until launched, so that two claims in one group commit do not both count
   * the same free slot. `exhausted`: no more rows are due, or no more slots are free.
   */
  #claim(outbox: OutboxRepository, extra: number): Claim {
    const closing = this.#state === 'stopping' || this.#state === 'closed';
    const free = closing ? 0 : this.#concurrency - this.#inFlight.size - this.#reserved + extra;
    const want = Math.min(free, this.#batchSize);
    if (want <= 0) return { jobs: [], exhausted: true };
    const jobs = outbox.claimDue({ limit: want, leaseMs: this.#leaseMs });
    this.#reserved += jobs.length;
    return { jobs, exhausted: jobs.length < want || want < free };
  }

  #launchAll(jobs: readonly OutboxJob[]): void {
    this.#reserved -= jobs.length;
    for (const job of jobs) this.#launch(job);
  }

  // A finished delivery hands its slot straight to the rows it claimed in the transaction that recorded its
  // outcome: one commit per cycle instead of two.
  #launch(job: OutboxJob): void {
    const delivery: Promise<void> = this.#deliver(job)
      .catch(() => [] as OutboxJob[])
      .then((next) => {
        this.#inFlight.delete(delivery);
        this.#launchAll(next);
        if (next.length === 0) this.#arm();
      });
    this.#inFlight.add(delivery);
  }

  /** Sleeps until the earliest queued row falls due, at most pollIntervalMs; not while every slot is busy. */
  #arm(): void {
    if (this.#state !== 'running' || this.#inFlight.size >= this.#concurrency) return;
    clearTimeout(this.#timer);
    let delay = this.#pollIntervalMs;
    try {
      const due = this.#store.outbox.nextDueAt();
      if (due !== undefined) delay = Math.min(delay, Date.parse(due) - Date.now());
    } catch (error) {
      this.#logger.log('error', 'outbox.next_due_failed', { error: String(error) });
    }
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        if (Date.now() - this.#lastRelease >= this.#leaseMs / 2) this.#releaseStale();
        void this.#fill();
      },
      Math.max(MIN_SLEEP_MS, delay),
    );
    // A CLI that queued and delivered what it could must be free to exit; `swarm serve` is kept alive anyway.
    this.#timer.unref();
  }

  /**
   * The envelope to send in the version asked for: as stored when it is in that version and fresh, else re-signed
   * (whole as 0.2 for a recipient that speaks it, as 0.1.0 for one that does not), and re-signed with a fresh
   * timestamp when it has grown too old for receivers' replay windows.
   */
  #wire(envelope: string, asked: '0.1' | '0.2'): { body: string; version: string } {
    if (!this.#keyPair) return { body: envelope, version: PROTOCOL_V01 };
    const message = JSON.parse(envelope) as Message;
    const stored = rulesOf(message.protocol_version);
    // A sealed envelope stays 0.2: it was sealed for readers that speak it.
    const version = message.sealed ? '0.2' : asked;
    const signedAt = timestampToDate(message.timestamp)?.getTime();
    const stale = signedAt === undefined || this.#now() - signedAt >= this.#resignAfterMs;
    if (!stale && stored === version) return { body: envelope, version: message.protocol_version };
    // Ed25519 is deterministic, so a re-signing that keeps the timestamp gives the same bytes every time: a
    // broadcast's copies for the members of one version are signed once.
    const key = `${version}\u0000${envelope}`;
    const cached = stale ? undefined : this.#resigned.get(key);
    if (cached) return cached;
    const { signature: _old, timestamp, ...draft } = message;
    const dated = { ...draft, ...(stale ? {} : { timestamp }) };
    const clock = { now: () => new Date(this.#now()) };
    const wire =
      version === '0.2'
        ? {
            body: JSON.stringify(signEnvelope({ ...dated, protocol_version: PROTOCOL_V02 }, this.#keyPair, clock)),
            version: PROTOCOL_V02,
          }
        : {
            // A stored 0.2 envelope goes to a 0.1.0 recipient as 0.1.0; a stored 0.1.x keeps its own version.
            body: JSON.stringify(
              signMessage(
                stored === '0.2' ? { ...dated, protocol_version: PROTOCOL_V01 } : dated,
                this.#keyPair,
                clock,
              ),
            ),
            version: stored === '0.2' ? PROTOCOL_V01 : message.protocol_version,
          };
    if (!stale && envelope.length <= RESIGNED_CACHE_MAX_BYTES) {
      if (this.#resigned.size >= RESIGNED_CACHE_SIZE) this.#resigned.delete(this.#resigned.keys().next().value!);
      this.#resigned.set(key, wire);
    }
    return wire;
  }

  /** The member a row goes to, for negotiation; undefined when it is no longer one (a fixed endpoint). */
  #peerOf(job: OutboxJob & { endpoint: string }): Peer {
    const member = this.#store.senders.cached(job.swarmId.toLowerCase(), job.recipientId);
    return { agentId: job.recipientId, endpoint: job.endpoint, ...(member ? { publicKey: member.publicKey } : {}) };
  }

  /** One POST of the envelope in `version`, with the answer's body read (an error body parsed, for its code). */
  async #post(
    job: OutboxJob & { endpoint: string },
    version: '0.1' | '0.2',
  ): Promise<{ response: Response; body: unknown }> {
    const wire = this.#wire(job.envelope, version);
    const response = await this.#transport.fetch(peerUrl(job.endpoint, 'message'), {
      method: 'POST',
      headers: protocolHeaders(this.#agentId, wire.version === PROTOCOL_V02 ? PROTOCOL_V02 : PROTOCOL_V01),
      body: wire.body,
    });
    // A success body is read, not cancelled, so that the connection goes back to the pool.
    if (response.ok) {
      await readBodyPrefix(response, MAX_SUCCESS_BODY_BYTES);
      return { response, body: undefined };
    }
    return { response, body: await readJsonPrefix(response) };
  }

  /**
   * One attempt; records its outcome and claims the next rows for the slot in the same write, and returns them.
   * Never rejects: a failure to record leaves the row to its lease.
   */
  async #deliver(job: OutboxJob): Promise<OutboxJob[]> {
    const started = performance.now();
    let statusCode: number | undefined;
    let outcome: Outcome;
    if (job.endpoint === null) {
      const reason = `${job.recipientId} is no longer a member of swarm ${job.swarmId} and no endpoint was fixed`;
      outcome = { kind: 'final', code: 'MEMBER_NOT_FOUND', reason };
    } else {
      try {
        const target = { ...job, endpoint: job.endpoint };
        const peer = this.#negotiator ? this.#peerOf(target) : undefined;
        let version: '0.1' | '0.2' = peer && (await this.#negotiator?.speaksV02(peer)) ? '0.2' : '0.1';
        let answer = await this.#post(target, version);
        if (peer && version === '0.1' && isDowngradeRefusal(answer.response.status, answer.body)) {
          // The recipient knows us to speak 0.2 and refuses less: it speaks 0.2 too. Learnt, and sent again so.
          await this.#negotiator?.learn(peer, 'refusal');
          version = '0.2';
          answer = await this.#post(target, version);
        }
        const { response, body } = answer;
        statusCode = response.status;
        outcome = classifyOutcome({ status: statusCode, headers: response.headers, body });
        if (!response.ok) outcome = { ...outcome, reason: describeRefusal(statusCode, body) };
      } catch (error) {
        outcome = classifyOutcome({ error });
      }
    }
    const decision = this.#decide(job, outcome, statusCode);
    const { messageId, recipientId } = job;
    let next: OutboxJob[] = [];
    try {
      const recorded = await this.#store.write(({ outbox }) => {
        const done =
          decision.result === 'delivered'
            ? outbox.markDelivered(messageId, recipientId, { statusCode })
            : decision.result === 'retry'
              ? outbox.scheduleRetry(messageId, recipientId, { ...decision, statusCode })
              : outbox.markFailed(messageId, recipientId, { error: decision.error, statusCode });
        next = this.#claim(outbox, 1).jobs;
        return done;
      });
      if (!recorded) this.#logger.log('warn', 'outbox.lease_lost', { message_id: messageId, recipient: recipientId });
    } catch (error) {
      this.#reserved -= next.length; // rolled back with the outcome
      this.#logger.log('error', 'outbox.record_failed', { message_id: messageId, error: String(error) });
      return [];
    }
    const attempt: DeliveryAttempt = {
      messageId,
      recipientId,
      swarmId: job.swarmId,
      endpoint: job.endpoint,
      attempt: job.attempts,
      result: decision.result,
      ...(statusCode === undefined ? {} : { statusCode }),
      ...(decision.result === 'delivered' ? {} : { code: decision.code, error: decision.error }),
      ...(decision.result === 'retry' ? { retryInMs: decision.delayMs } : {}),
      durationMs: performance.now() - started,
    };
    this.#logger.log(decision.result === 'failed' ? 'warn' : 'debug', `delivery.${decision.result}`, {
      message_id: messageId,
      recipient: recipientId,
      attempt: job.attempts,
      status: statusCode ?? null,
      error: attempt.error ?? null,
    });
    for (const listener of this.#listeners) {
      try {
        listener(attempt);
      } catch (error) {
        this.#logger.log('error', 'delivery.listener_failed', { error: String(error) });
      }
    }
    return next;
  }

  #decide(job: OutboxJob, outcome: Outcome, statusCode: number | undefined): Decision {
    if (outcome.kind === 'success') return { result: 'delivered' };
    const code = outcome.code ?? (statusCode === undefined ? 'PEER_UNREACHABLE' : codeForStatus(statusCode));
    const error = formatRowError(code, outcome.reason);
    if (outcome.kind === 'final') return { result: 'failed', code, error };
    if (outcome.kind === 'rate_limited') {
      if (job.attempts >= this.#maxRateLimitedAttempts) return { result: 'failed', code, error };
      const wait = outcome.retryAfterMs ?? backoffDelay(job.attempts - 1, this.#backoff);
      return { result: 'retry', code, error, delayMs: Math.round(Math.min(wait, this.#maxRetryAfterMs)) };
    }
    if (job.attempts >= this.#maxAttempts) return { result: 'failed', code, error };
    // The peer's Retry-After (a 503 while it is busy) is a floor under the backoff, capped like a 429's.
    const asked = Math.min(outcome.retryAfterMs ?? 0, this.#maxRetryAfterMs);
    return {
      result: 'retry',
      code,
      error,
      delayMs: Math.round(Math.max(asked, backoffDelay(job.attempts - 1, this.#backoff))),
    };
  }
}

function isDowngradeRefusal(status: number, body: unknown): boolean {
  return status === 403 && parseErrorBody(body)?.code === 'PROTOCOL_DOWNGRADE';
}

/** `HTTP 403: <the peer's message>`, the text kept in the outbox's last_error after the code. */
function describeRefusal(status: number, body: unknown): string {
  const sent = parseErrorBody(body);
  return sent ? `HTTP ${status}: ${sent.message}` : `HTTP ${status}`;
}
