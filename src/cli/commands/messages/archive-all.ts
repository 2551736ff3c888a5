// `swarm messages archive-all`: archives every read message of a swarm (unread ones are left for reading).
import { Option } from 'clipanion';
import { SwarmCommand } from '../../base.js';

/** Read messages archived per transaction (each is short, so `swarm serve` never waits long for the lock). */
const BATCH = 500;

export class MessagesArchiveAllCommand extends SwarmCommand {
  static override paths = [['messages', 'archive-all']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'archive every read message of a swarm',
    details: `
      Archives all read messages of the swarm. Unread messages are not touched.

      With \`--json\`: \`{"status": "archived", "swarm_id", "archived"}\`.
    `,
    examples: [['Clear the read messages', '$0 messages archive-all -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8']],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only swarm)' });

  protected async run(): Promise<number> {
    const swarmId = await this.resolveSwarm(this.swarm);
    const store = await this.store();
    let archived = 0;
    for (;;) {
      const moved = store.transaction(({ inbox }) => {
        const ids = inbox.list({ swarmId, status: 'read', limit: BATCH }).map((row) => row.messageId);
        return inbox.transitionMany(ids, 'archived');
      });
      archived += moved;
      if (moved < BATCH) break;
    }
    this.emit({ status: 'archived', swarm_id: swarmId, archived }, () =>
      archived === 0 ? 'No read messages to archive' : `Archived ${archived} read message${archived === 1 ? '' : 's'}`,
    );
    return 0;
  }
}
