// `swarm messages delete <id>...`: marks messages deleted; `swarm purge --messages` removes them later.
import { Option } from 'clipanion';
import { SwarmCommand } from '../../base.js';
import { movedLines, moveMessages } from './transition.js';

export class MessagesDeleteCommand extends SwarmCommand {
  static override paths = [['messages', 'delete']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'delete received messages',
    details: `
      Marks each message named as deleted (from unread, read or archived); there is no undelete. Deleted messages
      are hidden from listings (except \`--status deleted\`) and removed for good by \`swarm purge --messages\`.
      All or nothing: an unknown ID (exit 5) changes none of them.

      With \`--json\`: \`{"status": "deleted", "messages": [{"message_id", "from", "changed"}]}\`.
    `,
    examples: [['Delete a message', '$0 messages delete 550e8400-e29b-41d4-a716-446655440000']],
  });

  ids = Option.Rest({ required: 1, name: 'message-id' });

  protected async run(): Promise<number> {
    const moved = moveMessages(await this.store(), this.ids, 'deleted');
    this.emit({ status: 'deleted', messages: moved }, () => movedLines(moved, 'deleted'));
    return 0;
  }
}
