// Authority rules and effects of system messages on the receiving side. The reference acts on anyone's
// say-so; here every action is checked against the swarm's current master and the message's signer
// before anything is stored, and takes effect in the same transaction that stores the message.
import type { Message, SystemContent } from '../../generated/types.js';
import { parseSystemContent } from '../core/system-content.js';
import type { Repositories } from '../state/repositories.js';
import type { SwarmRecord } from '../state/swarms.js';
import { ApiError } from './api-error.js';

function refuse(message: string): never {
  throw new ApiError('NOT_AUTHORIZED', message);
}

/**
 * Returns the content to act on, null for a system message that is stored without effect (not JSON, or
 * an action this implementation does not know), or throws NOT_AUTHORIZED.
 */
export function authorizeSystemMessage(swarm: SwarmRecord, message: Message, self: string): SystemContent | null {
  const parsed = parseSystemContent(message.content);
  if (parsed.kind !== 'content') return null;
  const content = parsed.content;
  const sender = message.sender.agent_id;
  const master = swarm.masterId;
  const fromMaster = sender === master;
  const isMember = (id: string) => swarm.members.some((m) => m.agentId === id);
  // Actions whose schema has no swarm_id let any value through as an extra key: it may not even be a string.
  const named = (content as { swarm_id?: unknown }).swarm_id;
  if (named !== undefined && named !== null && (typeof named !== 'string' || named.toLowerCase() !== swarm.swarmId)) {
    refuse(`${content.action} names another swarm than the envelope`);
  }
  switch (content.action) {
    case 'member_left':
      if (content.agent_id !== sender) refuse('member_left must come from the leaving member itself');
      if (fromMaster) refuse('the master cannot leave; it transfers the role or dissolves the swarm');
      return content;
    case 'member_joined':
      // In a swarm that allows member invites, the member who admitted the newcomer announces it.
      if (!fromMaster && !(swarm.settings.allowMemberInvite && isMember(sender))) {
        refuse('member_joined is accepted only from the master, or a member where member invites are allowed');
      }
      // As a join with another key is refused (AGENT_ID_TAKEN), so is its announcement: nobody re-keys a member.
      if (
        content.public_key &&
        swarm.members.some((m) => m.agentId === content.agent_id && m.publicKey !== content.public_key)
      ) {
        refuse(`member_joined names ${content.agent_id}, already a member, with another key`);
      }
      return content;
    case 'swarm_dissolved':
    case 'member_muted':
    case 'member_unmuted':
      if (!fromMaster) refuse(`${content.action} is accepted only from the swarm's master`);
      return content;
    case 'kicked':
      if (!fromMaster) refuse('kicked is accepted only from the swarm master');
      if (content.agent_id !== self) refuse('kicked must name the agent it is sent to');
      return content;
    case 'member_kicked':
      if (!fromMaster) refuse('member_kicked is accepted only from the swarm master');
      if (content.agent_id === master) refuse('the master cannot be kicked');
      return content;
    case 'master_transfer':
    case 'master_changed':
      if (!fromMaster) refuse(`${content.action} is accepted only from the current master`);
      if (content.previous_master !== master) refuse('previous_master is not the current master');
      if (content.agent_id === master || !isMember(content.agent_id)) refuse('the new master must be another member');
      return content;
  }
}

/** What happened locally; `fetchKey` asks the caller to fetch a new member's key from its /info. */
export type SystemEffect =
  | { kind: 'none' }
  | { kind: 'changed' }
  | { kind: 'fetchKey'; agentId: string; endpoint: string; joinedAt: string };

/** Applies an authorized content inside the transaction that stores the message. */
export function applySystemContent(
  repositories: Repositories,
  swarmId: string,
  message: Message,
  content: SystemContent,
  self: string,
): SystemEffect {
  const { swarms, keys } = repositories;
  switch (content.action) {
    case 'member_joined': {
      // An announcement of this agent, or of a member already known, changes nothing: not its endpoint, not the
      // key cache.
      if (content.agent_id === self || swarms.isMember(swarmId, content.agent_id)) return { kind: 'none' };
      const endpoint = content.endpoint ?? message.sender.endpoint;
      const joinedAt = content.joined_at ?? message.timestamp;
      if (!content.public_key) return { kind: 'fetchKey', agentId: content.agent_id, endpoint, joinedAt };
      swarms.addMember(swarmId, { agentId: content.agent_id, endpoint, publicKey: content.public_key, joinedAt });
      keys.put({ agentId: content.agent_id, publicKey: content.public_key, endpoint });
      return { kind: 'changed' };
    }
    case 'member_left':
      swarms.removeMember(swarmId, content.agent_id);
      return { kind: 'changed' };
    case 'kicked':
      swarms.delete(swarmId);
      return { kind: 'changed' };
    case 'member_kicked':
      if (content.agent_id === self) swarms.delete(swarmId);
      else swarms.removeMember(swarmId, content.agent_id);
      return { kind: 'changed' };
    case 'master_transfer':
    case 'master_changed':
      swarms.setMaster(swarmId, content.agent_id, content.agent_id === self ? 'master' : 'member');
      return { kind: 'changed' };
    case 'swarm_dissolved':
      swarms.delete(swarmId);
      return { kind: 'changed' };
    case 'member_muted':
    case 'member_unmuted':
      return { kind: 'none' };
  }
}
