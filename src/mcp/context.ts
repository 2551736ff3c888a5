// What every MCP tool works with: the agent of this home, its store (shared with `swarm serve` through SQLite's
// WAL, as every CLI command shares it), the swarm-id resolution chain, the checks the membership commands make
// before they change anything, and a client per operation. The checks carry the CLI's codes and messages.
import { parseSwarmId } from '../cli/base.js';
import { CliError, usage } from '../cli/errors.js';
import type { SwarmClient } from '../client/swarm-client.js';
import type { LoadedAgent } from '../home/agent.js';
import { homeRelative } from '../home/paths.js';
import type { Store } from '../state/store.js';
import type { SwarmRecord } from '../state/swarms.js';
import type { Transport } from '../transport/transport.js';

export class McpContext {
  readonly agent: LoadedAgent;
  readonly store: Store;
  readonly #env: Record<string, string | undefined>;
  #transport: Transport | undefined;

  constructor(agent: LoadedAgent, store: Store, env: Record<string, string | undefined>) {
    this.agent = agent;
    this.store = store;
    this.#env = env;
  }

  get self(): string {
    return this.agent.config.agent_id;
  }

  /** How long an operation waits for a first attempt per recipient: the client's timeout + 5 s, as the CLI. */
  get deliveryWaitMs(): number {
    return (this.agent.config.client?.timeout_ms ?? 10_000) + 5_000;
  }

  /** The argument, then SWARM_ID, then default_swarm, then the only swarm in the database (as the CLI's -s). */
  resolveSwarm(given: string | undefined): string {
    if (given !== undefined) return parseSwarmId(given);
    const fromEnv = this.#env.SWARM_ID?.trim();
    if (fromEnv) return parseSwarmId(fromEnv);
    if (this.agent.config.default_swarm) return parseSwarmId(this.agent.config.default_swarm);
    const swarms = this.store.swarms.list();
    if (swarms.length === 1) return swarms[0]!.swarmId;
    throw usage('No swarm ID', 'Pass swarm_id (list_swarms names them), or set default_swarm in config.yaml');
  }

  /** The swarm as stored here; SWARM_NOT_FOUND when this agent is not in it. */
  localSwarm(swarmId: string): SwarmRecord {
    const swarm = this.store.swarms.get(swarmId);
    if (!swarm) throw new CliError('SWARM_NOT_FOUND', `Not a member of swarm ${swarmId}`);
    return swarm;
  }

  /** The swarm, when this agent is its master; NOT_MASTER otherwise. */
  mastered(swarmId: string, what: string): SwarmRecord {
    const swarm = this.localSwarm(swarmId);
    if (swarm.masterId !== this.self) {
      throw new CliError('NOT_MASTER', `Only the swarm master (${swarm.masterId}) can ${what}`);
    }
    return swarm;
  }

  /** The swarm, when this agent decides its join requests: the master, or any member where members invite. */
  admitting(swarmId: string, what: string): SwarmRecord {
    const swarm = this.localSwarm(swarmId);
    return swarm.settings.allowMemberInvite ? swarm : this.mastered(swarmId, what);
  }

  requireMember(swarm: SwarmRecord, agentId: string): void {
    if (!swarm.members.some((m) => m.agentId === agentId)) {
      throw new CliError('MEMBER_NOT_FOUND', `Agent ${agentId} is not a member of swarm ${swarm.swarmId}`);
    }
  }

  /**
   * Runs `fn` with a client of this agent whose own delivery worker sends what the operation queued at once, as a
   * CLI command's does; the worker stops when `fn` is done (letting attempts in flight finish) and what is still
   * queued is `swarm serve`'s to retry. The server thus runs no worker, and no outbox polling, between calls. The
   * connection pool is shared by every call and closed with the context.
   */
  async withClient<T>(fn: (client: SwarmClient) => Promise<T>): Promise<T> {
    // Loaded on first use: the client pulls in undici, which reading the inbox never needs.
    const [{ SwarmClient }, { createTransport }] = await Promise.all([
      import('../client/swarm-client.js'),
      import('../transport/transport.js'),
    ]);
    const settings = this.agent.config.client;
    this.#transport ??= createTransport({
      caFile: settings?.ca_file ? homeRelative(this.agent.paths.home, settings.ca_file) : undefined,
      timeoutMs: settings?.timeout_ms,
      allowHttpLoopback: settings?.allow_http_loopback,
      agentId: this.self,
    });
    const client = new SwarmClient({
      store: this.store,
      identity: { agentId: this.self, endpoint: this.agent.config.endpoint, keyPair: this.agent.keyPair },
      transport: this.#transport,
      timeoutMs: settings?.timeout_ms,
      workerOptions: { concurrency: settings?.concurrency, maxAttempts: settings?.max_attempts },
    });
    try {
      return await fn(client);
    } finally {
      await client.close();
    }
  }

  async close(): Promise<void> {
    const transport = this.#transport;
    this.#transport = undefined;
    await transport?.close();
  }
}
