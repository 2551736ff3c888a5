// `status` and `list_swarms`: what this agent is and where it belongs, read from the local database (as
// `swarm status` and `swarm list -m`); nothing is sent.
import type { McpStatusOutput, McpSwarm } from '../../../generated/types.js';
import { validateMcpListSwarmsInput } from '../../../generated/validators/McpListSwarmsInput.js';
import { validateMcpListSwarmsOutput } from '../../../generated/validators/McpListSwarmsOutput.js';
import { validateMcpStatusInput } from '../../../generated/validators/McpStatusInput.js';
import { validateMcpStatusOutput } from '../../../generated/validators/McpStatusOutput.js';
import { parseSwarmId } from '../../cli/base.js';
import type { SwarmRecord } from '../../state/swarms.js';
import type { McpContext } from '../context.js';
import { defineTool } from '../tool.js';

export const statusTool = defineTool({
  name: 'status',
  title: 'Swarm status',
  description:
    "This agent's identity (agent id, endpoint, public key), the swarms it is in with their unread counts, and its " +
    'outbox (sent messages per delivery status). Reads local state only.',
  input: { schema: 'McpStatusInput', validate: validateMcpStatusInput },
  output: { schema: 'McpStatusOutput', validate: validateMcpStatusOutput },
  annotations: { readOnlyHint: true, openWorldHint: false },
  async run(_args, { agent, store, self }): Promise<McpStatusOutput> {
    const swarms = store.swarms.list().map((s) => ({
      swarm_id: s.swarmId,
      name: s.name,
      master: s.masterId,
      is_master: s.masterId === self,
      member_count: s.members.length,
      unread: store.inbox.count({ swarmId: s.swarmId }).unread,
    }));
    return {
      agent_id: self,
      endpoint: agent.config.endpoint,
      public_key: agent.publicKey,
      unread: store.inbox.count().unread,
      swarms,
      outbox: store.outbox.count(),
    };
  },
});

export const listSwarmsTool = defineTool({
  name: 'list_swarms',
  title: 'List swarms',
  description:
    'The swarms this agent belongs to, each with its master, settings, members (agent id, endpoint, joined) and ' +
    'the join requests waiting for this agent to approve or deny. `swarm_id` shows one swarm. Reads local state only.',
  input: { schema: 'McpListSwarmsInput', validate: validateMcpListSwarmsInput },
  output: { schema: 'McpListSwarmsOutput', validate: validateMcpListSwarmsOutput },
  annotations: { readOnlyHint: true, openWorldHint: false },
  async run({ swarm_id }, context) {
    const { store } = context;
    const records =
      swarm_id === undefined
        ? store.swarms.list()
        : [store.swarms.get(parseSwarmId(swarm_id))].filter((s) => s !== undefined);
    return { swarms: records.map((swarm) => swarmJson(swarm, context)) };
  },
});

function swarmJson(swarm: SwarmRecord, { store, self }: McpContext): McpSwarm {
  const decides = swarm.masterId === self || swarm.settings.allowMemberInvite;
  return {
    swarm_id: swarm.swarmId,
    name: swarm.name,
    master: swarm.masterId,
    role: swarm.role,
    joined_at: swarm.joinedAt,
    settings: {
      allow_member_invite: swarm.settings.allowMemberInvite,
      require_approval: swarm.settings.requireApproval,
    },
    members: swarm.members.map((m) => ({ agent_id: m.agentId, endpoint: m.endpoint, joined_at: m.joinedAt })),
    pending: decides
      ? store.pendingJoins
          .list(swarm.swarmId)
          .map((p) => ({ agent_id: p.agentId, endpoint: p.endpoint, expires_at: p.expiresAt }))
      : [],
  };
}
