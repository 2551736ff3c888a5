// `swarm pending`: join requests waiting for this agent's approval.
import { Option } from 'clipanion';
import { parseSwarmId } from '../base.js';
import { table } from '../output.js';
import { MembershipCommand } from './membership-command.js';

export class PendingCommand extends MembershipCommand {
  static override paths = [['pending']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'list join requests waiting for approval',
    details: `
      Join requests received by this agent (as master of a swarm that requires approval) that are neither approved,
      denied nor expired, oldest first. Without \`-s\`, those of every swarm.

      JSON: \`{"pending":[{"swarm_id","agent_id","endpoint","public_key","requested_at","expires_at"}]}\`.
    `,
    examples: [
      ['Every pending request', '$0 pending'],
      ['One swarm, as JSON', '$0 pending -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 --json'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Only this swarm' });

  protected async run(): Promise<number> {
    const swarmId = this.swarm?.trim() ? parseSwarmId(this.swarm) : undefined;
    if (swarmId !== undefined) await this.localSwarm(swarmId);
    const pending = (await this.store()).pendingJoins.list(swarmId).map((p) => ({
      swarm_id: p.swarmId,
      agent_id: p.agentId,
      endpoint: p.endpoint,
      public_key: p.publicKey,
      requested_at: p.requestedAt,
      expires_at: p.expiresAt,
    }));
    this.emit({ pending }, () =>
      pending.length === 0
        ? 'No pending join requests'
        : table(
            ['Swarm', 'Agent ID', 'Endpoint', 'Requested'],
            pending.map((p) => [p.swarm_id, p.agent_id, p.endpoint, p.requested_at.slice(0, 16).replace('T', ' ')]),
          ),
    );
    return 0;
  }
}
