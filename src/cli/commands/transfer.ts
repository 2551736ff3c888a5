// `swarm transfer`: the master hands its role to another member.
import { Option } from 'clipanion';
import { usage } from '../errors.js';
import { clientFailure, MembershipCommand, parseAgentId, parseReason } from './membership-command.js';

export class TransferCommand extends MembershipCommand {
  static override paths = [['transfer']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'make another member the master of a swarm',
    details: `
      Master only (exit 4 otherwise); the new master must be a member (exit 5 otherwise). Queues, signed by this
      agent, \`master_transfer\` for the new master and \`master_changed\` for every other member; here this
      agent becomes an ordinary member at once. Prints what happened to each notice: delivered, queued (retried
      by \`swarm serve\`) or failed, with the reason.

      Asks for confirmation; without a terminal, or with \`--json\`, pass \`--yes\` (otherwise exit 2, nothing
      done). Declining prints \`Cancelled\` (exit 0).

      JSON: \`{"status":"transferred","swarm_id","new_master","previous_master","deliveries":[...]}\`.
    `,
    examples: [
      ['Hand over', '$0 transfer -a agent-beta --yes'],
      ['With a reason, as JSON', '$0 transfer -a agent-beta -r "going offline" -y --json'],
    ],
  });

  agentId = Option.String('-a,--agent', { required: true, description: 'The member who becomes master' });
  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });
  reason = Option.String('-r,--reason', { description: 'Told to the new master (at most 500 characters)' });
  yes = Option.Boolean('-y,--yes', false, { description: 'Do not ask for confirmation' });

  protected async run(): Promise<number> {
    const target = parseAgentId(this.agentId);
    const reason = parseReason(this.reason);
    const swarmId = await this.resolveSwarm(this.swarm);
    const swarm = await this.mastered(swarmId, 'transfer the role');
    const self = swarm.masterId;
    if (target === self) throw usage(`${self} is already the master`);
    this.requireMember(swarm, target);
    if (!(await this.confirm(`Make '${target}' the master of swarm '${swarm.name}'?`, this.yes))) {
      return this.cancelled({ swarm_id: swarmId });
    }
    const client = await this.client();
    const result = await client.transfer(swarmId, target, reason, { wait: false });
    if (result.error) throw clientFailure(result.error, 'Failed to transfer the master role');
    const deliveries = await this.awaitDeliveries(client, result.data.messages);
    this.emit(
      { status: 'transferred', swarm_id: swarmId, new_master: target, previous_master: self, deliveries },
      () => [this.style.green(`'${target}' is now the master of '${swarm.name}'`), ...this.humanDeliveries(deliveries)],
    );
    return 0;
  }
}
