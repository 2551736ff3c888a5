// `swarm send`: signs a message, queues it in the durable outbox (one row per recipient) and delivers it at once
// with the client's worker; what is not delivered before the command exits stays queued for `swarm serve`.
import { setTimeout as sleep } from 'node:timers/promises';
import { Option } from 'clipanion';
import * as t from 'typanion';
import type { Priority } from '../../../generated/types.js';
import type { OutboxRecord } from '../../state/outbox.js';
import type { Store } from '../../state/store.js';
import { SwarmCommand } from '../base.js';
import { CliError, usage } from '../errors.js';
import { isTty } from '../output.js';
import { attemptFailed, deliveryJson, deliveryLines, verdictOf } from './deliveries.js';
import { isAgentId, isUuid, parseUuid } from './option-rules.js';

const MAX_CONTENT_CHARACTERS = 65_536;
/** Broadcasts to at least this many members show progress on a terminal. */
const PROGRESS_FROM = 5;

export class SendCommand extends SwarmCommand {
  static override paths = [['send']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'send a message to one member or to the whole swarm',
    details: `
      The body comes from \`-m/--message/--body\`, or from stdin when it is not a terminal (surrounding whitespace
      removed). At most 65536 characters. Without \`-t/--to\` the message is broadcast to every other member.

      The message is signed, written to the outbox (one row per recipient) and delivered at once; the command waits
      for a first attempt to every recipient (\`--no-wait\`: it returns as soon as the message is queued). A recipient
      that could not be reached stays queued: \`swarm serve\` keeps retrying it with backoff.

      \`--sealed\` (protocol 0.2) encrypts the body for its recipients: only they can read it, not a proxy in front of
      them nor another member. Every recipient must speak 0.2: a direct message to one that does not is refused
      (SEALING_UNSUPPORTED, exit 2); a broadcast leaves such members out and lists them under \`skipped\`.

      With \`--json\`: \`{"status": "sent"|"queued"|"failed", "message_id", "swarm_id", "recipient", "deliveries": [{"recipient_id", "status", "attempts", "status_code", "error", "delivered_at", "next_attempt_at"}], "skipped"?: [{"recipient_id", "reason"}]}\`.
      \`sent\`: every recipient has it; \`queued\`: some are still being retried; \`failed\`: none will get it.

      Exit codes: 0 delivered or queued, 2 bad arguments, 3 no recipient could be reached, 5 swarm or recipient
      unknown here.
    `,
    examples: [
      ['Broadcast to the swarm', '$0 send -s 6ba7b810-9dad-41d1-80b4-00c04fd430c8 -m "Hello, swarm!"'],
      ['A direct, urgent message', '$0 send -t agent-beta --priority high -m "Build is red"'],
      ['The body from a file', '$0 send -t agent-beta < report.md'],
      ['Queue only; `swarm serve` delivers', '$0 send -m "Nightly summary" --no-wait --json'],
      ['Sealed for its recipient only', '$0 send -t agent-beta --sealed -m "the deploy key is in vault 7"'],
    ],
  });

  swarm = Option.String('-s,--swarm', { description: 'Swarm ID (default: SWARM_ID, default_swarm, the only swarm)' });
  message = Option.String('-m,--message,--body', { description: 'The message body (default: stdin)' });
  to = Option.String('-t,--to', { validator: isAgentId, description: 'Recipient agent ID (default: broadcast)' });
  priority = Option.String('--priority', {
    validator: t.isEnum(['low', 'normal', 'high'] as const),
    description: 'low, normal or high (wakes the receiving agent sooner)',
  });
  replyTo = Option.String('--reply-to', { validator: isUuid, description: 'message_id this message answers' });
  thread = Option.String('--thread', { validator: isUuid, description: 'Conversation thread ID' });
  wait = Option.Boolean('--wait', true, { description: 'Wait for a first delivery attempt (--no-wait: only queue)' });
  sealed = Option.Boolean('--sealed', false, {
    description: 'Encrypt the body for the recipients only (protocol 0.2; they must speak it)',
  });

  protected async run(): Promise<number> {
    const content = await this.body();
    if (content.length === 0) {
      throw usage('Message content required', "Use -m/--message/--body 'text' or pipe the body via stdin");
    }
    if (content.length > MAX_CONTENT_CHARACTERS) {
      throw usage(`Message content cannot exceed ${MAX_CONTENT_CHARACTERS} characters (got ${content.length})`);
    }
    const swarmId = await this.resolveSwarm(this.swarm);
    const agent = await this.agent();
    const store = await this.store();
    // --no-wait only queues: an attempt begun here would be cut short when the command exits.
    const client = await this.client({ deliver: this.wait });
    const broadcast = this.to === undefined || this.to === 'broadcast';
    const sent = await client.send({
      swarmId,
      content,
      ...(broadcast ? { broadcast: true } : { to: this.to as string }),
      priority: this.priority as Priority | undefined,
      inReplyTo: this.replyTo === undefined ? undefined : parseUuid(this.replyTo),
      threadId: this.thread === undefined ? undefined : parseUuid(this.thread),
      sealed: this.sealed,
      wait: false,
    });
    if (sent.error) {
      const hint = sent.error.code === 'SWARM_NOT_FOUND' ? "See 'swarm list' for this agent's swarms" : undefined;
      throw new CliError(sent.error.code, sent.error.message, hint);
    }
    const { messageId, skipped } = sent.data;
    const waitMs = (agent.config.client?.timeout_ms ?? 10_000) + 5_000;
    const rows = this.wait ? await this.firstAttempts(store, messageId, waitMs) : store.outbox.get(messageId);
    const unreached = rows.length > 0 && rows.every(attemptFailed);
    const verdict = verdictOf(rows);
    const recipient = broadcast ? 'broadcast' : (this.to as string);
    this.emit(
      {
        status: verdict,
        message_id: messageId,
        swarm_id: swarmId,
        recipient,
        deliveries: rows.map(deliveryJson),
        ...(skipped ? { skipped: skipped.map((s) => ({ recipient_id: s.recipientId, reason: s.reason })) } : {}),
      },
      () => [
        ...this.human(verdict, messageId, recipient, rows),
        ...(skipped ?? []).map((left) => `Left out ${left.recipientId}: ${left.reason}`),
      ],
    );
    return unreached ? 3 : 0;
  }

  /** The flag's text as given, else stdin's (trimmed) when it is not a terminal. */
  private async body(): Promise<string> {
    if (this.message !== undefined) return this.message;
    const stdin = this.context.stdin as NodeJS.ReadStream;
    if (stdin.isTTY) return '';
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8').trim();
  }

  /**
   * Waits until every row had a first attempt whose outcome is stored, by whichever worker made it (the `swarm
   * serve` of this agent may claim a row before ours does), or until `waitMs` ran out.
   */
  private async firstAttempts(store: Store, messageId: string, waitMs: number): Promise<OutboxRecord[]> {
    const deadline = Date.now() + waitMs;
    const progress = this.context.stderr as NodeJS.WriteStream;
    let rows = store.outbox.get(messageId);
    const showProgress = rows.length >= PROGRESS_FROM && isTty(progress);
    for (;;) {
      const done = rows.filter((row) => row.attempts > 0 && row.status !== 'sending').length;
      if (showProgress) progress.write(`\rDelivering: ${done}/${rows.length}`);
      if (done === rows.length || Date.now() >= deadline) break;
      await sleep(25);
      rows = store.outbox.get(messageId);
    }
    if (showProgress) progress.write('\r\u001b[K');
    return rows;
  }

  private human(verdict: string, messageId: string, recipient: string, rows: OutboxRecord[]): string[] {
    const target = recipient === 'broadcast' ? 'all members' : recipient;
    const delivered = rows.filter((row) => row.status === 'delivered').length;
    const lines =
      rows.length === 0
        ? ['No other members in this swarm: nothing to deliver']
        : verdict === 'sent'
          ? [this.style.green(`Message sent to ${target}`)]
          : verdict === 'failed'
            ? [this.style.red(`Message to ${target} could not be delivered`)]
            : [
                this.style.yellow(`Message delivered to ${delivered} of ${rows.length} recipient(s)`),
                "The others stay queued: 'swarm serve' keeps retrying them",
              ];
    lines.push(`Message ID: ${messageId}`);
    if (rows.length > 1 || verdict !== 'sent') lines.push(...deliveryLines(rows, this.style));
    return lines;
  }
}
