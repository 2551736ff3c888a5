// The lazy command registry: each word loads exactly the commands whose path starts with it, and no command file
// is left out of it (a forgotten entry would make its command unreachable).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import type { CommandClass } from 'clipanion';
import { COMMANDS, loadCommands } from '../../src/cli/commands/index.js';

const commandsDir = join(import.meta.dirname, '..', '..', 'src', 'cli', 'commands');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('cli: command registry', () => {
  it('loads, for each first word, only commands whose every path starts with it', async () => {
    for (const [word, load] of Object.entries(COMMANDS)) {
      const classes = await load();
      expect(classes, word).to.not.be.empty;
      for (const command of classes) {
        for (const path of command.paths ?? []) expect(path[0], `${command.name} under ${word}`).to.equal(word);
      }
    }
  });

  it('holds every command class of src/cli/commands, each path once', async () => {
    const registered = new Set(await loadCommands(undefined));
    const paths = [...registered].flatMap((command) => (command.paths ?? []).map((path) => path.join(' ')));
    expect(new Set(paths).size).to.equal(paths.length);
    for (const file of sourceFiles(commandsDir)) {
      const exported: unknown[] = Object.values(await import(pathToFileURL(file).href));
      for (const value of exported) {
        const paths = typeof value === 'function' ? (value as { paths?: unknown }).paths : undefined;
        if (!Array.isArray(paths) || paths.length === 0) continue;
        const where = `${relative(commandsDir, file)} exports an unregistered command`;
        expect(registered.has(value as CommandClass), where).to.equal(true);
      }
    }
  });

  it('loads every command for no word or an unknown one (help and suggestions)', async () => {
    const all = await loadCommands(undefined);
    expect(await loadCommands('no-such-command')).to.have.length(all.length);
    expect(await loadCommands('--help')).to.have.length(all.length);
    expect(all.length).to.be.greaterThan(30);
  });
});
