// `swarm list`: the swarms this agent belongs to, optionally with their members.
import { Option } from 'clipanion';
import { parseSwarmId, SwarmCommand } from '../base.js';
import { table } from '../output.js';

export class ListCommand extends SwarmCommand {
  static override paths = [['list']];
  static override usage = SwarmCommand.Usage({
    category: 'Membership',
    description: 'list the swarms this agent belongs to',
    details: `
      Reads the local database; nothing is sent. \`-s\` shows one swarm (an unknown id gives an empty list; no
      SWARM_ID or default_swarm fallback here). \`-m\` adds each swarm's members.

      JSON: \`{"swarms":[{"swarm_id","name","master","role","member_count","joined_at",
      "settings":{"allow_member_invite","require_approval"},"members"}]}\`; \`members\` is null without \`-m\`,
      else \`[{"agent_id","endpoint","joined_at"}]\`.
    `,
    examples: [
      ['Every swarm', '$0 list'],
      ['One swarm with its members, as JSON', '$0 list -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 -m --json'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Only this swarm' });
  members = Option.Boolean('-m,--members', false, { description: 'Include the members' });

  protected async run(): Promise<number> {
    const swarmId = this.swarm?.trim() ? parseSwarmId(this.swarm) : undefined;
    const store = await this.store();
    const records =
      swarmId === undefined ? store.swarms.list() : [store.swarms.get(swarmId)].filter((s) => s !== undefined);
    const swarms = records.map((s) => ({
      swarm_id: s.swarmId,
      name: s.name,
      master: s.masterId,
      role: s.role,
      member_count: s.members.length,
      joined_at: s.joinedAt,
      settings: { allow_member_invite: s.settings.allowMemberInvite, require_approval: s.settings.requireApproval },
      members: this.members
        ? s.members.map((m) => ({ agent_id: m.agentId, endpoint: m.endpoint, joined_at: m.joinedAt }))
        : null,
    }));
    this.emit({ swarms }, () => {
      if (swarms.length === 0) return "No swarms found. Create one with 'swarm create' or join one with 'swarm join'.";
      const lines = [
        this.style.bold('Swarms'),
        table(
          ['ID', 'Name', 'Master', 'Role', 'Members', 'Joined'],
          swarms.map((s) => [s.swarm_id, s.name, s.master, s.role, s.member_count, s.joined_at.slice(0, 10)]),
        ),
      ];
      for (const s of swarms) {
        if (!s.members) continue;
        lines.push(
          '',
          this.style.bold(`Members of ${s.name}`),
          table(
            ['Agent ID', 'Endpoint', 'Joined'],
            s.members.map((m) => [m.agent_id, m.endpoint, m.joined_at.slice(0, 16).replace('T', ' ')]),
          ),
        );
      }
      return lines;
    });
    return 0;
  }
}
