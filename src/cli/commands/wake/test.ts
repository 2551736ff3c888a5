// `swarm wake test`: what the wake rules decide for one message, and why, at a moment of the operator's choosing.
// It reads config.yaml, the mutes and the wake sessions, and changes nothing: no invoker runs, no session is written.
import { existsSync, readFileSync } from 'node:fs';
import { Option } from 'clipanion';
import type { Message, WakeDecision } from '../../../../generated/types.js';
import { validateMessage } from '../../../../generated/validators/Message.js';
import type { InboxRecord } from '../../../state/inbox.js';
import type { Store } from '../../../state/store.js';
import { parseTimestamp } from '../../../state/time.js';
import { compileWakePolicy } from '../../../wake/policy.js';
import { factsOfMessage, type WakeFacts } from '../../../wake/rules.js';
import { SwarmCommand } from '../../base.js';
import { CliError, usage } from '../../errors.js';
import { readStdinJson } from '../message/stdin.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/;

export class WakeTestCommand extends SwarmCommand {
  static override paths = [['wake', 'test']];
  static override usage = SwarmCommand.Usage({
    category: 'Messages',
    description: 'explain what the wake rules decide for a message, without waking anything',
    details: `
      Takes a message, either a JSON file holding a wire message (\`-\` reads it from stdin) or the id of a message
      in the inbox, and prints the rule that gives it its level (every rule tried before it, and why it did not
      match), the level, and whether it would wake the agent now: mutes, the levels that wake, quiet hours, an
      active wake session and the wake method are all checked, in that order. Rules, quiet hours and levels come
      from \`wake\` in config.yaml (see docs/agents.md, "Wake rules").

      \`--at\` evaluates at another moment (ISO 8601 with \`Z\` or an offset), for quiet hours and sessions.

      With \`--json\`: a WakeDecision (spec/schemas/WakeDecision.json). Exit 0 whatever the decision; 2 for a file
      that is not a wire message, 5 for an id not in the inbox, 1 for an invalid config.yaml.
    `,
    examples: [
      ['Why did (or did not) this stored message wake the agent?', '$0 wake test 550e8400-e29b-41d4-a716-446655440000'],
      ['Would a message wake the agent at 23:30 in Paris?', '$0 wake test message.json --at 2026-03-01T23:30:00+01:00'],
      ['As JSON', '$0 wake test message.json --json'],
    ],
  });

  target = Option.String({ name: 'file|message-id' });
  at = Option.String('--at', { description: 'Evaluate at this moment (ISO 8601 with a zone) instead of now' });

  protected async run(): Promise<number> {
    const at = this.moment();
    const agent = await this.agent();
    const store = await this.store();
    const facts = await this.facts(store);
    const policy = compileWakePolicy(agent.config.wake, agent.config.agent_id);
    let muted: 'sender' | 'swarm' | null = null;
    if (store.mutes.isMuted('agent', facts.senderId)) muted = 'sender';
    else if (store.mutes.isMuted('swarm', facts.swarmId)) muted = 'swarm';
    const timeoutMs = (agent.config.wake?.session_timeout_minutes ?? 30) * 60_000;
    const decision = policy.decide(facts, { at, muted, sessionActive: sessionActive(store, facts, at, timeoutMs) });
    this.emit(decision, () => describe(facts, decision));
    return 0;
  }

  private moment(): Date {
    if (this.at === undefined) return new Date();
    let epoch = Number.NaN;
    try {
      if (ZONED.test(this.at.trim())) epoch = parseTimestamp(this.at.trim());
    } catch {
      // reported below
    }
    if (Number.isNaN(epoch)) {
      throw usage(
        `--at must be an ISO 8601 date-time with Z or an offset: ${this.at}`,
        'e.g. 2026-03-01T23:30:00+01:00',
      );
    }
    return new Date(epoch);
  }

  private async facts(store: Store): Promise<WakeFacts> {
    if (this.target === '-') {
      const input = await readStdinJson(this.context.stdin);
      if (!input.ok) throw new CliError('INVALID_FORMAT', input.reason);
      return factsOfWire(input.value, 'stdin');
    }
    if (existsSync(this.target)) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(this.target, 'utf8'));
      } catch (error) {
        throw new CliError('INVALID_FORMAT', `${this.target} is not JSON: ${(error as Error).message}`);
      }
      return factsOfWire(value, this.target);
    }
    if (!UUID.test(this.target.trim())) {
      throw usage(
        `No file ${this.target}, and it is not a message id`,
        'Pass a JSON file of a wire message, - for stdin, or the id of an inbox message',
      );
    }
    const record = store.inbox.get(this.target.trim().toLowerCase());
    if (!record)
      throw new CliError('MESSAGE_NOT_FOUND', `No inbox message ${this.target}`, 'List them with: swarm messages');
    return factsOfRecord(record);
  }
}

function factsOfWire(value: unknown, source: string): WakeFacts {
  if (!validateMessage(value)) {
    const first = validateMessage.errors?.[0];
    throw new CliError(
      'INVALID_FORMAT',
      `${source} is not a wire message: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`,
    );
  }
  return factsOfMessage(value as Message);
}

/** A stored row: the priority is only in the envelope (local notes have none, so `normal`). */
function factsOfRecord(record: InboxRecord): WakeFacts {
  let priority: WakeFacts['priority'] = 'normal';
  try {
    const envelope = record.envelope ? (JSON.parse(record.envelope) as Partial<Message>) : undefined;
    if (envelope?.priority === 'low' || envelope?.priority === 'high') priority = envelope.priority;
  } catch {
    // an unreadable envelope keeps the default
  }
  return {
    messageId: record.messageId,
    swarmId: record.swarmId,
    senderId: record.senderId,
    recipient: record.recipientId,
    type: record.messageType,
    priority,
    content: record.body,
  };
}

/** Whether a wake session with the sender was active at `at` (the waker asks the same of the store, for now). */
function sessionActive(store: Store, facts: WakeFacts, at: Date, timeoutMs: number): boolean {
  const session = store.sessions.get(facts.swarmId, facts.senderId);
  if (session?.state !== 'active') return false;
  const last = parseTimestamp(session.lastActive);
  return last <= at.getTime() && last >= at.getTime() - timeoutMs;
}

function describe(facts: WakeFacts, d: WakeDecision): string[] {
  const label = (name: string, path: string) => (name === path ? path : `${name} (${path})`);
  const quiet = d.quiet_hours;
  return [
    `Message  ${d.message_id} from ${d.sender_id} in swarm ${d.swarm_id}`,
    `         to ${facts.recipient ?? '(local note)'}, type ${facts.type}, priority ${facts.priority}`,
    'Rules    tried in order:',
    ...d.trace.map((step) => `  ${step.matched ? 'match' : 'no   '}  ${label(step.name, step.path)}: ${step.detail}`),
    `Level    ${d.level}, by rule ${label(d.rule.name, d.rule.path)}`,
    `At       ${d.at}`,
    `Quiet    ${
      quiet
        ? `${quiet.start}-${quiet.end} ${quiet.zone} (${quiet.source === 'swarm' ? 'this swarm' : 'wake.quiet_hours'}), local time ${quiet.local_time}: ${quiet.active ? 'inside' : 'outside'}`
        : 'none'
    }`,
    `Levels   ${d.levels.join(', ') || 'none'} wake`,
    `Muted    ${d.muted ?? 'no'}`,
    `Session  ${d.session_active ? 'active' : 'none active'}`,
    `Method   ${d.method}`,
    `Wakes    ${d.wakes ? 'yes' : 'no'}: ${d.explanation}`,
  ];
}
