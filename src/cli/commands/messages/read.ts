// `swarm messages read <id>`: one inbox message in full; an unread one is marked read.
import { Option } from 'clipanion';
import { SwarmCommand } from '../../base.js';
import { CliError } from '../../errors.js';
import { parseUuid } from '../option-rules.js';
import { inboxJson, inboxLines } from './inbox-view.js';

export class MessagesReadCommand extends SwarmCommand {
  static override paths = [['messages', 'read']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'show one received message in full',
    details: `
      Shows the message with its whole body, in any status (deleted ones too, until purged), and marks it read if
      it was unread (unless \`--no-mark-read\`).

      With \`--json\`: \`{"message": {...}, "marked_read": bool}\`, the message as \`swarm messages --json\` shows it,
      after the change. Exit 5 if there is no such message.
    `,
    examples: [['Read a message', '$0 messages read 550e8400-e29b-41d4-a716-446655440000']],
  });

  id = Option.String({ name: 'message-id' });
  markRead = Option.Boolean('--mark-read', true, { description: 'Mark it read (--no-mark-read leaves it unread)' });

  protected async run(): Promise<number> {
    const messageId = parseUuid(this.id);
    const store = await this.store();
    const { record, marked } = store.transaction(({ inbox }) => {
      const found = inbox.get(messageId);
      if (!found) throw new CliError('MESSAGE_NOT_FOUND', `No message ${messageId} in the inbox`);
      const changed = this.markRead && found.status === 'unread' && inbox.transition(messageId, 'read').changed;
      return { record: changed ? (inbox.get(messageId) ?? found) : found, marked: changed };
    });
    this.emit({ message: inboxJson(record), marked_read: marked }, () => inboxLines(record, this.style));
    return 0;
  }
}
