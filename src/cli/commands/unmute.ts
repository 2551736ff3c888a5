// `swarm unmute`: undoes `swarm mute`; messages sent while muted stay lost.
import { Option } from 'clipanion';
import { SwarmCommand } from '../base.js';
import { exactlyOne, isAgentId, isUuid, parseUuid } from './option-rules.js';

export class UnmuteCommand extends SwarmCommand {
  static override paths = [['unmute']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'unmute an agent or a swarm',
    details: `
      Exactly one of \`-a/--agent\` and \`-s/--swarm\`. Unmuting what is not muted is not an error.

      With \`--json\`: \`{"status": "unmuted", "type": "agent"|"swarm", "id", "was_muted": bool}\`.
    `,
    examples: [
      ['Unmute an agent', '$0 unmute -a agent-gamma'],
      ['Unmute a swarm', '$0 unmute -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8'],
    ],
  });

  agentId = Option.String('-a,--agent', { validator: isAgentId, description: 'Agent ID to unmute' });
  swarm = Option.String('-s,--swarm', { validator: isUuid, description: 'Swarm ID to unmute' });

  static override schema = exactlyOne({ agentId: '-a/--agent', swarm: '-s/--swarm' });

  protected async run(): Promise<number> {
    const type = this.agentId === undefined ? 'swarm' : 'agent';
    const id = this.agentId ?? parseUuid(this.swarm ?? '', 'Swarm ID');
    const store = await this.store();
    const wasMuted = await store.write(({ mutes }) => mutes.unmute(type, id));
    this.emit({ status: 'unmuted', type, id, was_muted: wasMuted }, () =>
      wasMuted ? `Unmuted ${type} '${id}'` : `${type === 'agent' ? 'Agent' : 'Swarm'} '${id}' was not muted`,
    );
    return 0;
  }
}
