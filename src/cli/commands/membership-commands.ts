// The membership commands of `swarm`.
import type { CommandClass } from 'clipanion';
import { ApproveCommand } from './approve.js';
import { ConfigCommand } from './config.js';
import { CreateCommand } from './create.js';
import { DenyCommand } from './deny.js';
import { DissolveCommand } from './dissolve.js';
import { InviteCreateCommand } from './invite/create.js';
import { InviteListCommand } from './invite/list.js';
import { InviteRevokeCommand } from './invite/revoke.js';
import { JoinCommand } from './join.js';
import { KickCommand } from './kick.js';
import { LeaveCommand } from './leave.js';
import { ListCommand } from './list.js';
import { PendingCommand } from './pending.js';
import { StatusCommand } from './status.js';
import { TransferCommand } from './transfer.js';

export const membershipCommands: CommandClass[] = [
  CreateCommand,
  InviteCreateCommand,
  InviteListCommand,
  InviteRevokeCommand,
  JoinCommand,
  PendingCommand,
  ApproveCommand,
  DenyCommand,
  LeaveCommand,
  KickCommand,
  TransferCommand,
  DissolveCommand,
  ListCommand,
  StatusCommand,
  ConfigCommand,
];
