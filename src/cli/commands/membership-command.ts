// What the membership commands share on top of SwarmCommand: agent-id and reason arguments, the local checks
// made before anything is asked or sent (so a doomed command neither prompts nor needs --yes), the "Cancelled"
// answer to a declined confirmation (exit 0: declining is a normal outcome, not the catalog's interrupt), and
// the per-recipient report of the system messages an operation queued.
// Only types are imported from the client: the client stack is loaded by the commands that use it.
import type { OutboxStatus } from '../../../generated/types.js';
import { validateAgentId } from '../../../generated/validators/AgentId.js';
import type { ClientError } from '../../client/result.js';
import type { SwarmClient } from '../../client/swarm-client.js';
import type { SwarmRecord } from '../../state/swarms.js';
import { SwarmCommand } from '../base.js';
import { CliError, usage } from '../errors.js';

/** The JSON form of one delivery: one system message to one recipient. */
export interface DeliveryLine {
  message_id: string;
  action: string;
  recipient_id: string;
  status: OutboxStatus;
  attempts: number;
  status_code: number | null;
  error: { code: string; message: string } | null;
}

const MAX_REASON = 500;

/** An agent id as the wire admits it (1-256 characters), trimmed; ids of other implementations stay reachable. */
export function parseAgentId(value: string, option = '--agent'): string {
  const id = value.trim();
  if (!validateAgentId(id)) throw usage(`${option} must be an agent ID of 1 to 256 characters, got '${value}'`);
  return id;
}

export function parseReason(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const reason = value.trim();
  if (reason === '') throw usage('--reason cannot be empty');
  if ([...reason].length > MAX_REASON) throw usage(`--reason must be at most ${MAX_REASON} characters`);
  return reason;
}

/** A client failure as the CLI's error: the catalog code decides the exit code. */
export function clientFailure(error: ClientError, prefix?: string): CliError {
  return new CliError(
    error.code,
    prefix ? `${prefix}: ${error.message}` : error.message,
    undefined,
    error.details ?? null,
  );
}

export abstract class MembershipCommand extends SwarmCommand {
  /** The swarm as stored here; SWARM_NOT_FOUND (exit 5) when this agent is not in it. */
  protected async localSwarm(swarmId: string): Promise<SwarmRecord> {
    const swarm = (await this.store()).swarms.get(swarmId);
    if (!swarm) throw this.error('SWARM_NOT_FOUND', `Not a member of swarm ${swarmId}`, 'See `swarm list`');
    return swarm;
  }

  /** The swarm, when this agent is its master; NOT_MASTER (exit 4) otherwise. */
  protected async mastered(swarmId: string, what: string): Promise<SwarmRecord> {
    const swarm = await this.localSwarm(swarmId);
    const self = (await this.agent()).config.agent_id;
    if (swarm.masterId !== self) {
      throw this.error('NOT_MASTER', `Only the swarm master (${swarm.masterId}) can ${what}`);
    }
    return swarm;
  }

  /**
   * The swarm, when this agent decides its join requests: the master, or any member where member invites are
   * allowed (a member's invites send joiners to that member, so their pending requests wait here).
   */
  protected async admitting(swarmId: string, what: string): Promise<SwarmRecord> {
    const swarm = await this.localSwarm(swarmId);
    if (swarm.settings.allowMemberInvite) return swarm;
    return this.mastered(swarmId, what);
  }

  protected requireMember(swarm: SwarmRecord, agentId: string): void {
    if (!swarm.members.some((m) => m.agentId === agentId)) {
      throw this.error('MEMBER_NOT_FOUND', `Agent ${agentId} is not a member of swarm ${swarm.swarmId}`);
    }
  }

  /** As SwarmCommand's, but --json never prompts: the question would land on stdout, among the JSON. */
  protected override async confirm(question: string, yes: boolean): Promise<boolean> {
    if (!yes && this.json) {
      throw usage(`${question} needs confirmation`, 'Pass --yes: with --json nothing is asked, stdout is only JSON');
    }
    return super.confirm(question, yes);
  }

  /**
   * Delivers the rows of queued system messages with the client's worker, waits until each recipient had a first
   * attempt (or the client's timeout + 5 s), and reports every row; what is not delivered by the time the command
   * exits stays queued for `swarm serve`.
   */
  protected async awaitDeliveries(
    client: SwarmClient,
    messages: readonly { messageId: string; action: string }[],
  ): Promise<DeliveryLine[]> {
    const timeoutMs = ((await this.agent()).config.client?.timeout_ms ?? 10_000) + 5000;
    const { awaitFirstAttempts } = await import('../../client/first-attempts.js');
    // Every message carries its action, so every line does.
    return (await awaitFirstAttempts(await this.store(), client, messages, timeoutMs)) as DeliveryLine[];
  }

  protected humanDeliveries(lines: readonly DeliveryLine[]): string[] {
    if (lines.length === 0) return ['No other member to notify'];
    const { green, yellow, red } = this.style;
    return [
      'Notifications:',
      ...lines.map((line) => {
        const why = line.error ? ` (${line.error.code}: ${line.error.message})` : '';
        const what = `  ${line.action} -> ${line.recipient_id}: `;
        if (line.status === 'delivered') return `${what}${green('delivered')}`;
        if (line.status === 'failed') return `${what}${red('failed')}${why}`;
        return `${what}${yellow(line.status)}${why}, retried by \`swarm serve\``;
      }),
    ];
  }
}
