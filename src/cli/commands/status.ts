// `swarm status`: this agent's identity and local counts. No network: it must answer fast, so it loads nothing
// beyond what every command loads.
import { Option } from 'clipanion';
import { SwarmCommand } from '../base.js';
import { toFailure } from '../errors.js';
import { table } from '../output.js';

export class StatusCommand extends SwarmCommand {
  static override paths = [['status']];
  static override usage = SwarmCommand.Usage({
    category: 'Agent',
    description: "show this agent's identity, swarms and mutes",
    details: `
      Reads config.yaml, agent.key and the local database; makes no network call.

      JSON: \`{"status":"initialized","agent_id","endpoint","public_key","config_path","db_path","swarm_count",
      "muted_agents","muted_swarms","store":{"bytes","wal_bytes","inbox_rows","outbox_rows"}}\`; with \`-v\` also \`"swarms":[{"swarm_id","name","master","is_master",
      "member_count"}]\`, \`"muted_agent_ids"\`, \`"muted_swarm_ids"\` and \`"outbox":{"queued","sending","delivered",
      "failed","total"}\`. Not initialised: \`{"status":"not_initialized","error"}\` and exit 1.
    `,
    examples: [
      ['Status', '$0 status'],
      ['Everything, as JSON', '$0 status -v --json'],
    ],
  });

  verbose = Option.Boolean('-v,--verbose', false, { description: 'Add swarms, muted ids and outbox counts' });

  protected async run(): Promise<number> {
    let agent: Awaited<ReturnType<SwarmCommand['agent']>>;
    try {
      agent = await this.agent();
    } catch (error) {
      if (!this.json) throw error;
      const failure = toFailure(error);
      this.emit({ status: 'not_initialized', error: failure.message }, () => failure.message);
      return failure.exitCode;
    }
    const store = await this.store();
    const self = agent.config.agent_id;
    const swarms = store.swarms.list();
    const mutedAgents = store.mutes.list('agent').map((m) => m.id);
    const mutedSwarms = store.mutes.list('swarm').map((m) => m.id);
    const summary = {
      status: 'initialized',
      agent_id: self,
      endpoint: agent.config.endpoint,
      public_key: agent.publicKey,
      config_path: agent.paths.config,
      db_path: agent.paths.database,
      swarm_count: swarms.length,
      muted_agents: mutedAgents.length,
      muted_swarms: mutedSwarms.length,
      store: storeSize(store.size()),
    };
    const memberships = swarms.map((s) => ({
      swarm_id: s.swarmId,
      name: s.name,
      master: s.masterId,
      is_master: s.masterId === self,
      member_count: s.members.length,
    }));
    const outbox = this.verbose ? store.outbox.count() : undefined;
    const json = this.verbose
      ? { ...summary, swarms: memberships, muted_agent_ids: mutedAgents, muted_swarm_ids: mutedSwarms, outbox }
      : summary;
    this.emit(json, () => {
      const lines = [
        this.style.bold('Agent Status'),
        `Agent ID:     ${self}`,
        `Endpoint:     ${summary.endpoint}`,
        `Public Key:   ${summary.public_key}`,
        `Config:       ${summary.config_path}`,
        `Database:     ${summary.db_path}`,
        `Swarms:       ${summary.swarm_count}`,
        `Muted Agents: ${summary.muted_agents}`,
        `Muted Swarms: ${summary.muted_swarms}`,
        `Store:        ${megabytes(summary.store.bytes + summary.store.wal_bytes)}, ${summary.store.inbox_rows} inbox and ${summary.store.outbox_rows} outbox rows`,
      ];
      if (outbox) {
        lines.push(`Outbox:       ${outbox.queued} queued, ${outbox.delivered} delivered, ${outbox.failed} failed`);
      }
      if (this.verbose && memberships.length > 0) {
        lines.push(
          '',
          this.style.bold('Swarm Memberships'),
          table(
            ['ID', 'Name', 'Master', 'Members'],
            memberships.map((s) => [s.swarm_id, s.name, s.is_master ? 'Yes' : 'No', s.member_count]),
          ),
        );
      }
      return lines;
    });
    return 0;
  }
}

function storeSize(size: { bytes: number; walBytes: number; inboxRows: number; outboxRows: number }) {
  return { bytes: size.bytes, wal_bytes: size.walBytes, inbox_rows: size.inboxRows, outbox_rows: size.outboxRows };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
