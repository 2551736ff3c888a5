// The membership commands of `swarm`.
import type { CommandClass } from 'clipanion';

export const membershipCommands: CommandClass[] = [];
