// `swarm export`: the whole local state as a 2.0.0 export document (validated by the store row by row as it is
// streamed), on stdout or in a file readable by its owner only, since it holds the inbox.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Option } from 'clipanion';
import type { ExportSink } from '../../state/export.js';
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
    const store = await this.store();
    // Written as it is read: an export of a million messages holds a 64 KiB chunk in memory, not the document.
    if (this.output === undefined) {
      await store.exportTo(agent.config.agent_id, sinkTo(this.context.stdout));
      return 0;
    }
    const path = resolve(this.output);
    const summary = await writePrivateFile(path, (sink) => store.exportTo(agent.config.agent_id, sink));
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

/** A sink that waits for 'drain' when the stream's buffer is full (and fails if the stream errors meanwhile). */
function sinkTo(stream: Writable): ExportSink {
  return (chunk) => (stream.write(chunk) ? undefined : once(stream, 'drain').then(() => undefined));
}

/**
 * Streams into a sibling temporary file created 0600, then renames it over `path`: never a half-written export,
 * even when a row fails validation half-way.
 */
async function writePrivateFile<T>(path: string, write: (sink: ExportSink) => Promise<T>): Promise<T> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = createWriteStream(temporary, { mode: 0o600, flags: 'wx' });
  try {
    await once(file, 'open');
    const result = await write(sinkTo(file));
    file.end();
    await finished(file);
    await rename(temporary, path);
    return result;
  } catch (error) {
    file.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
