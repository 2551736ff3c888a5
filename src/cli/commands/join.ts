// `swarm join`: joins a swarm with an invite URL; the swarm is saved here once its master has admitted us.
import { Option } from 'clipanion';
import { usage } from '../errors.js';
import { clientFailure, MembershipCommand } from './membership-command.js';

export class JoinCommand extends MembershipCommand {
  static override paths = [['join']];
  static override usage = MembershipCommand.Usage({
    category: 'Membership',
    description: 'join a swarm with an invite URL',
    details: `
      Checks the invite locally (its swarm id and expiry; an expired invite sends nothing), then sends a join
      request to the endpoint the token names. Admitted: the swarm, its members and their keys are saved here
      and the master tells the other members about us.

      In a swarm that requires approval the answer is \`pending\` (exit 0): the request waits until the master
      runs \`swarm approve\`. Nothing tells this agent when that happens: run the same \`swarm join\` again
      later, before the invite expires; once approved it answers \`joined\` (the retry does not use the invite
      up again).

      Exit codes: 0 joined or pending; 2 blank or non-\`swarm://\` argument; 3 master unreachable; 4 token
      refused (malformed, expired, used up, revoked, bad signature); 5 unknown swarm.

      JSON: \`{"status":"joined","swarm_id","name","master","member_count"}\` or
      \`{"status":"pending","swarm_id","message"}\`.
    `,
    examples: [['Join', '$0 join -t "swarm://6ba7b810-9dad-41d1-80b4-00c04fd430c8@alpha.example.com?token=eyJ..."']],
  });

  token = Option.String('-t,--token', { required: true, description: 'The swarm:// invite URL' });

  protected async run(): Promise<number> {
    const url = this.token.trim();
    if (url === '') throw usage('Invite token cannot be empty');
    if (!url.startsWith('swarm://')) {
      throw usage('The invite must be a swarm:// URL', 'Pass the whole URL printed by `swarm invite`, quoted');
    }
    const client = await this.client();
    const result = await client.join(url);
    if (result.error) throw clientFailure(result.error, 'Failed to join swarm');
    const joined = result.data;
    if (joined.status === 'pending') {
      this.emit({ status: 'pending', swarm_id: joined.swarmId, message: joined.message }, () => [
        this.style.yellow(`Join request for swarm ${joined.swarmId} is waiting for the master's approval`),
        'Run the same `swarm join` again once the master has approved it.',
      ]);
      return 0;
    }
    this.emit(
      {
        status: 'joined',
        swarm_id: joined.swarmId,
        name: joined.name,
        master: joined.masterId,
        member_count: joined.members.length,
      },
      () => [
        this.style.green(`Joined swarm '${joined.name}'`),
        `Swarm ID: ${joined.swarmId}`,
        `Master:   ${joined.masterId}`,
        `Members:  ${joined.members.length}`,
      ],
    );
    return 0;
  }
}
