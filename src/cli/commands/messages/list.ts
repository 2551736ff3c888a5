// `swarm messages` / `swarm messages list`: the local inbox of a swarm, newest first. Read from the database
// (shared safely with `swarm serve`), so it works while the server is down.
import { Option } from 'clipanion';
import * as t from 'typanion';
import type { InboxStatus } from '../../../../generated/types.js';
import { SwarmCommand } from '../../base.js';
import { isCount } from '../option-rules.js';
import { inboxJson, inboxLines } from './inbox-view.js';

export class MessagesListCommand extends SwarmCommand {
  static override paths = [['messages'], ['messages', 'list']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'list received messages (the local inbox)',
    details: `
      Lists the inbox of a swarm, newest first: \`unread\` messages by default, or those in \`--status\` (\`all\` is
      unread, read and archived; deleted messages are listed only with \`--status deleted\`). Unread messages
      listed are marked read, unless \`--no-mark-read\`.

      Other inbox commands: \`swarm messages read|archive|delete <id>\`, \`swarm messages archive-all\`,
      \`swarm messages count\`.

      With \`--json\`: one object \`{"swarm_id", "status", "count", "marked_read", "messages": [...]}\`; each message is
      \`{"message_id", "swarm_id", "sender_id", "recipient_id", "message_type", "status", "received_at", "read_at",
      "archived_at", "deleted_at", "content", "envelope"}\` as it was when listed (so newly read messages still say
      \`unread\`); \`marked_read\` counts those now marked read.
    `,
    examples: [
      ['New messages', '$0 messages'],
      ['Everything not deleted, without marking anything read', '$0 messages list --status all --no-mark-read'],
      ['The 50 newest, as JSON', '$0 messages -l 50 --status all --json'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only swarm)' });
  limit = Option.String('-l,--limit', '10', { validator: isCount(1, 1000), description: 'Most messages (default 10)' });
  status = Option.String('--status', 'unread', {
    validator: t.isEnum(['unread', 'read', 'archived', 'deleted', 'all'] as const),
    description: 'unread (default), read, archived, deleted or all',
  });
  markRead = Option.Boolean('--mark-read', true, {
    description: 'Mark the unread messages listed as read (--no-mark-read leaves them unread)',
  });

  protected async run(): Promise<number> {
    const swarmId = await this.resolveSwarm(this.swarm);
    const store = await this.store();
    const status = this.status as InboxStatus | 'all';
    const { rows, marked } = store.transaction(({ inbox }) => {
      const listed = inbox.list({ swarmId, status, limit: this.limit });
      const unread = listed.filter((row) => row.status === 'unread').map((row) => row.messageId);
      return { rows: listed, marked: this.markRead ? inbox.transitionMany(unread, 'read') : 0 };
    });
    this.emit(
      { swarm_id: swarmId, status, count: rows.length, marked_read: marked, messages: rows.map(inboxJson) },
      () => {
        if (rows.length === 0) return status === 'unread' ? 'No unread messages' : 'No messages found';
        const header = `Inbox: ${rows.length} message${rows.length === 1 ? '' : 's'}${marked ? `, ${marked} marked as read` : ''}`;
        return [
          this.style.dim(header),
          ...rows.flatMap((row) => ['', ...inboxLines(row, this.style, { maxBody: 2000, markedRead: marked > 0 })]),
        ];
      },
    );
    return 0;
  }
}
