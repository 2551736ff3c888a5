// Decides whether to wake the agent for a message and runs the invoker in the background, one invocation at
// a time. A peer whose conversation was woken within the session timeout is not woken again.
import type { WakeRequest } from '../../generated/types.js';
import type { Store } from '../state/store.js';
import type { Invoker } from './invokers.js';

export type WakeLevel = WakeRequest['notification_level'];
export type WakeOutcome = 'invoked' | 'already_active' | 'skipped';

export function levelOf(priority: string): WakeLevel {
  if (priority === 'high') return 'urgent';
  if (priority === 'low') return 'silent';
  return 'normal';
}

export interface WakerOptions {
  store: Store;
  invoker: Invoker;
  sessionTimeoutMs: number;
  levels: readonly WakeLevel[];
  onError?(error: unknown): void;
}

export class Waker {
  readonly #options: WakerOptions;
  #running: Promise<void> = Promise.resolve();
  #inFlight = 0;

  constructor(options: WakerOptions) {
    this.#options = options;
  }

  async wake(request: WakeRequest): Promise<WakeOutcome> {
    const { store, levels, sessionTimeoutMs } = this.#options;
    if (!levels.includes(request.notification_level)) return 'skipped';
    if (store.mutes.isMuted('agent', request.sender_id) || store.mutes.isMuted('swarm', request.swarm_id)) {
      return 'skipped';
    }
    if (store.sessions.getActive(request.swarm_id, request.sender_id, sessionTimeoutMs)) return 'already_active';
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

  /** Resolves when every started invocation has finished (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.#inFlight > 0) await this.#running;
  }
}
