// `send`: what `swarm send` does. The message is signed, queued in the durable outbox (one row per recipient,
// after the swarm and recipient are checked in the same transaction, so a refused message leaves nothing behind)
// and delivered at once; the tool answers after a first attempt to every recipient.
import type { McpSendOutput } from '../../../generated/types.js';
import { validateMcpSendInput } from '../../../generated/validators/McpSendInput.js';
import { validateMcpSendOutput } from '../../../generated/validators/McpSendOutput.js';
import { CliError, usage } from '../../cli/errors.js';
import { awaitFirstAttempts, verdictOf } from '../deliveries.js';
import { defineTool } from '../tool.js';

/** As `swarm send`: senders refuse longer content (spec: Message.content). */
const MAX_CONTENT_CHARACTERS = 65_536;
const tooLong = (length: number) =>
  `Message content cannot exceed ${MAX_CONTENT_CHARACTERS} characters (got ${length})`;

export const sendTool = defineTool({
  name: 'send',
  title: 'Send a message',
  description:
    'Sends a signed message to one member of a swarm (`recipient`) or, without one, to every other member. ' +
    '`in_reply_to` names the message answered, `thread_id` a conversation, `priority` (low, normal, high) how soon ' +
    'the receiver is woken; `sealed` encrypts the body for the recipients only (protocol 0.2). Answers once every recipient had a first delivery attempt: `sent`, `queued` (retried ' +
    "by `swarm serve`) or `failed`, with each recipient's outcome.",
  input: { schema: 'McpSendInput', validate: validateMcpSendInput },
  output: { schema: 'McpSendOutput', validate: validateMcpSendOutput },
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  explain(error, args) {
    if (error.instancePath !== '/text' || typeof args.text !== 'string') return undefined;
    if (error.keyword === 'minLength') return 'Message content required';
    if (error.keyword === 'maxLength') return tooLong(args.text.length);
    return undefined;
  },
  async run(args, context): Promise<McpSendOutput> {
    // The schema counts characters as code points, the sender's limit counts UTF-16 units (as `swarm send` does).
    if (args.text.length > MAX_CONTENT_CHARACTERS) throw usage(tooLong(args.text.length));
    const swarmId = context.resolveSwarm(args.swarm_id);
    const recipient = args.recipient === undefined || args.recipient === 'broadcast' ? 'broadcast' : args.recipient;
    return context.withClient(async (client) => {
      const sent = await client.send({
        swarmId,
        content: args.text,
        ...(recipient === 'broadcast' ? { broadcast: true } : { to: recipient }),
        priority: args.priority,
        inReplyTo: args.in_reply_to?.toLowerCase(),
        threadId: args.thread_id?.toLowerCase(),
        sealed: args.sealed,
        wait: false,
      });
      if (sent.error) throw new CliError(sent.error.code, sent.error.message, undefined, sent.error.details ?? null);
      const { messageId, skipped } = sent.data;
      const deliveries = await awaitFirstAttempts(context.store, client, [{ messageId }], context.deliveryWaitMs);
      return {
        status: verdictOf(deliveries),
        message_id: messageId,
        swarm_id: swarmId,
        recipient,
        deliveries,
        ...(skipped ? { skipped: skipped.map((s) => ({ recipient_id: s.recipientId, reason: s.reason })) } : {}),
      };
    });
  },
});
