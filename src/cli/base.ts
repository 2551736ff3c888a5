// What every `swarm` command shares: --json, one error path (message + catalog exit code, JSON on stdout
// under --json), confirmations that never hang without a terminal, the agent's home, store and client, and
// the swarm-id resolution chain (-s, SWARM_ID, default_swarm, the only swarm in the database).
import { existsSync } from 'node:fs';
import { Command, Option } from 'clipanion';
import * as t from 'typanion';
import type { ErrorCode } from '../../generated/types.js';
import type { SwarmClient } from '../client/swarm-client.js';
import { type LoadedAgent, loadAgent } from '../home/agent.js';
import { homePaths, homeRelative, resolveHome } from '../home/paths.js';
import { Store } from '../state/store.js';
import { CliError, toFailure, usage } from './errors.js';
import { isTty, type Styler, styler } from './output.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseSwarmId(value: string): string {
  const id = value.trim();
  if (!UUID.test(id)) throw usage(`Swarm ID must be a valid UUID: ${value}`);
  return id.toLowerCase();
}

export abstract class SwarmCommand extends Command {
  json = Option.Boolean('--json', false, { description: 'Write JSON to stdout (and only JSON)' });

  #agent: LoadedAgent | undefined;
  #store: Store | undefined;
  #clients: SwarmClient[] = [];

  /** The command's work; returns the exit code (0 when nothing is returned). */
  protected abstract run(): Promise<number | undefined>;

  /**
   * Clipanion checks a command's `static schema` itself and, when it fails, prints and exits 1 outside our error
   * path. Here a failed rule is a USAGE_ERROR like any other: exit 2, JSON under --json, nothing changed.
   */
  override async validateAndExecute(): Promise<number> {
    const schema = (this.constructor as { schema?: t.LooseValidator<unknown, unknown>[] }).schema;
    if (schema) {
      const errors: string[] = [];
      // Typed as a plain predicate: as a type guard, its false branch would narrow `this` to never.
      const check: (value: unknown, state: { errors: string[] }) => boolean = t.applyCascade(t.isUnknown(), schema);
      if (!check(this, { errors })) {
        return this.fail(usage(errors.map((error) => error.replace(/^\.: /, '')).join('; ')));
      }
    }
    return this.execute();
  }

  async execute(): Promise<number> {
    try {
      return (await this.run()) ?? 0;
    } catch (error) {
      return this.fail(error);
    } finally {
      for (const client of this.#clients) await client.close();
      this.#store?.close();
    }
  }

  protected get env(): Record<string, string | undefined> {
    return this.context.env ?? process.env;
  }

  protected get style(): Styler {
    return styler(this.context.stdout, this.env);
  }

  /** Prints the JSON document under --json, the human lines otherwise. */
  protected emit(json: unknown, human: () => string | string[]): void {
    if (this.json) {
      this.context.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return;
    }
    const lines = human();
    this.context.stdout.write(`${Array.isArray(lines) ? lines.join('\n') : lines}\n`);
  }

  protected fail(error: unknown): number {
    const failure = toFailure(error);
    if (this.json) {
      const body = { error: { code: failure.code, message: failure.message, details: failure.details } };
      this.context.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    } else {
      this.context.stderr.write(`${this.style.red('Error:')} ${failure.message}\n`);
      if (failure.hint) this.context.stderr.write(`Hint: ${failure.hint}\n`);
    }
    return failure.exitCode;
  }

  protected error(code: ErrorCode, message: string, hint?: string): CliError {
    return new CliError(code, message, hint);
  }

  protected get home(): string {
    return resolveHome(this.env);
  }

  protected async agent(): Promise<LoadedAgent> {
    this.#agent ??= await loadAgent(this.env);
    return this.#agent;
  }

  protected async store(): Promise<Store> {
    if (!this.#store) {
      const agent = await this.agent();
      this.#store = Store.open(agent.paths.database, { agentId: agent.config.agent_id });
    }
    return this.#store;
  }

  /**
   * A client of this agent. By default it queues in the outbox and delivers at once with its own worker;
   * whatever is not delivered before the command exits stays queued for `swarm serve`. `deliver: false` only
   * queues (nothing is attempted from this process).
   */
  protected async client(options: { deliver?: boolean } = {}): Promise<SwarmClient> {
    const agent = await this.agent();
    // Loaded on demand: the client pulls in undici, which commands that never talk to peers should not pay for.
    const { SwarmClient } = await import('../client/swarm-client.js');
    const client = new SwarmClient({
      store: await this.store(),
      identity: { agentId: agent.config.agent_id, endpoint: agent.config.endpoint, keyPair: agent.keyPair },
      caFile: agent.config.client?.ca_file ? homeRelative(agent.paths.home, agent.config.client.ca_file) : undefined,
      timeoutMs: agent.config.client?.timeout_ms,
      allowHttpLoopback: agent.config.client?.allow_http_loopback,
      ...(options.deliver === false ? { worker: false as const } : {}),
      protocol: {
        v02: agent.config.protocol?.v02,
        peerInfoTtlMs:
          agent.config.protocol?.peer_info_ttl_seconds === undefined
            ? undefined
            : agent.config.protocol.peer_info_ttl_seconds * 1000,
      },
      workerOptions: {
        concurrency: agent.config.client?.concurrency,
        maxAttempts: agent.config.client?.max_attempts,
      },
    });
    this.#clients.push(client);
    return client;
  }

  /** -s, then SWARM_ID, then default_swarm, then the only swarm in the database (BEHAVIOUR.md §2.3). */
  protected async resolveSwarm(option: string | undefined): Promise<string> {
    if (option !== undefined && option.trim() !== '') return parseSwarmId(option);
    const fromEnv = this.env.SWARM_ID?.trim();
    if (fromEnv) return parseSwarmId(fromEnv);
    const agent = await this.agent();
    if (agent.config.default_swarm) return parseSwarmId(agent.config.default_swarm);
    if (existsSync(homePaths(this.home).database)) {
      const swarms = (await this.store()).swarms.list();
      if (swarms.length === 1) return swarms[0]!.swarmId;
    }
    throw usage(
      'No swarm ID',
      'Pass -s <id>, set SWARM_ID, or set default_swarm in config.yaml (needed when this agent is in several swarms)',
    );
  }

  /** The answer to a declined confirmation: nothing changed, exit 0 (declining is not an interrupt). */
  protected cancelled(fields: Record<string, unknown> = {}): number {
    this.emit({ status: 'cancelled', ...fields }, () => this.style.yellow('Cancelled'));
    return 0;
  }

  /** Asks before a destructive step; without a terminal it refuses to wait and asks for --yes instead. */
  protected async confirm(question: string, yes: boolean): Promise<boolean> {
    if (yes) return true;
    const stdin = this.context.stdin as NodeJS.ReadStream;
    if (!stdin.isTTY || !isTty(this.context.stdout)) {
      throw usage(`${question} needs confirmation`, 'Pass --yes to confirm without a prompt');
    }
    // Loaded here, not at start-up: readline and its streams cost every command's cold start, few ever ask.
    const { createInterface } = await import('node:readline/promises');
    const rl = createInterface({ input: stdin, output: this.context.stdout });
    try {
      const answer = await rl.question(`${question} [y/N] `);
      return /^y(es)?$/i.test(answer.trim());
    } finally {
      rl.close();
    }
  }
}
