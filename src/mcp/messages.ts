// A received message as the MCP tools and resources show it (spec/schemas/McpMessage.json): the inbox row with
// the envelope fields an agent acts on (priority, the message it answers, its thread), without the signature and
// sender key that only the receiving server needed.
import type { McpMessage, Message } from '../../generated/types.js';
import type { InboxRecord } from '../state/inbox.js';

export function toMcpMessage(record: InboxRecord): McpMessage {
  const envelope = record.envelope === null ? undefined : (JSON.parse(record.envelope) as Message);
  return {
    message_id: record.messageId,
    swarm_id: record.swarmId,
    sender_id: record.senderId,
    recipient_id: record.recipientId,
    message_type: record.messageType,
    status: record.status,
    received_at: record.receivedAt,
    read_at: record.readAt,
    priority: envelope?.priority ?? 'normal',
    in_reply_to: envelope?.in_reply_to ?? null,
    thread_id: envelope?.thread_id ?? null,
    content: record.body,
  };
}
