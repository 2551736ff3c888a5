// `swarm leave`: says member_left to every other member, then forgets the swarm here.
import { Option } from 'clipanion';
import { clientFailure, MembershipCommand } from './membership-command.js';

export class LeaveCommand extends MembershipCommand {
  static override paths = [['leave']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'leave a swarm',
    details: `
      Queues a signed \`member_left\` for every other member, forgets the swarm here (its messages stay in the
      inbox and outbox), then delivers the notices and prints what happened to each: delivered, queued (retried
      by \`swarm serve\`) or failed, with the reason.

      The master cannot leave (exit 5): hand the role over with \`swarm transfer\` or end the swarm with
      \`swarm dissolve\`.

      Asks for confirmation; without a terminal, or with \`--json\`, pass \`--yes\` (otherwise exit 2, nothing
      done). Declining prints \`Cancelled\` (exit 0).

      JSON: \`{"status":"left","swarm_id","name","deliveries":[{"message_id","action","recipient_id","status",
      "attempts","status_code","error"}]}\`.
    `,
    examples: [
      ['Leave the only (or default) swarm', '$0 leave'],
      ['Without a prompt', '$0 leave -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 --yes --json'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });
  yes = Option.Boolean('-y,--yes', false, { description: 'Do not ask for confirmation' });

  protected async run(): Promise<number> {
    const swarmId = await this.resolveSwarm(this.swarm);
    const swarm = await this.localSwarm(swarmId);
    if (swarm.masterId === (await this.agent()).config.agent_id) {
      throw this.error(
        'MASTER_CANNOT_LEAVE',
        'Cannot leave swarm as master',
        'Transfer the role with `swarm transfer` or end the swarm with `swarm dissolve`',
      );
    }
    if (!(await this.confirm(`Leave swarm '${swarm.name}' (${swarmId})?`, this.yes)))
      return this.cancelled({ swarm_id: swarmId });
    const client = await this.client();
    const result = await client.leave(swarmId, { wait: false });
    if (result.error) throw clientFailure(result.error, 'Failed to leave swarm');
    const deliveries = await this.awaitDeliveries(client, result.data.messages);
    this.emit({ status: 'left', swarm_id: swarmId, name: swarm.name, deliveries }, () => [
      this.style.green(`Left swarm '${swarm.name}'`),
      ...this.humanDeliveries(deliveries),
    ]);
    return 0;
  }
}
