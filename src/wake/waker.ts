// Decides whether to wake the agent for a stored message, by the wake policy (policy.ts), and runs the invoker in
// the background, one invocation at a time. A peer whose conversation was woken within the session timeout is not
// woken again.
import type { WakeDecision, WakeRequest } from '../../generated/types.js';
import type { Store } from '../state/store.js';
import type { Invoker } from './invokers.js';
import type { Circumstances, WakePolicy } from './policy.js';
import type { WakeFacts } from './rules.js';

export type WakeLevel = WakeRequest['notification_level'];
export type WakeOutcome = 'invoked' | 'already_active' | 'skipped';

export interface WakerOptions {
  store: Store;
  invoker: Invoker;
  policy: WakePolicy;
  sessionTimeoutMs: number;
  /** The clock quiet hours are read with (tests). */
  now?: () => number;
  onError?(error: unknown): void;
  /** Every decision taken for a stored message (the server logs them at debug level). */
  onDecision?(decision: WakeDecision): void;
}

export class Waker {
  readonly #options: WakerOptions;
  #running: Promise<void> = Promise.resolve();
  #inFlight = 0;

  constructor(options: WakerOptions) {
    this.#options = options;
  }

  /** A message was stored: its level comes from the rules. */
  async received(facts: WakeFacts): Promise<WakeOutcome> {
    const decision = this.#options.policy.decide(facts, this.#circumstances(facts.swarmId, facts.senderId));
    this.#options.onDecision?.(decision);
    if (!decision.wakes) return decision.reason === 'session_active' ? 'already_active' : 'skipped';
    return this.#invoke({
      message_id: facts.messageId,
      swarm_id: facts.swarmId,
      sender_id: facts.senderId,
      notification_level: decision.level,
      rule: decision.rule.name,
    });
  }

  /** A wake asked with its level (POST /api/wake): the same mutes, levels, quiet hours and sessions, no rules. */
  async wake(request: WakeRequest): Promise<WakeOutcome> {
    const circumstances = this.#circumstances(request.swarm_id, request.sender_id);
    const verdict = this.#options.policy.gate(request.swarm_id, request.notification_level, circumstances);
    if (!verdict.wakes) return verdict.reason === 'session_active' ? 'already_active' : 'skipped';
    return this.#invoke(request);
  }

  /** Resolves when every started invocation has finished (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.#inFlight > 0) await this.#running;
  }

  #circumstances(swarmId: string, senderId: string): Circumstances {
    const { store, sessionTimeoutMs, now } = this.#options;
    let muted: Circumstances['muted'] = null;
    if (store.mutes.isMuted('agent', senderId)) muted = 'sender';
    else if (store.mutes.isMuted('swarm', swarmId)) muted = 'swarm';
    return {
      at: new Date(now?.() ?? Date.now()),
      muted,
      sessionActive: store.sessions.getActive(swarmId, senderId, sessionTimeoutMs) !== undefined,
    };
  }

  async #invoke(request: WakeRequest): Promise<WakeOutcome> {
    const { store } = this.#options;
    await store.write(({ sessions }) =>
      sessions.upsert({ swarmId: request.swarm_id, peerId: request.sender_id, sessionId: request.message_id }),
    );
    // One invocation at a time: a second wake waits for the first instead of typing over it.
    this.#inFlight++;
    this.#running = this.#running
      .then(() => this.#options.invoker(request))
      .catch((error: unknown) => this.#options.onError?.(error))
      .finally(() => {
        this.#inFlight--;
      });
    return 'invoked';
  }
}
