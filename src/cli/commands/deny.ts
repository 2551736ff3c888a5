// `swarm deny`: the master refuses a pending join request (remembered for that invite until it expires).
import { Option } from 'clipanion';
import { MembershipCommand, parseAgentId } from './membership-command.js';

export class DenyCommand extends MembershipCommand {
  static override paths = [['deny']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'refuse an agent whose join request is pending',
    details: `
      Master only (exit 4 otherwise), or a member of a swarm that allows member invites (for the requests made
      with its invites). The request leaves \`swarm pending\`; nothing is sent. No pending request from that
      agent: exit 5. The denial is remembered until the request would have expired: the agent asking again with
      the same invite is answered 403 JOIN_DENIED; only another invite opens a new request.

      JSON: \`{"status":"denied","swarm_id","agent_id"}\`.
    `,
    examples: [
      ['Refuse an agent', '$0 deny -a agent-gamma'],
      ['In a given swarm, as JSON', '$0 deny -a agent-gamma -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 --json'],
    ],
  });

  agentId = Option.String('-a,--agent', { required: true, description: 'The agent to refuse' });
  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });

  protected async run(): Promise<number> {
    const target = parseAgentId(this.agentId);
    const swarmId = await this.resolveSwarm(this.swarm);
    await this.admitting(swarmId, 'deny joins');
    const denied = await (await this.store()).write(({ pendingJoins }) => pendingJoins.deny(swarmId, target));
    if (!denied) {
      throw this.error(
        'MEMBER_NOT_FOUND',
        `No pending join request from ${target} in swarm ${swarmId}`,
        'See `swarm pending`',
      );
    }
    this.emit({ status: 'denied', swarm_id: swarmId, agent_id: target }, () =>
      this.style.green(`Denied the join request of '${target}'`),
    );
    return 0;
  }
}
