// `read_messages` and `mark`: the local inbox, as `swarm messages` and `swarm messages read|archive|delete` use
// it. Every change is one transaction: all the messages named move, or none do.
import type { McpMarkOutput, McpReadMessagesOutput } from '../../../generated/types.js';
import { validateMcpMarkInput } from '../../../generated/validators/McpMarkInput.js';
import { validateMcpMarkOutput } from '../../../generated/validators/McpMarkOutput.js';
import { validateMcpReadMessagesInput } from '../../../generated/validators/McpReadMessagesInput.js';
import { validateMcpReadMessagesOutput } from '../../../generated/validators/McpReadMessagesOutput.js';
import { CliError } from '../../cli/errors.js';
import { toMcpMessage } from '../messages.js';
import { hasInbox } from '../resources.js';
import { defineTool } from '../tool.js';

export const readMessagesTool = defineTool({
  name: 'read_messages',
  title: 'Read messages',
  description:
    'The inbox of a swarm, newest first: unread messages by default, or those of `status` (read, archived, ' +
    'deleted, or `all` = unread + read + archived). Unread messages returned are marked read unless ' +
    '`mark_read` is false. Each message has its sender, recipient (this agent or `broadcast`), type, priority, ' +
    'the message it answers, its thread and content; `system` messages carry membership events as JSON.',
  input: { schema: 'McpReadMessagesInput', validate: validateMcpReadMessagesInput },
  output: { schema: 'McpReadMessagesOutput', validate: validateMcpReadMessagesOutput },
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run(args, context): Promise<McpReadMessagesOutput> {
    const { store } = context;
    const swarmId = context.resolveSwarm(args.swarm_id);
    if (!hasInbox(store, swarmId)) throw new CliError('SWARM_NOT_FOUND', `Not a member of swarm ${swarmId}`);
    const status = args.status ?? 'unread';
    const limit = args.limit ?? 10;
    const query = { swarmId, status, limit };
    const { rows, marked } =
      args.mark_read === false
        ? { rows: store.inbox.list(query), marked: 0 }
        : store.transaction(({ inbox }) => {
            const listed = inbox.list(query);
            const unread = listed.filter((row) => row.status === 'unread').map((row) => row.messageId);
            return { rows: listed, marked: inbox.transitionMany(unread, 'read') };
          });
    return { swarm_id: swarmId, status, count: rows.length, marked_read: marked, messages: rows.map(toMcpMessage) };
  },
});

export const markTool = defineTool({
  name: 'mark',
  title: 'Mark messages',
  description:
    'Moves received messages, by message_id, to `read` (from unread), `archived` (from unread or read) or ' +
    '`deleted` (from any; there is no undelete). All or nothing: an unknown id or a move the inbox forbids ' +
    'changes none of them. A message already in that status is reported with `changed: false`.',
  input: { schema: 'McpMarkInput', validate: validateMcpMarkInput },
  output: { schema: 'McpMarkOutput', validate: validateMcpMarkOutput },
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async run(args, { store }): Promise<McpMarkOutput> {
    const ids = [...new Set(args.message_ids.map((id) => id.toLowerCase()))];
    const messages = store.transaction(({ inbox }) =>
      ids.map((id) => {
        const { from, changed } = inbox.transition(id, args.as);
        return { message_id: id, from, changed };
      }),
    );
    return { as: args.as, messages };
  },
});
