// `swarm mute`: stops storing (and waking for) messages from an agent, or from a whole swarm. Local only: nobody
// is told. Muting again replaces the reason.
import { Option } from 'clipanion';
import { SwarmCommand } from '../base.js';
import { exactlyOne, isAgentId, isUuid, parseUuid } from './option-rules.js';

export class MuteCommand extends SwarmCommand {
  static override paths = [['mute']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'mute an agent or a swarm',
    details: `
      A muted agent's messages (in every swarm), or every message of a muted swarm, are acknowledged to the
      sender and dropped by \`swarm serve\`: they are not stored in the inbox and wake nobody. System messages of
      a muted swarm are dropped as well. Nothing is sent to anyone. \`swarm unmute\` undoes it.

      Exactly one of \`-a/--agent\` and \`-s/--swarm\`. With \`--json\`: \`{"status": "muted", "type": "agent"|"swarm", "id", "reason"}\`.
    `,
    examples: [
      ['Mute a noisy agent', '$0 mute -a agent-gamma -r "floods the swarm"'],
      ['Mute a swarm', '$0 mute -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8'],
    ],
  });

  agentId = Option.String('-a,--agent', { validator: isAgentId, description: 'Agent ID to mute' });
  swarm = Option.String('-s,--swarm', { validator: isUuid, description: 'Swarm ID to mute' });
  reason = Option.String('-r,--reason', { description: 'Why (kept locally)' });

  static override schema = exactlyOne({ agentId: '-a/--agent', swarm: '-s/--swarm' });

  protected async run(): Promise<number> {
    const type = this.agentId === undefined ? 'swarm' : 'agent';
    const id = this.agentId ?? parseUuid(this.swarm ?? '', 'Swarm ID');
    const store = await this.store();
    const reason = this.reason?.trim() || null;
    await store.write(({ mutes }) => mutes.mute(type, id, reason));
    this.emit({ status: 'muted', type, id, reason }, () => `Muted ${type} '${id}'`);
    return 0;
  }
}
