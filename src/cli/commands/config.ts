// `swarm config`: this agent's files and how commands that act on one swarm would pick it.
import { existsSync } from 'node:fs';
import { parseSwarmId, SwarmCommand } from '../base.js';

type Resolution = { id: string | null; via: string };

export class ConfigCommand extends SwarmCommand {
  static override paths = [['config']];
  static override usage = SwarmCommand.Usage({
    category: 'Agent',
    description: 'show the configuration and the swarm-ID resolution',
    details: `
      Shows the agent's id, endpoint and file locations, and which swarm a command without \`-s\` would act on:
      the \`SWARM_ID\` environment variable, else \`default_swarm\` in config.yaml, else the only swarm in the
      database. \`resolved_via\` names the step that gave it ("SWARM_ID environment variable", "default_swarm in
      config.yaml", "auto-detected (single swarm in DB)" or "not resolved").

      JSON: \`{"agent_id","endpoint","config_path","db_path","default_swarm","resolved_swarm_id","resolved_via"}\`
      (null when absent).
    `,
    examples: [
      ['Show the configuration', '$0 config'],
      ['As JSON', '$0 config --json'],
    ],
  });

  protected async run(): Promise<number> {
    const agent = await this.agent();
    const defaultSwarm = agent.config.default_swarm ?? null;
    const fromEnv = this.env.SWARM_ID?.trim() || null;
    const resolved = await this.resolution(fromEnv, defaultSwarm, agent.paths.database);
    this.emit(
      {
        agent_id: agent.config.agent_id,
        endpoint: agent.config.endpoint,
        config_path: agent.paths.config,
        db_path: agent.paths.database,
        default_swarm: defaultSwarm,
        resolved_swarm_id: resolved.id,
        resolved_via: resolved.via,
      },
      () => [
        this.style.bold('Agent Configuration'),
        `Agent ID:  ${agent.config.agent_id}`,
        `Endpoint:  ${agent.config.endpoint}`,
        `Config:    ${agent.paths.config}`,
        `Database:  ${agent.paths.database}`,
        '',
        this.style.bold('Swarm ID Resolution'),
        `default_swarm: ${defaultSwarm ?? 'not set'}`,
        `SWARM_ID env:  ${fromEnv ?? 'not set'}`,
        resolved.id === null
          ? 'No swarm ID resolved. Set default_swarm in config.yaml, SWARM_ID env var, or pass -s <id>'
          : `Resolved ID:   ${resolved.id}\nResolved via:  ${resolved.via}`,
      ],
    );
    return 0;
  }

  /** The chain of resolveSwarm() without the -s step; a malformed SWARM_ID is shown as given. */
  private async resolution(fromEnv: string | null, defaultSwarm: string | null, db: string): Promise<Resolution> {
    if (fromEnv) {
      let id = fromEnv;
      try {
        id = parseSwarmId(fromEnv);
      } catch {
        // shown as set; commands refuse it with exit 2
      }
      return { id, via: 'SWARM_ID environment variable' };
    }
    if (defaultSwarm) return { id: defaultSwarm.toLowerCase(), via: 'default_swarm in config.yaml' };
    if (existsSync(db)) {
      const swarms = (await this.store()).swarms.list();
      if (swarms.length === 1) return { id: swarms[0]!.swarmId, via: 'auto-detected (single swarm in DB)' };
    }
    return { id: null, via: 'not resolved' };
  }
}
