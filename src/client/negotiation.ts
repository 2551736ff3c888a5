// Which protocol to speak to each peer (NEG-002): 0.2 only to a peer whose /info listed it, or that showed it by
// a verified 0.2 message or a PROTOCOL_DOWNGRADE refusal; 0.1.0 otherwise. What was learnt is kept in the store
// (shared by `swarm serve` and the CLI) and read again from /info once it is older than the TTL. A failed look
// keeps what was known before, and knowing nothing means 0.1.0: the reference is never sent a byte of 0.2.
import type { AgentInfo } from '../../generated/types.js';
import { speaksV02 } from '../core/protocol.js';
import type { ProtocolEvidence } from '../state/peer-protocols.js';
import type { Store } from '../state/store.js';
import { timestampAt } from '../state/time.js';

export const DEFAULT_PEER_INFO_TTL_MS = 60 * 60 * 1000;

export interface Peer {
  agentId: string;
  endpoint: string;
  /**
   * The identity key on record for the member: evidence is kept per key. Unknown for a peer that is no longer a
   * member here (a leave or kick announced to it): then the latest evidence for its id, or what its /info says.
   */
  publicKey?: string;
}

export interface NegotiatorOptions {
  store: Store;
  fetchInfo: (endpoint: string) => Promise<AgentInfo>;
  ttlMs?: number;
  now?: () => number;
}

export class ProtocolNegotiator {
  readonly #store: Store;
  readonly #fetchInfo: (endpoint: string) => Promise<AgentInfo>;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #looking = new Map<string, Promise<boolean>>();

  constructor(options: NegotiatorOptions) {
    this.#store = options.store;
    this.#fetchInfo = options.fetchInfo;
    this.#ttlMs = options.ttlMs ?? DEFAULT_PEER_INFO_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  #record(peer: Peer) {
    const records = this.#store.peerProtocols;
    return peer.publicKey === undefined ? records.latest(peer.agentId) : records.get(peer.agentId, peer.publicKey);
  }

  /** What the store knows now, without looking. */
  known(peer: Peer): boolean {
    return this.#record(peer)?.speaksV02 ?? false;
  }

  /** Whether the knowledge is missing or older than the TTL. */
  stale(peer: Peer): boolean {
    const record = this.#record(peer);
    if (!record) return true;
    const seen = Date.parse(record.checkedAt ?? record.learntAt);
    return this.#now() - seen >= this.#ttlMs;
  }

  /** Whether to send this peer 0.2: what is known, looked up again from its /info when stale. */
  async speaksV02(peer: Peer): Promise<boolean> {
    if (!this.stale(peer)) return this.known(peer);
    return this.look(peer);
  }

  /** Reads the peer's /info now (one look per peer at a time); on failure, what was known before. */
  look(peer: Peer): Promise<boolean> {
    const key = `${peer.agentId}\u0000${peer.publicKey}`;
    let pending = this.#looking.get(key);
    if (!pending) {
      pending = this.#lookOnce(peer).finally(() => this.#looking.delete(key));
      this.#looking.set(key, pending);
    }
    return pending;
  }

  async #lookOnce(peer: Peer): Promise<boolean> {
    let info: AgentInfo;
    try {
      info = await this.#fetchInfo(peer.endpoint);
    } catch {
      return this.known(peer);
    }
    // An answer for another agent or key says nothing about this member.
    if (info.agent_id !== peer.agentId || (peer.publicKey !== undefined && info.public_key !== peer.publicKey))
      return this.known(peer);
    const v02 = speaksV02(info.protocol_versions);
    const at = timestampAt(this.#now());
    await this.#store.write(({ peerProtocols }) => peerProtocols.recordInfo(peer.agentId, info.public_key, v02, at));
    return v02;
  }

  /** Raises a peer to 0.2 on evidence other than /info. */
  async learn(peer: Peer, source: Exclude<ProtocolEvidence, 'info'>): Promise<void> {
    const publicKey = peer.publicKey ?? this.#record(peer)?.publicKey;
    if (publicKey === undefined || this.known(peer)) return;
    await this.#store.write(({ peerProtocols }) => peerProtocols.recordV02(peer.agentId, publicKey, source));
  }
}
