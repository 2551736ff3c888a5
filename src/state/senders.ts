// What the receiving hot path needs to know about a sender, in one indexed query: its registered endpoint and key
// in the swarm, and whether it (anywhere) or the swarm is muted.
import type { RepositoryContext } from './context.js';

export interface SenderRecord {
  endpoint: string;
  publicKey: string;
  /** The agent or the swarm is muted: its messages are acknowledged and dropped. */
  muted: boolean;
}

export interface SenderLookup {
  /** The member `agentId` of swarm `swarmId`, or undefined when it is not one (or the swarm is unknown). */
  get(swarmId: string, agentId: string): SenderRecord | undefined;
}

export function createSenderLookup(context: RepositoryContext): SenderLookup {
  const statement = context.db.prepare(`SELECT endpoint, public_key AS publicKey,
      EXISTS (SELECT 1 FROM muted_agents WHERE agent_id = ?) OR EXISTS (SELECT 1 FROM muted_swarms WHERE swarm_id = ?)
        AS muted
    FROM swarm_members WHERE swarm_id = ? AND agent_id = ?`);
  return {
    get(swarmId, agentId) {
      const row = statement.get(agentId, swarmId, swarmId, agentId) as
        | { endpoint: string; publicKey: string; muted: number }
        | undefined;
      return row && { endpoint: row.endpoint, publicKey: row.publicKey, muted: row.muted === 1 };
    },
  };
}
