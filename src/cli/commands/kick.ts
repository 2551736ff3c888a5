// `swarm kick`: the master removes a member: `kicked` to it, member_kicked to the others.
import { Option } from 'clipanion';
import { usage } from '../errors.js';
import { clientFailure, MembershipCommand, parseAgentId, parseReason } from './membership-command.js';

export class KickCommand extends MembershipCommand {
  static override paths = [['kick']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'remove a member from a swarm this agent masters',
    details: `
      Master only (exit 4 otherwise). Removes the member here and queues, signed by this agent, \`kicked\` for
      the member and \`member_kicked\` for every other member, who then drop it too and refuse its messages.
      Prints what happened to each notice: delivered, queued (retried by \`swarm serve\`) or failed, with the
      reason. The removal stands even when a notice cannot be delivered yet.

      An agent that is not a member: exit 5. Asks for confirmation; without a terminal, or with \`--json\`, pass
      \`--yes\` (otherwise exit 2, nothing done). Declining prints \`Cancelled\` (exit 0).

      JSON: \`{"status":"kicked","swarm_id","agent_id","reason","deliveries":[...]}\` (deliveries as for
      \`swarm leave\`).
    `,
    examples: [
      ['Kick an agent', '$0 kick -a agent-beta -r "spamming" --yes'],
      ['From a given swarm, as JSON', '$0 kick -a agent-beta -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 -y --json'],
    ],
  });

  agentId = Option.String('-a,--agent', { required: true, description: 'The member to remove' });
  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });
  reason = Option.String('-r,--reason', { description: 'Told to the members (at most 500 characters)' });
  yes = Option.Boolean('-y,--yes', false, { description: 'Do not ask for confirmation' });

  protected async run(): Promise<number> {
    const target = parseAgentId(this.agentId);
    const reason = parseReason(this.reason);
    const swarmId = await this.resolveSwarm(this.swarm);
    const swarm = await this.mastered(swarmId, 'kick members');
    if (target === swarm.masterId) {
      throw usage('The master cannot kick itself', 'Use `swarm transfer` or `swarm dissolve`');
    }
    this.requireMember(swarm, target);
    if (!(await this.confirm(`Kick agent '${target}' from swarm '${swarm.name}'?`, this.yes))) {
      return this.cancelled({ swarm_id: swarmId });
    }
    const client = await this.client();
    const result = await client.kick(swarmId, target, reason, { wait: false });
    if (result.error) throw clientFailure(result.error, 'Failed to kick member');
    const deliveries = await this.awaitDeliveries(client, result.data.messages);
    this.emit({ status: 'kicked', swarm_id: swarmId, agent_id: target, reason: reason ?? null, deliveries }, () => [
      this.style.green(`Kicked '${target}' from swarm '${swarm.name}'`),
      ...this.humanDeliveries(deliveries),
    ]);
    return 0;
  }
}
