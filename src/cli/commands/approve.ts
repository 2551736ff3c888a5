// `swarm approve`: the master admits an agent whose join request is pending.
import { Option } from 'clipanion';
import type { NewOutboxMessage } from '../../state/outbox.js';
import type { Repositories } from '../../state/repositories.js';
import { MembershipCommand, parseAgentId } from './membership-command.js';

export class ApproveCommand extends MembershipCommand {
  static override paths = [['approve']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'admit an agent whose join request is pending',
    details: `
      Master only (exit 4 otherwise), or a member of a swarm that allows member invites (for the requests made
      with its invites). In one transaction the pending request (see \`swarm pending\`) becomes a
      member and a master-signed \`member_joined\` is queued for every other member; then the notices are
      delivered and what happened to each is printed (queued ones are retried by \`swarm serve\`). No pending
      request from that agent: exit 5.

      The joining agent is not told: it learns it was admitted when it runs \`swarm join\` again with the same
      invite (it then gets the swarm and its members).

      JSON: \`{"status":"approved","swarm_id","agent_id","endpoint","joined_at","deliveries":[...]}\`.
    `,
    examples: [
      ['Admit an agent', '$0 approve -a agent-gamma'],
      ['In a given swarm, as JSON', '$0 approve -a agent-gamma -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 --json'],
    ],
  });

  agentId = Option.String('-a,--agent', { required: true, description: 'The agent to admit' });
  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });

  protected async run(): Promise<number> {
    const target = parseAgentId(this.agentId);
    const swarmId = await this.resolveSwarm(this.swarm);
    await this.admitting(swarmId, 'approve joins');
    const agent = await this.agent();
    const store = await this.store();
    const { announceMember } = await import('../../server/join.js');
    const identity = { agentId: agent.config.agent_id, endpoint: agent.config.endpoint, keyPair: agent.keyPair };
    const outcome = await store.write((repositories) => {
      const member = repositories.pendingJoins.approve(swarmId, target);
      const swarm = repositories.swarms.get(swarmId);
      if (!member || !swarm) return undefined;
      // announceMember signs and queues the notice itself; its id is needed to deliver and report it.
      let messageId: string | undefined;
      const recording: Repositories = {
        ...repositories,
        outbox: {
          ...repositories.outbox,
          enqueue: (message: NewOutboxMessage) => {
            messageId = message.envelope.message_id;
            return repositories.outbox.enqueue(message);
          },
        },
      };
      announceMember(identity, Date.now, recording, swarm, member);
      return { member, messageId };
    });
    if (!outcome) {
      throw this.error(
        'MEMBER_NOT_FOUND',
        `No pending join request from ${target} in swarm ${swarmId}`,
        'See `swarm pending`',
      );
    }
    const { member, messageId } = outcome;
    const deliveries =
      messageId === undefined
        ? []
        : await this.awaitDeliveries(await this.client(), [{ messageId, action: 'member_joined' }]);
    this.emit(
      {
        status: 'approved',
        swarm_id: swarmId,
        agent_id: member.agentId,
        endpoint: member.endpoint,
        joined_at: member.joinedAt,
        deliveries,
      },
      () => [
        this.style.green(`Approved '${member.agentId}': now a member of swarm ${swarmId}`),
        `It learns this when it runs \`swarm join\` again.`,
        ...this.humanDeliveries(deliveries),
      ],
    );
    return 0;
  }
}
