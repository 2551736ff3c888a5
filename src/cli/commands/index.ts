// The registry of every `swarm` command: one command class per file, grouped by area.
import type { CommandClass } from 'clipanion';
import { InitCommand } from './init.js';
import { membershipCommands } from './membership-commands.js';
import { MessageSignCommand } from './message/sign.js';
import { MessageVerifyCommand } from './message/verify.js';
import { messagingCommands } from './messaging-commands.js';
import { ServeCommand } from './serve.js';
import { TokenInspectCommand } from './token/inspect.js';

export const commands: CommandClass[] = [
  InitCommand,
  ServeCommand,
  ...membershipCommands,
  ...messagingCommands,
  MessageSignCommand,
  MessageVerifyCommand,
  TokenInspectCommand,
];
