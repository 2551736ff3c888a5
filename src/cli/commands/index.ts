// The registry of every `swarm` command (one command class per file), keyed by the first word of its path. A
// command's module is imported only when its word is typed, so start-up loads, and Clipanion compiles, one or a
// few commands instead of all of them. Help, no word and unknown words load every command, in this order.
import type { CommandClass } from 'clipanion';

type Loader = () => Promise<CommandClass[]>;

export const COMMANDS: Readonly<Record<string, Loader>> = {
  init: async () => [(await import('./init.js')).InitCommand],
  serve: async () => [(await import('./serve.js')).ServeCommand],
  create: async () => [(await import('./create.js')).CreateCommand],
  invite: async () => {
    const [create, list, revoke] = await Promise.all([
      import('./invite/create.js'),
      import('./invite/list.js'),
      import('./invite/revoke.js'),
    ]);
    return [create.InviteCreateCommand, list.InviteListCommand, revoke.InviteRevokeCommand];
  },
  join: async () => [(await import('./join.js')).JoinCommand],
  pending: async () => [(await import('./pending.js')).PendingCommand],
  approve: async () => [(await import('./approve.js')).ApproveCommand],
  deny: async () => [(await import('./deny.js')).DenyCommand],
  leave: async () => [(await import('./leave.js')).LeaveCommand],
  kick: async () => [(await import('./kick.js')).KickCommand],
  transfer: async () => [(await import('./transfer.js')).TransferCommand],
  dissolve: async () => [(await import('./dissolve.js')).DissolveCommand],
  list: async () => [(await import('./list.js')).ListCommand],
  status: async () => [(await import('./status.js')).StatusCommand],
  config: async () => [(await import('./config.js')).ConfigCommand],
  send: async () => [(await import('./send.js')).SendCommand],
  sent: async () => [(await import('./sent.js')).SentCommand],
  messages: async () => {
    const modules = await Promise.all([
      import('./messages/list.js'),
      import('./messages/read.js'),
      import('./messages/archive.js'),
      import('./messages/delete.js'),
      import('./messages/archive-all.js'),
      import('./messages/count.js'),
    ]);
    const [list, read, archive, remove, archiveAll, count] = modules;
    return [
      list.MessagesListCommand,
      read.MessagesReadCommand,
      archive.MessagesArchiveCommand,
      remove.MessagesDeleteCommand,
      archiveAll.MessagesArchiveAllCommand,
      count.MessagesCountCommand,
    ];
  },
  mute: async () => [(await import('./mute.js')).MuteCommand],
  unmute: async () => [(await import('./unmute.js')).UnmuteCommand],
  purge: async () => [(await import('./purge.js')).PurgeCommand],
  export: async () => [(await import('./export.js')).ExportCommand],
  import: async () => [(await import('./import.js')).ImportCommand],
  conformance: async () => {
    const [server, client, vectors, adapter, requirements] = await Promise.all([
      import('./conformance/server.js'),
      import('./conformance/client.js'),
      import('./conformance/vectors.js'),
      import('./conformance/adapter.js'),
      import('./conformance/requirements.js'),
    ]);
    return [
      server.ConformanceServerCommand,
      client.ConformanceClientCommand,
      vectors.ConformanceVectorsCommand,
      adapter.ConformanceAdapterCommand,
      requirements.ConformanceRequirementsCommand,
    ];
  },
  message: async () => {
    const [sign, verify] = await Promise.all([import('./message/sign.js'), import('./message/verify.js')]);
    return [sign.MessageSignCommand, verify.MessageVerifyCommand];
  },
  token: async () => [(await import('./token/inspect.js')).TokenInspectCommand],
  mcp: async () => [(await import('./mcp.js')).McpCommand],
  wake: async () => [(await import('./wake/test.js')).WakeTestCommand],
};

/** The commands whose path starts with `word`, or every command when no command starts with it. */
export async function loadCommands(word: string | undefined): Promise<CommandClass[]> {
  const load = word !== undefined && Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
  if (load) return load();
  return (await Promise.all(Object.values(COMMANDS).map((loader) => loader()))).flat();
}
