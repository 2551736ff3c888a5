// `leave`, `kick`, `approve`, `deny`: the membership commands' operations, with their checks made first (so a
// doomed call changes nothing) and their notices to the other members reported per recipient, as the CLI does.
import type { McpMembershipOutput } from '../../../generated/types.js';
import { validateMcpJoinDecisionInput } from '../../../generated/validators/McpJoinDecisionInput.js';
import { validateMcpKickInput } from '../../../generated/validators/McpKickInput.js';
import { validateMcpLeaveInput } from '../../../generated/validators/McpLeaveInput.js';
import { validateMcpMembershipOutput } from '../../../generated/validators/McpMembershipOutput.js';
import { CliError, usage } from '../../cli/errors.js';
import type { ClientError } from '../../client/result.js';
import { announceMember } from '../../server/join.js';
import type { NewOutboxMessage } from '../../state/outbox.js';
import type { Repositories } from '../../state/repositories.js';
import { awaitFirstAttempts } from '../deliveries.js';
import { defineTool } from '../tool.js';

const output = { schema: 'McpMembershipOutput', validate: validateMcpMembershipOutput };

/** Trimmed, as the CLI's --agent; blank is a usage error rather than an unknown member. */
function agentIdOf(value: string): string {
  const id = value.trim();
  if (id === '') throw usage(`agent_id must be an agent ID of 1 to 256 characters, got '${value}'`);
  return id;
}

const clientFailure = (error: ClientError, prefix: string) =>
  new CliError(error.code, `${prefix}: ${error.message}`, undefined, error.details ?? null);

export const leaveTool = defineTool({
  name: 'leave',
  title: 'Leave a swarm',
  description:
    'Leaves a swarm: a signed `member_left` goes to every other member and the swarm is forgotten here (its ' +
    'messages stay in the inbox). The master cannot leave: it must hand the role over or dissolve the swarm ' +
    '(`swarm transfer`, `swarm dissolve`).',
  input: { schema: 'McpLeaveInput', validate: validateMcpLeaveInput },
  output,
  listChanged: true,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  async run(args, context): Promise<McpMembershipOutput> {
    const swarmId = context.resolveSwarm(args.swarm_id);
    const swarm = context.localSwarm(swarmId);
    if (swarm.masterId === context.self) throw new CliError('MASTER_CANNOT_LEAVE', 'Cannot leave swarm as master');
    return context.withClient(async (client) => {
      const result = await client.leave(swarmId, { wait: false });
      if (result.error) throw clientFailure(result.error, 'Failed to leave swarm');
      const deliveries = await awaitFirstAttempts(context.store, client, result.data.messages, context.deliveryWaitMs);
      return { status: 'left', swarm_id: swarmId, agent_id: context.self, deliveries };
    });
  },
});

export const kickTool = defineTool({
  name: 'kick',
  title: 'Kick a member',
  description:
    'Master only: removes a member from the swarm. The member is sent `kicked`, every other member ' +
    '`member_kicked` (with `reason`, if given), and its messages are refused from then on.',
  input: { schema: 'McpKickInput', validate: validateMcpKickInput },
  output,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  async run(args, context): Promise<McpMembershipOutput> {
    const target = agentIdOf(args.agent_id);
    const reason = args.reason?.trim();
    if (reason === '') throw usage('reason cannot be empty');
    const swarmId = context.resolveSwarm(args.swarm_id);
    const swarm = context.mastered(swarmId, 'kick members');
    if (target === swarm.masterId) throw usage('The master cannot kick itself');
    context.requireMember(swarm, target);
    return context.withClient(async (client) => {
      const result = await client.kick(swarmId, target, reason, { wait: false });
      if (result.error) throw clientFailure(result.error, 'Failed to kick member');
      const deliveries = await awaitFirstAttempts(context.store, client, result.data.messages, context.deliveryWaitMs);
      return {
        status: 'kicked',
        swarm_id: swarmId,
        agent_id: target,
        ...(reason === undefined ? {} : { reason }),
        deliveries,
      };
    });
  },
});

export const approveTool = defineTool({
  name: 'approve',
  title: 'Approve a join request',
  description:
    'Admits an agent whose join request is pending (see `list_swarms`): it becomes a member and every other member ' +
    'is told. The master decides, or any member where the swarm allows member invites (for its own invites). The ' +
    'agent learns it was admitted when it calls `join` again.',
  input: { schema: 'McpJoinDecisionInput', validate: validateMcpJoinDecisionInput },
  output,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, context): Promise<McpMembershipOutput> {
    const target = agentIdOf(args.agent_id);
    const swarmId = context.resolveSwarm(args.swarm_id);
    context.admitting(swarmId, 'approve joins');
    const identity = {
      agentId: context.self,
      endpoint: context.agent.config.endpoint,
      keyPair: context.agent.keyPair,
    };
    const messageId = await context.store.write((repositories) => {
      const member = repositories.pendingJoins.approve(swarmId, target);
      const swarm = repositories.swarms.get(swarmId);
      if (!member || !swarm) return null;
      // announceMember signs and queues the notice itself; its id is needed to deliver and report it.
      let queued: string | undefined;
      const recording: Repositories = {
        ...repositories,
        outbox: {
          ...repositories.outbox,
          enqueue: (message: NewOutboxMessage) => {
            queued = message.envelope.message_id;
            return repositories.outbox.enqueue(message);
          },
        },
      };
      announceMember(identity, Date.now, recording, swarm, member);
      return queued;
    });
    if (messageId === null) {
      throw new CliError('MEMBER_NOT_FOUND', `No pending join request from ${target} in swarm ${swarmId}`);
    }
    const deliveries =
      messageId === undefined
        ? []
        : await context.withClient((client) =>
            awaitFirstAttempts(context.store, client, [{ messageId, action: 'member_joined' }], context.deliveryWaitMs),
          );
    return { status: 'approved', swarm_id: swarmId, agent_id: target, deliveries };
  },
});

export const denyTool = defineTool({
  name: 'deny',
  title: 'Deny a join request',
  description:
    'Refuses an agent whose join request is pending (see `list_swarms`); nothing is sent. The same invite presented ' +
    'again is refused until it would have expired; only another invite opens a new request.',
  input: { schema: 'McpJoinDecisionInput', validate: validateMcpJoinDecisionInput },
  output,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
  async run(args, context): Promise<McpMembershipOutput> {
    const target = agentIdOf(args.agent_id);
    const swarmId = context.resolveSwarm(args.swarm_id);
    context.admitting(swarmId, 'deny joins');
    const denied = await context.store.write(({ pendingJoins }) => pendingJoins.deny(swarmId, target));
    if (!denied) throw new CliError('MEMBER_NOT_FOUND', `No pending join request from ${target} in swarm ${swarmId}`);
    return { status: 'denied', swarm_id: swarmId, agent_id: target, deliveries: [] };
  },
});
