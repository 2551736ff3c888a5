// The registry of every `swarm` command. One command class per file; add new ones here.
import type { CommandClass } from 'clipanion';
import { MessageSignCommand } from './message/sign.js';
import { MessageVerifyCommand } from './message/verify.js';
import { TokenInspectCommand } from './token/inspect.js';

export const commands: CommandClass[] = [MessageSignCommand, MessageVerifyCommand, TokenInspectCommand];
