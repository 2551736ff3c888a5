// The messaging commands of `swarm`: send and read messages, mutes, and the local state's housekeeping.
import type { CommandClass } from 'clipanion';
import { ExportCommand } from './export.js';
import { ImportCommand } from './import.js';
import { MessagesArchiveCommand } from './messages/archive.js';
import { MessagesArchiveAllCommand } from './messages/archive-all.js';
import { MessagesCountCommand } from './messages/count.js';
import { MessagesDeleteCommand } from './messages/delete.js';
import { MessagesListCommand } from './messages/list.js';
import { MessagesReadCommand } from './messages/read.js';
import { MuteCommand } from './mute.js';
import { PurgeCommand } from './purge.js';
import { SendCommand } from './send.js';
import { SentCommand } from './sent.js';
import { UnmuteCommand } from './unmute.js';

export const messagingCommands: CommandClass[] = [
  SendCommand,
  SentCommand,
  MessagesListCommand,
  MessagesReadCommand,
  MessagesArchiveCommand,
  MessagesDeleteCommand,
  MessagesArchiveAllCommand,
  MessagesCountCommand,
  MuteCommand,
  UnmuteCommand,
  PurgeCommand,
  ExportCommand,
  ImportCommand,
];
