// Builds the `swarm` command line from the command registry and runs it. Only bin/swarm.js calls run().
import { readFileSync } from 'node:fs';
import { Builtins, Cli } from 'clipanion';
import { commands } from './commands/index.js';

function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  // dist/src/cli/main.js sits one level deeper than src/cli/main.ts.
  for (const candidate of [url, new URL('../../../package.json', import.meta.url)]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'agent-swarm-protocol' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

export function buildCli(): Cli {
  const cli = new Cli({ binaryLabel: 'Agent Swarm Protocol', binaryName: 'swarm', binaryVersion: packageVersion() });
  cli.register(Builtins.HelpCommand);
  cli.register(Builtins.VersionCommand);
  for (const command of commands) cli.register(command);
  return cli;
}

export async function run(argv: string[]): Promise<void> {
  const cli = buildCli();
  await cli.runExit(argv, Cli.defaultContext);
}
