// `swarm messages archive <id>...`: moves unread or read messages to the archive.
import { Option } from 'clipanion';
import { SwarmCommand } from '../../base.js';
import { movedLines, moveMessages } from './transition.js';

export class MessagesArchiveCommand extends SwarmCommand {
  static override paths = [['messages', 'archive']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'archive received messages',
    details: `
      Archives each message named (unread or read; one already archived is left as is). All or nothing: an
      unknown ID (exit 5) or a deleted message (INVALID_STATE_TRANSITION, exit 1) changes none of them.

      With \`--json\`: \`{"status": "archived", "messages": [{"message_id", "from", "changed"}]}\`.
    `,
    examples: [
      [
        'Archive two messages',
        '$0 messages archive 550e8400-e29b-41d4-a716-446655440000 6ba7b810-9dad-41d1-80b4-00c04fd430c8',
      ],
    ],
  });

  ids = Option.Rest({ required: 1, name: 'message-id' });

  protected async run(): Promise<number> {
    const moved = moveMessages(await this.store(), this.ids, 'archived');
    this.emit({ status: 'archived', messages: moved }, () => movedLines(moved, 'archived'));
    return 0;
  }
}
