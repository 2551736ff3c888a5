// Builds the `swarm` command line from the command registry and runs it. Only bin/swarm.js calls run().
// Argument errors (unknown options, missing values) exit 2, as every other usage error does.
// Only the commands named by the first argument are loaded (see commands/index.ts): that keeps cold start short.
import { readFileSync } from 'node:fs';
import { Builtins, Cli, type CommandClass } from 'clipanion';
import { loadCommands } from './commands/index.js';

function packageVersion(): string {
  // dist/src/cli/main.js sits one level deeper than src/cli/main.ts.
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'agent-swarm-protocol' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

export function buildCli(commands: readonly CommandClass[]): Cli {
  const cli = new Cli({
    binaryLabel: 'Agent Swarm Protocol',
    binaryName: 'swarm',
    binaryVersion: packageVersion(),
    enableColors: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  });
  cli.register(Builtins.HelpCommand);
  cli.register(Builtins.VersionCommand);
  for (const command of commands) cli.register(command);
  return cli;
}

/** `swarm --version` alone prints the version, which needs no command (extra words are errors that do). */
function asksVersionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v');
}

export async function run(argv: string[]): Promise<void> {
  const cli = buildCli(asksVersionOnly(argv) ? [] : await loadCommands(argv[0]));
  const context = Cli.defaultContext;
  process.once('SIGINT', () => {
    process.stderr.write('\nInterrupted\n');
    process.exit(130);
  });
  let command: ReturnType<Cli['process']>;
  try {
    command = cli.process(argv, context);
  } catch (error) {
    process.stderr.write(cli.error(error));
    process.exitCode = 2;
    return;
  }
  process.exitCode = await cli.run(command, context);
}
