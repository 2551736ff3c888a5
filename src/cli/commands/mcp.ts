// `swarm mcp`: this agent's swarm as an MCP server on stdio, for the agent's own host (Claude Code, Claude
// Desktop, Cursor, ...) to start. It reads and writes the same database as `swarm serve`, which keeps receiving and
// delivering; it needs nothing else. `--print-config` prints what the host's configuration needs to start it.
import { realpathSync } from 'node:fs';
import { Option } from 'clipanion';
import { SwarmCommand } from '../base.js';

export class McpCommand extends SwarmCommand {
  static override paths = [['mcp']];
  static override usage = SwarmCommand.Usage({
    category: 'Agent',
    description: "serve this agent's swarm to its host over MCP (stdio)",
    details: `
      Speaks the Model Context Protocol on stdin/stdout for the agent whose home this is (\`SWARM_HOME\`). Tools:
      \`status\`, \`list_swarms\`, \`send\`, \`read_messages\`, \`mark\`, \`invite\`, \`join\`, \`leave\`, \`kick\`,
      \`approve\`, \`deny\` (their schemas are spec/schemas/Mcp*.json). Resources: \`swarm://<swarm_id>/inbox\` per swarm
      and \`swarm://<swarm_id>/messages/<message_id>\`; a subscribed inbox is announced
      (\`notifications/resources/updated\`) within a second of a message being stored.

      Run \`swarm serve\` beside it: that is what receives messages and retries deliveries. Stdout carries only the
      protocol; problems go to stderr. The server exits 0 when its stdin closes (or on SIGTERM), after the tool calls
      in flight.

      \`--print-config\` prints the \`mcpServers\` entry a host needs (the node binary, this CLI, \`SWARM_HOME\`) and exits.
      See docs/agents.md.
    `,
    examples: [
      ['The configuration for the host', '$0 mcp --print-config'],
      ['Under another name in the host', '$0 mcp --print-config --name swarm-alpha'],
      ['Started by a host', 'SWARM_HOME=~/.swarm $0 mcp'],
    ],
  });

  printConfig = Option.Boolean('--print-config', false, {
    description: "Print the host's mcpServers configuration for this home and exit",
  });
  name = Option.String('--name', 'swarm', { description: 'The server name in the printed configuration' });

  protected async run(): Promise<number> {
    const agent = await this.agent();
    if (this.printConfig) {
      this.context.stdout.write(`${JSON.stringify(this.hostConfig(agent.paths.home), null, 2)}\n`);
      return 0;
    }
    const [{ McpContext }, { serveStdio }] = await Promise.all([
      import('../../mcp/context.js'),
      import('../../mcp/stdio.js'),
    ]);
    const stop = new AbortController();
    const onSigterm = () => stop.abort();
    process.once('SIGTERM', onSigterm);
    try {
      await serveStdio(new McpContext(agent, await this.store(), this.env), {
        stdin: this.context.stdin,
        stdout: this.context.stdout,
        stop: stop.signal,
        version: this.cli.binaryVersion ?? '0.0.0',
        log: (line) => this.context.stderr.write(`swarm mcp: ${line}\n`),
      });
    } finally {
      process.off('SIGTERM', onSigterm);
    }
    return 0;
  }

  /** Absolute paths throughout: hosts start servers with a bare environment, often without our PATH. */
  private hostConfig(home: string) {
    const script = this.script();
    const env: Record<string, string> = { SWARM_HOME: home };
    const swarmId = this.env.SWARM_ID?.trim();
    if (swarmId) env.SWARM_ID = swarmId;
    const server = script
      ? { command: process.execPath, args: [script, 'mcp'], env }
      : { command: 'swarm', args: ['mcp'], env };
    return { mcpServers: { [this.name]: server } };
  }

  /** This CLI's entry script (bin/swarm.js, symlinks resolved), when that is what is running. */
  private script(): string | undefined {
    const entry = process.argv[1];
    if (!entry) return undefined;
    try {
      const path = realpathSync(entry);
      return /swarm(\.js)?$/.test(path) ? path : undefined;
    } catch {
      return undefined;
    }
  }
}
