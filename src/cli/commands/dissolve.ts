// `swarm dissolve`: the master ends a swarm for everyone.
import { Option } from 'clipanion';
import { clientFailure, MembershipCommand, parseReason } from './membership-command.js';

export class DissolveCommand extends MembershipCommand {
  static override paths = [['dissolve']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'end a swarm this agent masters',
    details: `
      Master only (exit 4 otherwise). Queues a signed \`swarm_dissolved\` for every member, forgets the swarm
      here (with its invites and pending joins; messages stay in the inbox and outbox), then delivers the notices
      and prints what happened to each: delivered, queued (retried by \`swarm serve\`) or failed, with the reason.
      Members forget the swarm when the notice reaches them.

      Asks for confirmation; without a terminal, or with \`--json\`, pass \`--yes\` (otherwise exit 2, nothing
      done). Declining prints \`Cancelled\` (exit 0).

      JSON: \`{"status":"dissolved","swarm_id","name","deliveries":[...]}\`.
    `,
    examples: [
      ['Dissolve the only (or default) swarm', '$0 dissolve'],
      ['Without a prompt, as JSON', '$0 dissolve -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 -r "project done" -y --json'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only one)' });
  reason = Option.String('-r,--reason', { description: 'Told to the members (at most 500 characters)' });
  yes = Option.Boolean('-y,--yes', false, { description: 'Do not ask for confirmation' });

  protected async run(): Promise<number> {
    const reason = parseReason(this.reason);
    const swarmId = await this.resolveSwarm(this.swarm);
    const swarm = await this.mastered(swarmId, 'dissolve the swarm');
    const question = `Dissolve swarm '${swarm.name}' for all ${swarm.members.length} member(s)?`;
    if (!(await this.confirm(question, this.yes))) return this.cancelled({ swarm_id: swarmId });
    const client = await this.client();
    const result = await client.dissolve(swarmId, reason, { wait: false });
    if (result.error) throw clientFailure(result.error, 'Failed to dissolve swarm');
    const deliveries = await this.awaitDeliveries(client, result.data.messages);
    this.emit({ status: 'dissolved', swarm_id: swarmId, name: swarm.name, deliveries }, () => [
      this.style.green(`Dissolved swarm '${swarm.name}'`),
      ...this.humanDeliveries(deliveries),
    ]);
    return 0;
  }
}
