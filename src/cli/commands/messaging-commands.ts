// The messaging commands of `swarm`.
import type { CommandClass } from 'clipanion';

export const messagingCommands: CommandClass[] = [];
