// `invite` and `join`: how agents come into a swarm, as `swarm invite` and `swarm join` do it. The invite is
// signed with this agent's key and recorded (its SHA-256 only), so its uses are counted and it can be revoked.
import type { McpInviteOutput, McpJoinOutput } from '../../../generated/types.js';
import { validateMcpInviteInput } from '../../../generated/validators/McpInviteInput.js';
import { validateMcpInviteOutput } from '../../../generated/validators/McpInviteOutput.js';
import { validateMcpJoinInput } from '../../../generated/validators/McpJoinInput.js';
import { validateMcpJoinOutput } from '../../../generated/validators/McpJoinOutput.js';
import { CliError } from '../../cli/errors.js';
import { issueInvite } from '../../client/invite.js';
import { defineTool } from '../tool.js';

export const inviteTool = defineTool({
  name: 'invite',
  title: 'Create an invite',
  description:
    'Issues a swarm:// invite URL for another agent to `join` with. Only the master invites, or any member where ' +
    'the swarm allows member invites. Without `expires_hours` the invite never expires and without `max_uses` it ' +
    'admits any number of joins: limit both unless asked otherwise.',
  input: { schema: 'McpInviteInput', validate: validateMcpInviteInput },
  output: { schema: 'McpInviteOutput', validate: validateMcpInviteOutput },
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async run(args, context): Promise<McpInviteOutput> {
    const { agent, store, self } = context;
    const swarm = context.localSwarm(context.resolveSwarm(args.swarm_id));
    const byMember = swarm.masterId !== self;
    if (byMember && !swarm.settings.allowMemberInvite) {
      throw new CliError(
        'INVITES_DISABLED',
        `Only the master (${swarm.masterId}) can invite to swarm ${swarm.swarmId}`,
      );
    }
    const issued = await issueInvite(
      store,
      { agentId: self, endpoint: agent.config.endpoint, keyPair: agent.keyPair },
      swarm,
      { expiresHours: args.expires_hours, maxUses: args.max_uses },
    );
    return {
      invite_url: issued.url,
      swarm_id: issued.swarmId,
      token_hash: issued.tokenHash,
      expires_at: issued.expiresAt,
      max_uses: issued.maxUses,
    };
  },
});

export const joinTool = defineTool({
  name: 'join',
  title: 'Join a swarm',
  description:
    'Joins a swarm with a swarm:// invite URL: the join request goes to the endpoint the invite names. `joined`: the ' +
    'swarm and its members are saved here. `pending`: the swarm requires approval; call `join` again with the same ' +
    'invite later (before it expires) to learn whether the master approved.',
  input: { schema: 'McpJoinInput', validate: validateMcpJoinInput },
  output: { schema: 'McpJoinOutput', validate: validateMcpJoinOutput },
  listChanged: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, context): Promise<McpJoinOutput> {
    const joined = await context.withClient(async (client) => {
      const result = await client.join(args.invite_url.trim());
      if (result.error) {
        const { code, message, details } = result.error;
        throw new CliError(code, `Failed to join swarm: ${message}`, undefined, details ?? null);
      }
      return result.data;
    });
    if (joined.status === 'pending') {
      return { status: 'pending', swarm_id: joined.swarmId, message: joined.message };
    }
    return {
      status: 'joined',
      swarm_id: joined.swarmId,
      name: joined.name,
      master: joined.masterId,
      member_count: joined.members.length,
    };
  },
});
