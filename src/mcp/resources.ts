// The MCP resources: each swarm's inbox, `swarm://<swarm_id>/inbox` (spec/schemas/McpInbox.json), and one message,
// `swarm://<swarm_id>/messages/<message_id>` (McpMessage.json). Reading a resource never marks anything read:
// that is what the `read_messages` and `mark` tools are for.
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { McpInbox } from '../../generated/types.js';
import type { Store } from '../state/store.js';
import { toMcpMessage } from './messages.js';

export const MESSAGE_TEMPLATE = 'swarm://{swarm_id}/messages/{message_id}';
const MIME = 'application/json';
/** Messages an inbox resource shows, newest first; `read_messages` pages further. */
const INBOX_MESSAGES = 50;
/** MCP's code for a resource that does not exist. */
export const RESOURCE_NOT_FOUND = -32002;

const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
const INBOX = new RegExp(`^swarm://(${UUID})/inbox$`);
const MESSAGE = new RegExp(`^swarm://(${UUID})/messages/(${UUID})$`);

export type ResourceRef = { kind: 'inbox'; swarmId: string } | { kind: 'message'; swarmId: string; messageId: string };

export const inboxUri = (swarmId: string) => `swarm://${swarmId}/inbox`;
export const messageUri = (swarmId: string, messageId: string) => `swarm://${swarmId}/messages/${messageId}`;

export function parseResourceUri(uri: string): ResourceRef | undefined {
  const inbox = INBOX.exec(uri);
  if (inbox) return { kind: 'inbox', swarmId: inbox[1]!.toLowerCase() };
  const message = MESSAGE.exec(uri);
  if (message) return { kind: 'message', swarmId: message[1]!.toLowerCase(), messageId: message[2]!.toLowerCase() };
  return undefined;
}

/**
 * Whether a swarm has an inbox to read: one this agent is in, or one it has left whose messages are still stored.
 * An id that is neither is a mistake to report, not an empty inbox.
 */
export function hasInbox(store: Store, swarmId: string): boolean {
  return store.swarms.get(swarmId) !== undefined || store.inbox.count({ swarmId }).total > 0;
}

/** One inbox per swarm this agent is in. */
export function listResources(store: Store) {
  return store.swarms.list().map((swarm) => ({
    uri: inboxUri(swarm.swarmId),
    name: `${swarm.name} inbox`,
    title: `Inbox of swarm ${swarm.name}`,
    description: `Messages received in swarm ${swarm.name} (${swarm.swarmId}): counts and the newest ${INBOX_MESSAGES}. Subscribe to hear of new ones.`,
    mimeType: MIME,
  }));
}

export const resourceTemplates = [
  {
    uriTemplate: MESSAGE_TEMPLATE,
    name: 'message',
    title: 'A received message',
    description: 'One message of the inbox by its message_id, in any status (not marked read by reading it).',
    mimeType: MIME,
  },
];

export function readResource(store: Store, uri: string) {
  const ref = parseResourceUri(uri);
  if (ref?.kind === 'inbox') {
    if (!hasInbox(store, ref.swarmId)) throw notFound(uri, 'SWARM_NOT_FOUND', `Not a member of swarm ${ref.swarmId}`);
    const swarm = store.swarms.get(ref.swarmId);
    const counts = store.inbox.count({ swarmId: ref.swarmId });
    const messages = store.inbox.list({ swarmId: ref.swarmId, status: 'all', limit: INBOX_MESSAGES });
    const inbox: McpInbox = {
      swarm_id: ref.swarmId,
      name: swarm?.name ?? null,
      counts,
      messages: messages.map(toMcpMessage),
    };
    return { contents: [{ uri, mimeType: MIME, text: JSON.stringify(inbox) }] };
  }
  if (ref?.kind === 'message') {
    const record = store.inbox.get(ref.messageId);
    if (!record || record.swarmId !== ref.swarmId) {
      throw notFound(uri, 'MESSAGE_NOT_FOUND', `No message ${ref.messageId} in the inbox of swarm ${ref.swarmId}`);
    }
    return { contents: [{ uri, mimeType: MIME, text: JSON.stringify(toMcpMessage(record)) }] };
  }
  throw notFound(uri, 'ROUTE_NOT_FOUND', `Not a resource of this server: ${uri}`);
}

export function notFound(uri: string, code: string, message: string): McpError {
  return new McpError(RESOURCE_NOT_FOUND, message, { uri, code });
}
