// `swarm export`: the whole local state as a 2.0.0 export document (validated by the store), on stdout or in a
// file readable by its owner only, since it holds the inbox.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Option } from 'clipanion';
import type { ExportV2 } from '../../../generated/types.js';
import { SwarmCommand } from '../base.js';

export class ExportCommand extends SwarmCommand {
  static override paths = [['export']];
  static override usage = SwarmCommand.Usage({
    category: 'State',
    description: "export this agent's state (swarms, mutes, keys, inbox, outbox)",
    details: `
      Writes the export document (schema 2.0.0: swarms with members and settings, muted agents and swarms, cached
      public keys, every inbox message not deleted, the outbox) as JSON with 2-space indentation. It is checked
      against its schema before it is written. \`swarm import\` reads it back.

      Without \`-o\`, the document goes to stdout. With \`-o\`, it goes to the file (parent directories created,
      mode 0600, replaced atomically) and a summary is printed; with \`--json\` the summary is
      \`{"status": "exported", "path", "schema_version", "exported_at", "swarms", "public_keys", "muted_agents", "muted_swarms", "inbox", "outbox"}\`.
    `,
    examples: [
      ['Back up to a file', '$0 export -o ~/backups/swarm-state.json'],
      ['Inspect with jq', "$0 export | jq '.swarms | keys'"],
    ],
  });

  output = Option.String('-o,--output', { description: 'File to write (default: stdout)' });

  protected async run(): Promise<number> {
    const agent = await this.agent();
    const document = await (await this.store()).exportState(agent.config.agent_id);
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (this.output === undefined) {
      this.context.stdout.write(text);
      return 0;
    }
    const path = resolve(this.output);
    await writePrivateFile(path, text);
    const summary = summarize(document);
    this.emit({ status: 'exported', path, ...summary }, () => [
      this.style.green(`State exported to ${path}`),
      `Schema:       ${summary.schema_version}`,
      `Swarms:       ${summary.swarms}`,
      `Public Keys:  ${summary.public_keys}`,
      `Muted Agents: ${summary.muted_agents}`,
      `Muted Swarms: ${summary.muted_swarms}`,
      `Inbox:        ${summary.inbox}`,
      `Outbox:       ${summary.outbox}`,
    ]);
    return 0;
  }
}

function summarize(document: ExportV2) {
  return {
    schema_version: document.schema_version,
    exported_at: document.exported_at,
    swarms: Object.keys(document.swarms).length,
    public_keys: Object.keys(document.public_keys).length,
    muted_agents: document.muted_agents.length,
    muted_swarms: document.muted_swarms.length,
    inbox: document.inbox.length,
    outbox: document.outbox.length,
  };
}

/** Writes a sibling temporary file created 0600, then renames it over `path`: never a half-written export. */
async function writePrivateFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { mode: 0o600, flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
