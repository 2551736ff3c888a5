// `swarm import`: loads an export (2.0.0, or the reference's 1.0.0 state file) into the local database. The file
// is parsed as it is read and checked whole (staged beside the store) before anything is asked or changed, then
// applied in one transaction: all or nothing.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option } from 'clipanion';
import { isStateError, type StateError } from '../../state/errors.js';
import { SwarmCommand } from '../base.js';
import { CliError, usage } from '../errors.js';
import { isTty } from '../output.js';

/** Imports with at least this many rows announce themselves on a terminal (one transaction: no finer progress). */
const LARGE_IMPORT_ROWS = 5000;

export class ImportCommand extends SwarmCommand {
  static override paths = [['import']];
  static override usage = SwarmCommand.Usage({
    category: 'State',
    description: 'import state from an export file',
    details: `
      Reads a \`swarm export\` document (schema 2.0.0) or a reference state file (1.0.0). The whole file is
      validated first; an unsupported version or a file that does not match its schema is refused (IMPORT_INVALID,
      exit 2) and nothing changes. Then it is applied in one transaction.

      Replace mode (default) makes swarms, members, mutes, keys, inbox and outbox exactly the file's, and asks for
      confirmation unless \`--yes\`. \`--merge\` adds the file's rows and keeps local ones: the file wins on swarms,
      members and keys it has; inbox and outbox rows already here are kept as they are.

      With \`--json\`: \`{"status": "imported", "source", "mode", "schema_version", "swarms", "members", "public_keys",
      "muted_agents", "muted_swarms", "inbox", "outbox"}\`, counting the rows actually written.
      Exit 5 if the file does not exist.
    `,
    examples: [
      ['Restore a backup, replacing the local state', '$0 import -i ~/backups/swarm-state.json --yes'],
      ['Merge another export in', '$0 import -i other.json --merge'],
    ],
  });

  input = Option.String('-i,--input', { required: true, description: 'The export file' });
  merge = Option.Boolean('--merge', false, { description: 'Merge into the local state instead of replacing it' });
  yes = Option.Boolean('-y,--yes', false, { description: 'Do not ask for confirmation' });

  protected async run(): Promise<number> {
    const source = resolve(this.input);
    const info = await stat(source).catch(() => undefined);
    if (info === undefined) throw new CliError('FILE_NOT_FOUND', `File not found: ${source}`);
    if (!info.isFile()) throw usage(`Not a file: ${source}`);
    const agent = await this.agent();
    const store = await this.store();
    // Parsed as it is read and staged row by row beside the store: memory does not grow with the file.
    const staged = await store
      .stageImport(createReadStream(source, 'utf8'), { agentId: agent.config.agent_id })
      .catch((error: unknown) => {
        throw isStateError(error, 'IMPORT_INVALID') ? importInvalid(error) : error;
      });
    if (staged.agentId !== agent.config.agent_id) {
      this.context.stderr.write(
        `Warning: the file was exported by '${staged.agentId}'; it is imported as '${agent.config.agent_id}'\n`,
      );
    }
    const mode = this.merge ? 'merge' : 'replace';
    const question = 'This replaces all local swarms, mutes, keys, inbox and outbox. Continue?';
    if (mode === 'replace' && !(await this.confirm(question, this.yes))) {
      staged.discard();
      return this.cancelled();
    }
    const announce = staged.rows >= LARGE_IMPORT_ROWS && isTty(this.context.stderr);
    if (announce) this.context.stderr.write(`Importing ${staged.rows} rows...`);
    const summary = staged.apply(mode);
    if (announce) this.context.stderr.write(' done\n');
    const counts = {
      swarms: summary.swarms,
      members: summary.members,
      public_keys: summary.publicKeys,
      muted_agents: summary.mutedAgents,
      muted_swarms: summary.mutedSwarms,
      inbox: summary.inbox,
      outbox: summary.outbox,
    };
    this.emit({ status: 'imported', source, mode, schema_version: summary.schemaVersion, ...counts }, () => [
      this.style.green(
        mode === 'merge' ? 'State merged into the local database' : 'State imported into the local database',
      ),
      `Source:       ${source}`,
      `Schema:       ${summary.schemaVersion}`,
      `Swarms:       ${counts.swarms} (${counts.members} members)`,
      `Public Keys:  ${counts.public_keys}`,
      `Muted Agents: ${counts.muted_agents}`,
      `Muted Swarms: ${counts.muted_swarms}`,
      `Inbox:        ${counts.inbox}`,
      `Outbox:       ${counts.outbox}`,
    ]);
    return 0;
  }
}

/** The store's refusal as the CLI words it (a sentence), keeping where it is. */
function importInvalid(error: StateError): CliError {
  const message = error.message.charAt(0).toUpperCase() + error.message.slice(1);
  const pointer = error.details?.pointer;
  return new CliError('IMPORT_INVALID', message, undefined, typeof pointer === 'string' ? { pointer } : null);
}
