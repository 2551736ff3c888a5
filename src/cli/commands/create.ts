// `swarm create`: a new swarm mastered by this agent, with this agent its only member. Purely local.
import { randomUUID } from 'node:crypto';
import { Option } from 'clipanion';
import { validateSwarmName } from '../../../generated/validators/SwarmName.js';
import { SwarmCommand } from '../base.js';
import { usage } from '../errors.js';

export class CreateCommand extends SwarmCommand {
  static override paths = [['create']];
  static override usage = SwarmCommand.Usage({
    category: 'Membership',
    description: 'create a swarm with this agent as its master',
    details: `
      Makes a new swarm (a random UUIDv4) whose master and only member is this agent. Nothing is sent: others
      join with an invite from \`swarm invite\`.

      \`--allow-member-invite\` records that members may invite too (this CLI still issues invites from the master
      only). \`--require-approval\` makes every join wait in \`swarm pending\` until the master runs
      \`swarm approve\` or \`swarm deny\`.

      JSON: \`{"status":"created","swarm_id","name","master","settings":{"allow_member_invite","require_approval"}}\`.
    `,
    examples: [
      ['Create a swarm', '$0 create -n "Research team"'],
      ['Joins need the master to approve them', '$0 create -n ops --require-approval --json'],
    ],
  });

  name = Option.String('-n,--name', { required: true, description: 'Swarm name (1-256 characters)' });
  allowMemberInvite = Option.Boolean('--allow-member-invite', false, { description: 'Members may invite too' });
  requireApproval = Option.Boolean('--require-approval', false, { description: 'Joins wait for the master' });

  protected async run(): Promise<number> {
    const name = this.name.trim();
    if (!validateSwarmName(name)) throw usage(`Swarm name must be 1 to 256 characters, got '${this.name}'`);
    const agent = await this.agent();
    const self = agent.config.agent_id;
    const swarmId = randomUUID();
    const settings = { allowMemberInvite: this.allowMemberInvite, requireApproval: this.requireApproval };
    await (await this.store()).write(({ swarms }) =>
      swarms.create({
        swarmId,
        name,
        masterId: self,
        role: 'master',
        settings,
        members: [{ agentId: self, endpoint: agent.config.endpoint, publicKey: agent.publicKey }],
      }),
    );
    this.emit(
      {
        status: 'created',
        swarm_id: swarmId,
        name,
        master: self,
        settings: { allow_member_invite: settings.allowMemberInvite, require_approval: settings.requireApproval },
      },
      () => [this.style.green(`Swarm '${name}' created`), `Swarm ID: ${swarmId}`, `Master:   ${self}`],
    );
    return 0;
  }
}
