// `swarm sent`: the local outbox, newest first, one entry per message with the delivery status of each
// recipient. Read from the database, so it works whether or not `swarm serve` is running.
import { Option } from 'clipanion';
import * as t from 'typanion';
import type { OutboxStatus } from '../../../generated/types.js';
import type { OutboxRecord } from '../../state/outbox.js';
import type { Store } from '../../state/store.js';
import { SwarmCommand } from '../base.js';
import { CliError } from '../errors.js';
import { truncate } from '../output.js';
import { deliveryJson, deliveryLines, verdictOf } from './deliveries.js';
import { atMostOne, isCount, isUuid, parseUuid } from './option-rules.js';
import { printable } from './printable.js';

const DEFAULT_LIMIT = 20;

export class SentCommand extends SwarmCommand {
  static override paths = [['sent']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'list sent messages with their delivery status',
    details: `
      Lists the outbox of a swarm, newest first: each message with the status of its delivery to each recipient
      (\`queued\` waiting for an attempt or a retry, \`sending\`, \`delivered\`, \`failed\` for good).
      \`--status\` keeps the messages with at least one delivery in that status. \`--id\` shows one message (of any swarm).

      With \`--json\`: \`{"swarm_id", "count", "messages": [{"message_id", "swarm_id", "recipient", "message_type", "content", "created_at", "status", "deliveries": [...]}]}\`
      where \`recipient\` is \`broadcast\` or the agent ID and \`status\` is \`sent\`, \`queued\` or \`failed\` as for
      \`swarm send\`; \`--id\` prints one such message; \`--count\` prints
      \`{"swarm_id", "queued", "sending", "delivered", "failed", "total"}\`, counting deliveries (one per recipient).
    `,
    examples: [
      ['The last 20 messages sent', '$0 sent'],
      ['Deliveries that gave up', '$0 sent --status failed --json'],
      ['One message', '$0 sent --id 1b4e28ba-2fa1-41d2-883f-0016d3cca427'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only swarm)' });
  limit = Option.String('-l,--limit', {
    validator: isCount(1, 1000),
    description: `Most messages (default ${DEFAULT_LIMIT})`,
  });
  status = Option.String('--status', {
    validator: t.isEnum(['queued', 'sending', 'delivered', 'failed'] as const),
    description: 'queued, sending, delivered or failed',
  });
  count = Option.Boolean('--count', false, { description: 'Count deliveries per status instead' });
  id = Option.String('--id', { validator: isUuid, description: 'Show this message only' });

  static override schema = [
    atMostOne({ id: '--id', count: '--count' }),
    atMostOne({ id: '--id', status: '--status' }),
    atMostOne({ id: '--id', limit: '--limit' }),
    atMostOne({ count: '--count', status: '--status' }),
    atMostOne({ count: '--count', limit: '--limit' }),
  ];

  protected async run(): Promise<number> {
    if (this.id !== undefined) {
      const messageId = parseUuid(this.id);
      const rows = (await this.store()).outbox.get(messageId);
      if (rows.length === 0) throw new CliError('MESSAGE_NOT_FOUND', `No sent message ${messageId}`);
      this.emit(messageJson(rows), () => this.details(rows));
      return 0;
    }
    const swarmId = await this.resolveSwarm(this.swarm);
    const store = await this.store();
    if (this.count) {
      const counts = store.outbox.count({ swarmId });
      this.emit({ swarm_id: swarmId, ...counts }, () =>
        Object.entries(counts).map(
          ([status, n]) => `${`${status[0]?.toUpperCase()}${status.slice(1)}:`.padEnd(11)}${n}`,
        ),
      );
      return 0;
    }
    const messages = latestMessages(
      store,
      swarmId,
      this.status as OutboxStatus | undefined,
      this.limit ?? DEFAULT_LIMIT,
    );
    this.emit({ swarm_id: swarmId, count: messages.length, messages: messages.map(messageJson) }, () =>
      messages.length === 0
        ? 'No sent messages found'
        : [this.style.bold(`Sent messages (${messages.length})`), ...messages.flatMap((rows) => this.summary(rows))],
    );
    return 0;
  }

  private summary(rows: OutboxRecord[]): string[] {
    const first = rows[0]!;
    const to = first.broadcast ? 'broadcast' : first.recipientId;
    const verdict = verdictOf(rows);
    const delivered = rows.filter((row) => row.status === 'delivered').length;
    const status =
      verdict === 'sent'
        ? this.style.green('sent')
        : verdict === 'failed'
          ? this.style.red('failed')
          : this.style.yellow('queued');
    return [
      '',
      `${first.createdAt.slice(0, 19).replace('T', ' ')}  ${first.messageId}  to ${to}  ${status} (${delivered}/${rows.length} delivered)`,
      `  ${truncate(printable(first.body, { oneLine: true }), 200)}`,
      ...(verdict === 'sent' ? [] : deliveryLines(rows, this.style).map((line) => `  ${line}`)),
    ];
  }

  private details(rows: OutboxRecord[]): string[] {
    const first = rows[0]!;
    return [
      `Message ID: ${first.messageId}`,
      `Swarm:      ${first.swarmId}`,
      `To:         ${first.broadcast ? 'broadcast' : first.recipientId}`,
      `Created:    ${first.createdAt}`,
      `Status:     ${verdictOf(rows)}`,
      'Deliveries:',
      ...deliveryLines(rows, this.style),
      '',
      printable(first.body),
    ];
  }
}

/** The newest `limit` messages with a delivery in `status` (any status when absent), each with all its rows. */
function latestMessages(store: Store, swarmId: string, status: OutboxStatus | undefined, limit: number) {
  // Rows are per recipient: read more of them until `limit` distinct messages are found or the outbox ends.
  let window = limit * 4;
  for (;;) {
    const rows = store.outbox.list({ swarmId, status, limit: window });
    const ids = [...new Set(rows.map((row) => row.messageId))];
    if (ids.length >= limit || rows.length < window) return ids.slice(0, limit).map((id) => store.outbox.get(id));
    window *= 4;
  }
}

function messageJson(rows: OutboxRecord[]) {
  const first = rows[0]!;
  return {
    message_id: first.messageId,
    swarm_id: first.swarmId,
    recipient: first.broadcast ? 'broadcast' : first.recipientId,
    message_type: first.messageType,
    content: first.body,
    created_at: first.createdAt,
    status: verdictOf(rows),
    deliveries: rows.map(deliveryJson),
  };
}
