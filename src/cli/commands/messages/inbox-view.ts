// How the `swarm messages` commands show inbox rows: the management API's InboxItem plus the archive and delete
// times for --json, and a short readable block per message for people.
import type { InboxItem, Message } from '../../../../generated/types.js';
import type { InboxRecord } from '../../../state/inbox.js';
import { toInboxItem } from '../../../state/items.js';
import type { Styler } from '../../output.js';
import { printable } from '../printable.js';

export type InboxJson = InboxItem & { archived_at: string | null; deleted_at: string | null };

export function inboxJson(record: InboxRecord): InboxJson {
  return { ...toInboxItem(record), archived_at: record.archivedAt, deleted_at: record.deletedAt };
}

/** Header line (status, time, sender, recipient, type, priority), id line, then the body indented. */
/** `markedRead`: the listing just marked this unread message read, so it is labelled `new`. */
export function inboxLines(
  record: InboxRecord,
  style: Styler,
  options: { maxBody?: number; markedRead?: boolean } = {},
): string[] {
  const envelope = record.envelope === null ? undefined : (JSON.parse(record.envelope) as Message);
  const to =
    record.recipientId === 'broadcast' ? 'all' : record.recipientId === null ? 'this agent' : record.recipientId;
  const tags = [
    record.messageType === 'message' ? undefined : record.messageType,
    envelope?.priority && envelope.priority !== 'normal' ? `${envelope.priority} priority` : undefined,
  ].filter((tag) => tag !== undefined);
  const status =
    record.status === 'unread'
      ? style.bold(style.yellow(options.markedRead ? 'new' : 'unread'))
      : style.dim(record.status);
  const from = printable(record.senderId, { oneLine: true });
  let body = printable(record.messageType === 'system' ? (systemSummary(record.body) ?? record.body) : record.body);
  const max = options.maxBody;
  if (max !== undefined && body.length > max) {
    body = `${body.slice(0, max)}${style.dim(`... (${record.body.length} characters: swarm messages read ${record.messageId})`)}`;
  }
  return [
    `${status}  ${record.receivedAt.slice(0, 19).replace('T', ' ')}  ${style.bold(from)} -> ${printable(to, { oneLine: true })}${tags.length ? `  [${tags.join(', ')}]` : ''}`,
    style.dim(`  id ${record.messageId}${envelope?.in_reply_to ? `, reply to ${envelope.in_reply_to}` : ''}`),
    ...body.split('\n').map((line) => `  ${line}`),
  ];
}

/** `member_kicked: gamma (reason: spam)` for a system message's JSON content; undefined if it is not one. */
function systemSummary(body: string): string | undefined {
  let content: unknown;
  try {
    content = JSON.parse(body);
  } catch {
    return undefined;
  }
  const { action, agent_id, reason } = (content ?? {}) as Record<string, unknown>;
  if (typeof action !== 'string') return undefined;
  const who = typeof agent_id === 'string' ? ` ${agent_id}` : '';
  return `${action}:${who}${typeof reason === 'string' && reason ? ` (reason: ${reason})` : ''}`;
}
