// `swarm messages count`: how many inbox messages of a swarm are in each status.
import { Option } from 'clipanion';
import { SwarmCommand } from '../../base.js';

export class MessagesCountCommand extends SwarmCommand {
  static override paths = [['messages', 'count']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'count received messages by status',
    details: `
      Counts the inbox of a swarm per status; the total includes deleted messages not purged yet.

      With \`--json\`: \`{"swarm_id", "unread", "read", "archived", "deleted", "total"}\`.
    `,
    examples: [['Unread and read counts', '$0 messages count']],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only swarm)' });

  protected async run(): Promise<number> {
    const swarmId = await this.resolveSwarm(this.swarm);
    const counts = (await this.store()).inbox.count({ swarmId });
    this.emit(
      { swarm_id: swarmId, ...counts },
      () =>
        `Unread: ${counts.unread}  Read: ${counts.read}  Archived: ${counts.archived}  Deleted: ${counts.deleted}  Total: ${counts.total}`,
    );
    return 0;
  }
}
