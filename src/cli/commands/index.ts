// The registry of every `swarm` command. One command class per file; add new ones here.
import type { CommandClass } from 'clipanion';

export const commands: CommandClass[] = [];
