import type { RepositoryContext } from './context.js';
import { createInboxRepository, type InboxRepository } from './inbox.js';
import { createInviteRepository, type InviteRepository } from './invites.js';
import { createKeyRepository, type KeyRepository } from './keys.js';
import { createMuteRepository, type MuteRepository } from './mutes.js';
import { createOutboxRepository, type OutboxRepository } from './outbox.js';
import { createPeerProtocolRepository, type PeerProtocolRepository } from './peer-protocols.js';
import { createPendingJoinRepository, type PendingJoinRepository } from './pending-joins.js';
import { createWakeSessionRepository, type WakeSessionRepository } from './sessions.js';
import { createSwarmRepository, type SwarmRepository } from './swarms.js';

/** One repository per aggregate; the only code that writes SQL. */
export interface Repositories {
  swarms: SwarmRepository;
  mutes: MuteRepository;
  keys: KeyRepository;
  invites: InviteRepository;
  pendingJoins: PendingJoinRepository;
  inbox: InboxRepository;
  outbox: OutboxRepository;
  sessions: WakeSessionRepository;
  peerProtocols: PeerProtocolRepository;
}

export function createRepositories(context: RepositoryContext): Repositories {
  return {
    swarms: createSwarmRepository(context),
    mutes: createMuteRepository(context),
    keys: createKeyRepository(context),
    invites: createInviteRepository(context),
    pendingJoins: createPendingJoinRepository(context),
    inbox: createInboxRepository(context),
    outbox: createOutboxRepository(context),
    sessions: createWakeSessionRepository(context),
    peerProtocols: createPeerProtocolRepository(context),
  };
}
